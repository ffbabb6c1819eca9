using Extractor.Raw;
using Extractor.Sources;
using Extractor.Sources.Spreadsheet;
using Extractor.Model;

namespace Extractor.Tests.Formats;

public class SpreadsheetSourceReaderTests
{
    static RawDocument Read(string path) => new SpreadsheetSourceReader().Read(path, "xlsx");

    /// <summary>一般公共预算支出表 as a finance system exports it: metadata row and code column hidden, merged header.</summary>
    static string GeneralExpenditureWorkbook()
    {
        var b = new XlsxBuilder();
        var s = b.AddSheet("表5 一般公共预算支出表");
        s.Set(0, 0, "DEBT_T_XXGK_XEYE").Set(0, 2, "VALID#");
        s.HiddenRows.Add(0);
        s.Set(1, 1, "一般公共预算支出表").Merge("B2:E2");
        s.Set(2, 1, "单位：万元");
        s.Set(3, 1, "科目编码").Merge("B4:B5").Set(3, 2, "科目名称").Merge("C4:C5").Set(3, 3, "2025年预算数").Merge("D4:E4");
        s.Set(4, 3, "合计").Set(4, 4, "基本支出");
        s.Set(5, 0, "AD_CODE#2014101").Set(5, 1, "2014101").Set(5, 2, "行政运行").Set(5, 3, 1234.5, XlsxBuilder.Thousands2).Set(5, 4, 107.98, XlsxBuilder.Fixed2);
        s.Set(6, 0, "AD_CODE#2080505").Set(6, 1, 2080505).Set(6, 2, "机关事业单位基本养老保险缴费支出").Set(6, 3, 0.256, XlsxBuilder.Percent1);
        s.HiddenColumns.Add(0);
        var hidden = b.AddSheet("DATA");
        hidden.Hidden = true;
        hidden.Set(0, 0, "SET_YEAR#2025");
        return b.Save();
    }

    [Fact]
    public void EachVisibleSheetIsOnePageWithTitleAndUnitLinesBeforeItsTable()
    {
        var doc = Read(GeneralExpenditureWorkbook());
        var page = Assert.Single(doc.Pages);
        Assert.Equal("表5 一般公共预算支出表", page.Name);
        Assert.Equal(new[] { "一般公共预算支出表", "单位：万元" }, page.Blocks.Take(2).Cast<TextBlock>().Select(t => t.Text));
        Assert.Equal(new int?[] { 2, 3 }, page.Blocks.Take(2).Select(t => t.Line));
        var table = Assert.IsType<RawTable>(page.Blocks[2]);
        Assert.Equal("sheet", table.Method);
        Assert.Equal((4, 4), (table.RowCount, table.ColumnCount));
        var code = table.At(1, 0)!;
        Assert.Equal(("科目编码", 0, 0, 2, 1), (code.Text, code.Row, code.Col, code.RowSpan, code.ColSpan));
        var budget = table.At(0, 3)!;
        Assert.Equal(("2025年预算数", 0, 2, 1, 2), (budget.Text, budget.Row, budget.Col, budget.RowSpan, budget.ColSpan));
    }

    [Fact]
    public void NumbersComeFromCellValuesAndTextIsPrintedWithTheNumberFormat()
    {
        var table = Read(GeneralExpenditureWorkbook()).Blocks.OfType<RawTable>().Single();
        var total = table.At(2, 2)!;
        Assert.Equal(("1,234.50", 1234.5m), (total.Text, total.Value));
        Assert.Equal(("107.98", 107.98m), (table.At(2, 3)!.Text, table.At(2, 3)!.Value));
        Assert.Equal(("2080505", 2080505m), (table.At(3, 0)!.Text, table.At(3, 0)!.Value));
        Assert.Equal(("25.6%", 0.256m), (table.At(3, 2)!.Text, table.At(3, 2)!.Value));
        Assert.Null(table.At(2, 0)!.Value); // a code typed as text stays text
        Assert.Equal(7, table.At(3, 0)!.Line); // sheet row number
    }

    [Fact]
    public void HiddenRowsColumnsAndSheetsAreLeftOutAndListed()
    {
        var doc = Read(GeneralExpenditureWorkbook());
        var table = doc.Blocks.OfType<RawTable>().Single();
        Assert.DoesNotContain(table.Cells, c => c.Text.Contains('#') || c.Text.StartsWith("DEBT_T_"));
        Assert.Contains(table.Omitted, o => o.StartsWith("row 1:") && o.Contains("DEBT_T_XXGK_XEYE"));
        Assert.Contains(table.Omitted, o => o.StartsWith("column A:") && o.Contains("AD_CODE#2014101"));
        Assert.Contains(doc.Issues, i => i.Code == IssueCode.HiddenContent && i.Message.Contains("DEBT_T_XXGK_XEYE"));
        Assert.Contains(doc.Issues, i => i.Code == IssueCode.HiddenContent && i.Message.Contains("hidden sheet 'DATA'"));
    }

    [Fact]
    public void TwoTitledTablesOnOneSheetComeOutAsTwoTables()
    {
        var b = new XlsxBuilder();
        var s = b.AddSheet("三公经费");
        s.Set(0, 0, "财政拨款“三公”经费支出表").Merge("A1:C1");
        s.Set(2, 2, "单位：万元");
        s.Set(3, 0, "项目").Set(3, 1, "合计").Set(3, 2, "公务接待费");
        s.Set(4, 0, "2025年预算").Set(4, 1, 12.5, XlsxBuilder.Fixed2).Set(4, 2, 2.5, XlsxBuilder.Fixed2);
        s.Set(6, 0, "机关运行经费支出表").Merge("A7:C7");
        s.Set(7, 2, "单位：万元");
        s.Set(8, 0, "项目").Set(8, 1, "合计").Set(8, 2, "备注");
        s.Set(9, 0, "机关运行经费").Set(9, 1, 12.68, XlsxBuilder.Fixed2).Set(9, 2, "公用经费");
        var blocks = Read(b.Save()).Pages.Single().Blocks;
        Assert.Equal(new[] { "TextBlock", "TextBlock", "RawTable", "TextBlock", "TextBlock", "RawTable" }, blocks.Select(x => x.GetType().Name));
        Assert.Equal("机关运行经费支出表", ((TextBlock)blocks[3]).Text);
        var second = (RawTable)blocks[5];
        Assert.Equal((2, 3), (second.RowCount, second.ColumnCount));
        Assert.Equal(12.68m, second.At(1, 1)!.Value);
        Assert.Equal(10, second.At(1, 1)!.Line);
    }

    [Fact]
    public void EmptyCellsFarBelowAndRightOfTheTableAreTrimmed()
    {
        var b = new XlsxBuilder();
        b.AddSheet("Sheet1").Set(0, 0, "科目").Set(0, 1, "合计").Set(1, 0, "行政运行").Set(1, 1, 107.98, XlsxBuilder.Fixed2)
            .Set(5000, 300, "").Set(2, 0, " ");
        var page = Read(b.Save()).Pages.Single();
        var table = Assert.IsType<RawTable>(Assert.Single(page.Blocks));
        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
    }

    [Fact]
    public void EmptyWorkbookIsBadInput()
    {
        var b = new XlsxBuilder();
        b.AddSheet("Sheet1");
        var e = Assert.Throws<BadInputException>(() => Read(b.Save()));
        Assert.Contains("empty workbook", e.Message);
    }

    [Fact]
    public void DamagedWorkbookIsBadInput()
    {
        var good = File.ReadAllBytes(GeneralExpenditureWorkbook());
        var path = TempFiles.Create(".xlsx");
        File.WriteAllBytes(path, good[..(good.Length / 2)]);
        var e = Assert.Throws<BadInputException>(() => Read(path));
        Assert.Contains("workbook", e.Message);
    }

    [Theory]
    [InlineData(1234.5, "#,##0.00", "1,234.50")]
    [InlineData(-1234.5, "#,##0.00_);(#,##0.00)", "(1,234.50)")]
    [InlineData(0, "#,##0.00;-#,##0.00;\"-\"", "-")]
    [InlineData(259.1, "0.00_ ", "259.10")]
    [InlineData(259.1, "General", "259.1")]
    [InlineData(0.98, "0%", "98%")]
    [InlineData(12.345, "0.00\"万元\"", "12.35万元")]
    [InlineData(5522060, "#,##0", "5,522,060")]
    [InlineData(1.5, "[Red]0.0", "1.5")]
    public void NumberFormatsPrintLikeTheSpreadsheet(double value, string format, string printed) =>
        Assert.Equal(printed, ExcelNumberFormatter.Format((decimal)value, format));
}
