using Extractor.Model;
using Extractor.Raw;
using Extractor.Recognition;

namespace Extractor.Tests.Recognition;

/// <summary>Phase and scope from the document's own words where the title does not say, and the reason recorded
/// where nothing does.</summary>
public class PhaseScopeFromWordsTests
{
    static RecognizedDocument Recognize(params string[] lines)
    {
        var raw = new RawDocument { SourcePath = "x.pdf", Format = "pdf" };
        var page = new RawPage { Number = 1 };
        page.Blocks.AddRange(lines.Select((l, i) => new TextBlock { Text = l, Page = 1, Line = i + 1 }));
        raw.Pages.Add(page);
        return DocumentRecognizer.Recognize(raw);
    }

    [Fact]
    public void TheProseNamesThePhaseAndScopeWhenTheTitleDoesNot()
    {
        // a cover that breaks the title (北京市… / 2026 / 部门预算情况的说明 read as prose)
        var doc = Recognize("北京市人民政府国有资产监督管理委员会", "2026", "一、部门情况说明",
            "本部门2026年部门预算收入合计1,000万元。", "二、2026年部门预算收支情况说明");
        Assert.Equal(Phase.Budget, doc.Metadata.Phase);
        Assert.Equal(Scope.Department, doc.Metadata.Scope);
        Assert.Contains(doc.Metadata.PhaseFrom, new[] { MetadataSource.Title, MetadataSource.Prose });
    }

    [Fact]
    public void AFinalAccountsProseIsFinal()
    {
        var doc = Recognize("某某中心", "第一部分 单位概况", "本单位2024年度单位决算收入合计100万元。", "单位决算公开说明");
        Assert.Equal(Phase.Final, doc.Metadata.Phase);
        Assert.Equal(Scope.Unit, doc.Metadata.Scope);
    }

    [Fact]
    public void ADocumentThatNamesNoBudgetRecordsWhy()
    {
        var doc = Recognize("某市人民政府办公室关于印发工作方案的通知", "各县（区）人民政府：", "现将方案印发给你们，请认真贯彻执行。");
        Assert.Null(doc.Metadata.Phase);
        Assert.Equal(MetadataSource.NoPhase, doc.Metadata.PhaseFrom);
        Assert.Null(doc.Metadata.Scope);
        Assert.Equal(MetadataSource.NoScope, doc.Metadata.ScopeFrom);
    }

    [Fact]
    public void ADocumentWithoutTextSaysSo()
    {
        var doc = Recognize();
        Assert.Equal(MetadataSource.NoText, doc.Metadata.PhaseFrom);
    }

    [Fact]
    public void ProseNeverDecidesThePhaseOfADocumentWithTablesThatNameNone()
    {
        // a disclosure checklist: it speaks of the 部门预算 and prints a table, but is no budget itself
        var raw = new RawDocument { SourcePath = "x.xlsx", Format = "xlsx" };
        var page = new RawPage { Number = 1 };
        page.Blocks.Add(new TextBlock { Text = "部门预算公开情况检查表：部门预算是否按时公开", Page = 1, Line = 1 });
        var table = new RawTable { Page = 1, LastPage = 1, Method = "sheet", RowCount = 2, ColumnCount = 2 };
        table.Cells.Add(new RawCell { Row = 0, Col = 0, Text = "检查项目", Page = 1 });
        table.Cells.Add(new RawCell { Row = 0, Col = 1, Text = "结果", Page = 1 });
        table.Cells.Add(new RawCell { Row = 1, Col = 0, Text = "按时公开", Page = 1 });
        table.Cells.Add(new RawCell { Row = 1, Col = 1, Text = "是", Page = 1 });
        page.Blocks.Add(table);
        raw.Pages.Add(page);
        var doc = DocumentRecognizer.Recognize(raw);
        Assert.Null(doc.Metadata.Phase);
        Assert.Equal(MetadataSource.NoPhase, doc.Metadata.PhaseFrom);
    }
}
