using Extractor.Raw;
using Extractor.Sources.Pdf;
using Extractor.Tests.Support;

namespace Extractor.Tests.Pdf;

/// <summary>Tables in the PDFs made by scripts/make-test-pdfs.sh, checked cell by cell.</summary>
public class GeneratedPdfTests
{
    static RawDocument Read(string name) => new PdfSourceReader().Read(Path.Combine(RepoPaths.TestData, "pdf", name), "pdf");

    static RawTable SingleTable(RawDocument doc) => Assert.Single(doc.Blocks.OfType<RawTable>());

    static void AssertRows(RawTable table, params string[] rows)
    {
        var grid = table.ToTextGrid().Select(r => string.Join("|", r)).ToArray();
        Assert.Equal(rows, grid);
    }

    [Fact]
    public void RuledTableHasEveryCellInPlace()
    {
        var table = SingleTable(Read("ruled.pdf"));
        Assert.Equal("ruled", table.Method);
        AssertRows(table,
            "科目编码|科目名称|合计|基本支出|项目支出",
            "201|一般公共服务支出|120.50|100.00|20.50",
            "20101|人大事务|80.00|60.00|20.00",
            "2010101|行政运行|60.00|60.00|0.00",
            "2010102|一般行政管理事务|20.00||20.00",
            "20103|政府办公厅（室）及相关机构事务|40.50|40.00|0.50",
            "2010350|事业运行|40.50|40.00|0.50",
            "合计||120.50|100.00|20.50");
    }

    [Fact]
    public void TitleAndUnitLinesComeJustBeforeTheTable()
    {
        var blocks = Read("ruled.pdf").Pages[0].Blocks;
        var texts = blocks.TakeWhile(b => b is TextBlock).Cast<TextBlock>().ToList();
        Assert.Equal(new[] { "一般公共预算支出表", "编制单位：测试局", "单位：万元" }, texts.Select(t => t.Text));
        Assert.Equal(TextHint.Heading, texts[0].Hint);
        Assert.Equal(TextHint.Paragraph, texts[2].Hint);
        Assert.IsType<RawTable>(blocks[texts.Count]);
    }

    [Fact]
    public void UnruledTableColumnsComeFromTextAlignment()
    {
        var table = SingleTable(Read("unruled.pdf"));
        Assert.Equal("stream", table.Method);
        AssertRows(table,
            "科目编码|科目名称|合计|基本支出|项目支出",
            "201|一般公共服务支出|120.50|100.00|20.50",
            "20101|人大事务|80.00|60.00|20.00",
            "2010101|行政运行|60.00|60.00|0.00",
            "2010102|一般行政管理事务|20.00||20.00",
            "20103|政府办公厅（室）及相关机构事务|40.50|40.00|0.50",
            "2010350|事业运行|40.50|40.00|0.50",
            "合计||120.50|100.00|20.50");
    }

    [Fact]
    public void TwoRowMergedHeaderKeepsItsSpans()
    {
        var table = SingleTable(Read("merged-header.pdf"));
        Assert.Equal((4, 6), (table.RowCount, table.ColumnCount));
        var basic = table.Cells.Single(c => c.Text == "基本支出");
        Assert.Equal((0, 3, 1, 2), (basic.Row, basic.Col, basic.RowSpan, basic.ColSpan));
        var total = table.Cells.Single(c => c.Text == "合计");
        Assert.Equal((0, 2, 2, 1), (total.Row, total.Col, total.RowSpan, total.ColSpan));
        AssertRows(table,
            "科目编码|科目名称|合计|基本支出|基本支出|项目支出",
            "科目编码|科目名称|合计|人员经费|公用经费|项目支出",
            "201|一般公共服务支出|120.50|90.00|10.00|20.50",
            "2010101|行政运行|60.00|50.00|10.00|0.00");
    }

    [Fact]
    public void NameWrappedOverThreeLinesIsOneCell()
    {
        var table = SingleTable(Read("wrapped-name.pdf"));
        AssertRows(table,
            "科目编码|科目名称|合计|人员经费|公用经费",
            "30108|机关事业单位基本养老保险缴费|35.20|35.20|",
            "30201|办公费|4.00||4.00");
    }

    [Fact]
    public void RowBrokenByThePageBreakIsOneRow()
    {
        var table = SingleTable(Read("row-over-page-break.pdf"));
        Assert.Equal((1, 2, 35), (table.Page, table.LastPage, table.RowCount));
        var grid = table.ToTextGrid().Select(r => string.Join("|", r)).ToArray();
        Assert.Equal("科目编码|科目名称|合计|基本支出|项目支出", grid[0]);
        for (var n = 1; n <= 32; n++) Assert.Equal($"2010{n:000}|事务{n}|{n}.00|{n}.00|0.00", grid[n]);
        Assert.Equal("2080505|机关事业单位基本养老保险缴费支出及职业年金缴费支出|657.51|657.51|0.00", grid[33]);
        Assert.Equal("2080506|机关事业单位职业年金缴费支出|427.19|427.19|0.00", grid[34]);
        Assert.Equal(2, table.Cells.Single(c => c.Text == "2080506").Page);
    }

    [Theory]
    [InlineData("unruled-wrapped-top.pdf")]    // amounts on the name's first line, the rest of the name below
    [InlineData("unruled-wrapped-middle.pdf")] // amounts centred: the name's first line above them, the rest below
    public void UnruledNameWrappedOverTwoLinesStaysInItsRow(string file)
    {
        var table = SingleTable(Read(file));
        Assert.Equal("stream", table.Method);
        AssertRows(table,
            "科目编码|科目名称|合计|人员经费|公用经费",
            "301|工资福利支出|50.00|50.00|",
            "30108|机关事业单位基本养老保险缴费|35.20|35.20|",
            "30199|其他工资福利支出|14.80|14.80|",
            "302|商品和服务支出|4.00||4.00",
            "30201|办公费|4.00||4.00",
            "303|对个人和家庭的补助|||",
            "30305|生活补助|||",
            "合计||54.00|50.00|4.00");
    }

    [Theory]
    [InlineData("wrapped-amount.pdf", "ruled")]                   // 370,219.2 above 5 in its cell, 350,000.0 above 0 beside it
    [InlineData("unruled-wrapped-amount.pdf", "stream")]
    public void AmountWrappedInsideItsCellIsOneAmount(string file, string method)
    {
        var table = SingleTable(Read(file));
        Assert.Equal(method, table.Method);
        var rows = new List<string>
        {
            "科目编码|科目名称|合计|基本支出|项目支出",
            "201|一般公共服务支出|370,219.25|350,000.00|20,219.25",
            "20101|人大事务|80.00|60.00|20.00",
            "2010101|行政运行|60.00|60.00|0.00",
            "20103|政府办公厅（室）及相关机构事务|290,219.25|290,000.00|219.25",
            "2010350|事业运行|219.25||219.25",
        };
        if (method == "stream") rows.Add("2010399|其他政府办公厅（室）及相关机构事务支出|||");
        rows.Add("合计||370,219.25|350,000.00|20,219.25");
        AssertRows(table, rows.ToArray());
    }

    [Theory]
    [InlineData("three-pages-repeated-header.pdf")]
    [InlineData("three-pages-no-header.pdf")]
    public void TableOverThreePagesIsOneTableWithoutRepeatedHeaders(string file)
    {
        var table = SingleTable(Read(file));
        Assert.Equal((1, 3), (table.Page, table.LastPage));
        Assert.Equal(25, table.RowCount);
        var grid = table.ToTextGrid();
        Assert.Equal("科目编码", grid[0][0]);
        Assert.Equal(1, grid.Count(r => r[0] == "科目编码"));
        for (var n = 1; n <= 24; n++) Assert.Equal($"2010{n:000}|事务{n}|{n}.00|{n}.00|0.00", string.Join("|", grid[n]));
        Assert.Equal(new[] { 1, 2, 3 }, table.Cells.Select(c => c.Page).Distinct().OrderBy(p => p));
        Assert.Equal(3, table.Cells.Single(c => c.Text == "事务24").Page);
    }

    [Fact]
    public void LandscapePageTableIsReadAcross()
    {
        var doc = Read("landscape.pdf");
        Assert.True(doc.Pages[0].Width > doc.Pages[0].Height);
        AssertRows(SingleTable(doc),
            "科目编码|科目名称|合计|财政拨款|事业收入|事业单位经营收入|其他收入|上年结转|单位资金",
            "201|一般公共服务支出|300.00|250.00|20.00|10.00|5.00|10.00|5.00",
            "2010101|行政运行|300.00|250.00|20.00|10.00|5.00|10.00|5.00");
    }

    [Fact]
    public void Abbreviated款CodeStaysAsPrinted()
    {
        AssertRows(SingleTable(Read("abbreviated-codes.pdf")),
            "科目编码|科目名称|合计",
            "201|一般公共服务支出|30.00",
            "41|数据事务|30.00",
            "2014101|行政运行|30.00");
    }

    [Fact]
    public void CodesInThreeColumnsUnderAMergedHeader()
    {
        var table = SingleTable(Read("three-code-columns.pdf"));
        var code = table.Cells.Single(c => c.Text == "科目编码");
        Assert.Equal((0, 0, 1, 3), (code.Row, code.Col, code.RowSpan, code.ColSpan));
        AssertRows(table,
            "科目编码|科目编码|科目编码|科目名称|合计",
            "类|款|项|科目名称|合计",
            "208|||社会保障和就业支出|12.00",
            "208|05||行政事业单位养老支出|12.00",
            "208|05|05|机关事业单位基本养老保险缴费支出|12.00");
    }

    [Fact]
    public void AmountsInYuanKeepTheirSeparators()
    {
        AssertRows(SingleTable(Read("yuan-separators.pdf")),
            "项目|预算数|项目|预算数",
            "一、财政拨款收入|91,016,775.35|一、一般公共服务支出|82,096,797.42",
            "二、事业收入||二、社会保障和就业支出|8,919,977.93",
            "收入总计|91,016,775.35|支出总计|91,016,775.35");
    }

    [Fact]
    public void EveryCellKnowsItsPageAndBox()
    {
        var table = SingleTable(Read("ruled.pdf"));
        Assert.All(table.Cells, c => { Assert.Equal(1, c.Page); Assert.NotNull(c.Box); });
        var first = table.Cells.Single(c => c.Row == 0 && c.Col == 0).Box!.Value;
        var next = table.Cells.Single(c => c.Row == 0 && c.Col == 1).Box!.Value;
        Assert.True(first.Right <= next.Left + 0.5);
    }
}
