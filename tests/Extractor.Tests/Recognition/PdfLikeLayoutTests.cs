using Extractor.Model;
using Extractor.Raw;
using Extractor.Tests.Support;
using Extractor.Recognition;

namespace Extractor.Tests.Recognition;

/// <summary>Layouts met in real PDFs, built as the PDF source hands them over: one text block per printed segment.</summary>
public class PdfLikeLayoutTests
{
    static RawTable Table(int page, params string[][] rows) => RawDocs.Table(page, rows);

    static RecognizedDocument Recognize(params RawBlock[] blocks)
    {
        return DocumentRecognizer.Recognize(RawDocs.Of(blocks));
    }

    static TextBlock Text(string text, int page = 1) => new() { Text = text, Page = page };

    static readonly string[][] BasicRows =
    {
        new[] { "科目编码", "科目名称", "合计", "人员经费", "公用经费" },
        new[] { "301", "工资福利支出", "128.30", "128.30", "" },
    };

    [Fact]
    public void ReportingUnitLabelAndNameInSeparateSegments()
    {
        var doc = Recognize(Text("公开 08 表：一般公共预算基本支出预算表"), Text("部门："), Text("江苏省人民检察院"), Text("单位：万元"), Table(1, BasicRows));
        var t = Assert.Single(doc.Tables);
        Assert.Equal(("公开 08 表", "一般公共预算基本支出预算表", "江苏省人民检察院", "万元"), (t.Number, t.Title, t.Caption.ReportingUnit, t.Caption.AmountUnit));
        Assert.Equal(TableKind.GeneralBasicExpenditure, t.Kind);
        Assert.Empty(doc.NarrativeBlocks);
    }

    [Theory]
    [InlineData("部门名称：江苏省高级人民法", "院", "江苏省高级人民法院")]
    [InlineData("部门：中国共产党江苏省委员会办", "公厅", "中国共产党江苏省委员会办公厅")]
    [InlineData("部门名称：江苏省人大", "常委会办公厅", "江苏省人大常委会办公厅")]
    public void ReportingUnitWrappedOntoALineAfterTheUnitLine(string unitLine, string rest, string unit)
    {
        var doc = Recognize(Text("公开07表"), Text("一般公共预算支出预算表（功能科目）"), Text(unitLine), Text("单位：万元"), Text(rest), Table(1, BasicRows));
        var t = Assert.Single(doc.Tables);
        Assert.Equal(unit, t.Caption.ReportingUnit);
        Assert.Equal("万元", t.Caption.AmountUnit);
        Assert.Empty(doc.NarrativeBlocks);
    }

    [Fact]
    public void CompleteReportingUnitIsNotExtendedByHeaderText()
    {
        var doc = Recognize(Text("一般公共预算基本支出表"), Text("部门名称：江苏省人民检察院"), Text("单位：万元"), Text("项目"), Table(1, BasicRows));
        Assert.Equal("江苏省人民检察院", Assert.Single(doc.Tables).Caption.ReportingUnit);
    }

    [Fact]
    public void TitleSplitOverTwoLines()
    {
        var doc = Recognize(Text("2025年上海市普陀区财政局一般公共预算"), Text("基本支出表"), Text("单位：元"), Table(1, BasicRows));
        var t = Assert.Single(doc.Tables);
        Assert.Equal("2025年上海市普陀区财政局一般公共预算基本支出表", t.Title);
        Assert.Equal(TableKind.GeneralBasicExpenditure, t.Kind);
        Assert.Equal("元", t.Caption.AmountUnit);
    }

    [Fact]
    public void ListingOfTablesAboveTheFirstTableIsNotItsContext()
    {
        var doc = Recognize(
            Text("四、2026年预算公开表"), Text("表1.2026年市级部门收支预算总表"), Text("表2.2026年市级部门收入预算总表"),
            Text("表6.2026年市级部门一般公共预算基本支出预算表"),
            Text("表6：2026年市级部门一般公共预算基本支出预算表", 2), Text("部门名称：杭州市交通运输局单位：万元", 2), Table(2, BasicRows));
        var t = Assert.Single(doc.Tables);
        Assert.Equal(("表6", "杭州市交通运输局", "万元"), (t.Number, t.Caption.ReportingUnit, t.Caption.AmountUnit));
        Assert.Contains(doc.NarrativeBlocks, b => b.Text.StartsWith("表1."));
    }

    [Fact]
    public void HeaderTextOutsideTheGridDoesNotHideTheTitle()
    {
        var header = Enumerable.Range(0, 20).Select(i => Text($"栏目{i}")).ToArray<RawBlock>();
        var doc = Recognize(new RawBlock[] { Text("部门公开表 3"), Text("部门支出总表"), Text("单位：万元") }.Concat(header).Append(Table(1, BasicRows)).ToArray());
        Assert.Equal(TableKind.Expenditure, Assert.Single(doc.Tables).Kind);
    }

    [Fact]
    public void NoteAfterATableBelongsToIt()
    {
        var empty = Table(1, new[] { "科目编码", "科目名称", "合计" }, new[] { "栏次", "", "1" });
        var doc = Recognize(Text("国有资本经营预算支出表"), Text("单位：万元"), empty, Text("注：本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。"),
            Text("一般公共预算基本支出表"), Table(1, BasicRows));
        Assert.Equal(2, doc.Tables.Count);
        Assert.True(doc.Tables[0].DeclaredEmpty);
        Assert.True(doc.Tables[0].Caption.NoteSaysEmptyDefinitely);
        Assert.StartsWith("注：本部门", doc.Tables[0].Caption.Note);
        Assert.Null(doc.Tables[1].Caption.Note);
    }

    [Fact]
    public void SeveralUnitsInOneDocumentKeepTheirReportingUnit()
    {
        var doc = Recognize(
            Text("部门支出总表"), Text("编制单位：[292001]国家信访局本级"), Text("单位：万元"), Table(1, BasicRows),
            Text("部门支出总表", 2), Text("编制单位：[292002]国家信访局信息中心", 2), Text("单位：万元", 2), Table(2, BasicRows));
        Assert.Equal(new[] { "292001", "292002" }, doc.Tables.Select(t => t.Caption.ReportingUnitCode));
        Assert.Equal(new[] { "国家信访局本级", "国家信访局信息中心" }, doc.Tables.Select(t => t.Caption.ReportingUnit));
    }

    [Fact]
    public void TitleInsideTheGridIsACaptionRow()
    {
        var doc = Recognize(Table(1,
            new[] { "2025年部门收支总表", "", "", "" },
            new[] { "编制单位：某局", "", "", "单位：万元" },
            new[] { "收入", "", "支出", "" },
            new[] { "项目", "预算数", "项目", "预算数" },
            new[] { "一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出", "100.00" }));
        var t = Assert.Single(doc.Tables);
        Assert.Equal((TableKind.Summary, 2, "某局", "万元"), (t.Kind, t.CaptionRowCount, t.Caption.ReportingUnit, t.Caption.AmountUnit));
    }

    [Fact]
    public void UntitledTableIsKnownByItsHeader()
    {
        var doc = Recognize(Text("一些说明文字，不是标题，而且足够长，长到不会被当作表格标题的一部分来看待。"), Table(1,
            new[] { "部门预算支出经济分类科目", "", "2025年基本支出", "", "" },
            new[] { "科目编码", "科目名称", "合计", "人员经费", "公用经费" },
            new[] { "301", "工资福利支出", "128.30", "128.30", "" }));
        var t = Assert.Single(doc.Tables);
        Assert.Equal((TableKind.GeneralBasicExpenditure, (KindSource?)KindSource.Header, (int?)2025), (t.Kind, t.RecognisedBy, t.Caption.Year));
    }

    [Fact]
    public void ContentsWithLeadersAndPageNumbers()
    {
        var doc = Recognize(Text("目"), Text("录"), Text("第一部分 部门概况 ............ 2"), Text("1、部门收支总表 ………… 12"),
            Text("4．2025年部门财政拨款收支预算总表 ……………"), Text("（七）项目支出绩效目标表 30"));
        Assert.True(doc.HasTableOfContents);
        Assert.Equal(new TableKind?[] { TableKind.Summary, TableKind.AppropriationSummary, TableKind.PerformanceTargets }, doc.TableOfContents.Select(e => e.Kind));
        Assert.Equal("部门收支总表", doc.TableOfContents[0].Title);
    }

    [Fact]
    public void UntitledTableOnTheNextPageContinuesThePreviousOne()
    {
        var doc = Recognize(Text("部门公开表 3"), Text("部门支出总表"), Text("单位：万元"), Table(1, BasicRows),
            Table(2, new[] { "2080505", "机关事业单位基本养老保险缴费支出", "657.51", "657.51", "" }));
        Assert.Equal(2, doc.Tables.Count);
        var next = doc.Tables[1];
        Assert.Equal((0, TableKind.Expenditure, "部门支出总表", (KindSource?)KindSource.Continuation, "万元"), (next.ContinuationOf!.Value, next.Kind, next.Title, next.RecognisedBy, next.Caption.AmountUnit));
    }

    [Fact]
    public void UntitledTableAfterProseIsNoContinuation()
    {
        var doc = Recognize(Text("部门支出总表"), Table(1, BasicRows),
            Text("这是一段很长的说明文字，讲述了本部门预算的总体情况，并且足够长，不会被当作标题。", 2),
            Table(2, new[] { "2080505", "机关事业单位基本养老保险缴费支出", "657.51", "657.51", "" }));
        Assert.Null(doc.Tables[1].ContinuationOf);
    }

    [Fact]
    public void CodeUnitAndTitleStartOnOneLine()
    {
        var doc = Recognize(Text("301008_泉州市公安局台商投资区分局_科技兴警绩效"), Text("目标表"),
            Table(1, new[] { "资金总额：", "237.50" }, new[] { "财政拨款：", "237.50" }));
        var t = Assert.Single(doc.Tables);
        Assert.Equal(("301008", "泉州市公安局台商投资区分局", "科技兴警绩效目标表", TableKind.PerformanceTargets),
            (t.Caption.ReportingUnitCode, t.Caption.ReportingUnit, t.Title, t.Kind));
    }

    [Fact]
    public void UnitCodeAndNameAloneAboveTheTable()
    {
        var doc = Recognize(Text("表01"), Text("2026年市级部门收支预算总表"), Text("507-湖州市卫生健康委员会"), Text("单位：万元"), Table(1, BasicRows));
        var t = Assert.Single(doc.Tables);
        Assert.Equal(("507", "湖州市卫生健康委员会", "表01"), (t.Caption.ReportingUnitCode, t.Caption.ReportingUnit, t.Number));
    }
}
