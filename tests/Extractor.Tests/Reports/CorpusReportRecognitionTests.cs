using Extractor.Model;
using Extractor.Reports;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Reports;

/// <summary>The truth-free recognition figures and the unknown-vocabulary sections of corpus-report.</summary>
public class CorpusReportRecognitionTests
{
    static BudgetDocument Document()
    {
        var doc = new BudgetDocument { Document = "a.pdf", Format = "pdf", Metadata = new DocumentMetadata { Scope = Scope.Unit, Phase = Phase.Budget } };
        var expenditure = TableText.Build(1, TableKind.Expenditure, "合计:total 单位预留机动经费:other 序号:other", @"
            201 | 一般公共服务支出 | 10.00 | 4.00 | 1
            2010101 | 行政运行 | 10.00 | 4.00 | 2
            x | 某某单位 | 10.00 | 4.00 | 3");
        expenditure.Rows[2].IsTotal = false;
        doc.Tables.Add(expenditure);
        var other = TableText.Build(2, TableKind.Other, "合计:total", "301 | 工资福利支出 | 5.00", classification: Classification.Economic);
        other.Title = "基本支出预算情况表";
        doc.Tables.Add(other);
        doc.Checks.Add(new CheckFinding { Rule = "tree-sum", Cause = FindingCause.Extraction });
        return doc;
    }

    [Fact]
    public void FiguresCountOtherAmountsOrdinalsCodelessRowsAndExtractionFindings()
    {
        var r = new CorpusDocumentResult { File = "a.pdf", Folder = "wide", InScope = true };
        CorpusReport.RecognitionFigures(r, Document());
        Assert.Equal(9, r.CoreAmounts);
        Assert.Equal(6, r.CoreOtherAmounts);
        Assert.Equal(3, r.OrdinalAmounts);
        Assert.Equal(1, r.CodelessRows);
        Assert.Equal(1, r.ExtractionFindings);
        Assert.Contains(r.OtherLabels, l => l.Label == "单位预留机动经费" && l.Amounts == 3);
        Assert.Contains(r.OtherCodedTables, t => t.Title == "基本支出预算情况表" && t.Classification == Classification.Economic);
    }

    [Fact]
    public void TheReportListsEachFolderAndTheUnknownVocabulary()
    {
        var a = new CorpusDocumentResult { File = "a.pdf", Folder = "real", InScope = true };
        CorpusReport.RecognitionFigures(a, Document());
        var b = new CorpusDocumentResult { File = "b.pdf", Folder = "wide", InScope = true };
        var text = CorpusReport.Format(new[] { a, b });
        Assert.Contains("\nreal\t1\t1\t", text);
        Assert.Contains("\nwide\t1\t1\t", text);
        Assert.Contains("单位预留机动经费\ta.pdf", text);
        Assert.Contains("基本支出预算情况表\ta.pdf", text);
    }
}
