using Extractor.Checks;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Formats;
using Extractor.Tests.Support;

namespace Extractor.Tests.Checks;

/// <summary>extraction-loss: amounts printed but not read never vanish silently.</summary>
public class ExtractionLossTests
{
    const string Spending = "合计:total 基本支出:basic 项目支出:project";

    static BudgetDocument Process(string tableRows)
    {
        var path = TempFiles.Create(".html");
        File.WriteAllText(path, $"""
            <html><body>
            <p>一般公共预算支出表</p>
            <p>单位：万元</p>
            <table border="1">
            <tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
            {tableRows}
            </table></body></html>
            """);
        return ExtractionPipeline.CreateDefault().Process(path);
    }

    static List<CheckFinding> Losses(BudgetDocument doc) => doc.Checks.Where(c => c.Rule == CheckRules.ExtractionLoss).ToList();

    [Fact]
    public void ACellPrintedLikeAnAmountThatDoesNotReadIsAnExtractionError()
    {
        var doc = Process("""
            <tr><td>201</td><td>一般公共服务支出</td><td>120.50</td><td>100.00</td><td>20.50</td></tr>
            <tr><td>20101</td><td>人大事务</td><td>120.50</td><td>1,00.00</td><td>20.50</td></tr>
            <tr><td>2010101</td><td>行政运行</td><td>120.50</td><td>100.00</td><td>20.50</td></tr>
            """);
        var f = Assert.Single(Losses(doc));
        Assert.Equal((Severity.Error, FindingCause.Extraction), (f.Severity, f.Cause));
        Assert.Equal(("a number", "1,00.00"), (f.Expected, f.Actual));
        Assert.Equal((2, 3), (f.Row, f.Column));
        Assert.Contains("row 2 column 3: \"1,00.00\"", f.CauseEvidence);
        Assert.StartsWith("page 1 row 2", f.CauseEvidence);
        Assert.Contains("column 3 (基本支出)", f.Location);
        var table = Assert.Single(doc.Tables);
        Assert.Null(table.Rows.Single(r => r.Code == "20101").Amounts.Single(a => a.Column == 3).Value); // never guessed
    }

    [Fact]
    public void IrregularGroupingIsReadAndRaisesNothing()
    {
        var doc = Process("""
            <tr><td>201</td><td>一般公共服务支出</td><td>120258,600</td><td>100258,600</td><td>20000,000</td></tr>
            <tr><td>20101</td><td>人大事务</td><td>120258,600</td><td>100258,600</td><td>20000,000</td></tr>
            <tr><td>2010101</td><td>行政运行</td><td>120258,600</td><td>100258,600</td><td>20000,000</td></tr>
            """);
        Assert.Empty(Losses(doc));
        Assert.Equal(120258600m, doc.Tables.Single().Rows.First(r => r.Code == "201").Amounts.First().Value);
        Assert.Equal(1, doc.CheckTallies.Single(t => t.Rule == CheckRules.ExtractionLoss).Passed);
    }

    [Fact]
    public void AnEveryCellUnreadableColumnIsOneFindingNamingItsCells()
    {
        var doc = Process("""
            <tr><td>201</td><td>一般公共服务支出</td><td>12,0.5</td><td>100.00</td><td>20.50</td></tr>
            <tr><td>20101</td><td>人大事务</td><td>12,0.5</td><td>100.00</td><td>20.50</td></tr>
            <tr><td>2010101</td><td>行政运行</td><td>12,0.5</td><td>100.00</td><td>20.50</td></tr>
            """);
        var f = Assert.Single(Losses(doc));
        Assert.StartsWith("3 cells", f.Message);
        Assert.Equal(3, f.CauseEvidence!.Split(';').Length);
    }

    [Fact]
    public void CodedRowsWithoutAnyAmountAreAnExtractionError()
    {
        var table = TableText.Build(1, TableKind.GeneralExpenditure, Spending, """
            201 | 一般公共服务支出 | | |
            20101 | 人大事务 | | |
            2010101 | 行政运行 | | |
            """);
        var doc = TableText.Document(table);
        CheckRunner.Run(doc);
        var f = Assert.Single(Losses(doc));
        Assert.Equal((Severity.Error, FindingCause.Extraction, "none"), (f.Severity, f.Cause, f.Actual));
        Assert.Contains("coded rows 201 (page ? row 0), 20101 (page ? row 1)", f.CauseEvidence);
        Assert.Contains("3 amount columns, every cell blank", f.CauseEvidence);
    }

    [Theory]
    [InlineData(true, "| |")]   // declared empty (本表无数据)
    [InlineData(false, "| - |")] // dashes are printed "nothing", read as such
    public void AnEmptyTableSaidToBeEmptyIsNoLoss(bool declaredEmpty, string cells)
    {
        var table = TableText.Build(1, TableKind.GovernmentFundExpenditure, Spending, $"""
            201 | 一般公共服务支出 {cells}
            20101 | 人大事务 {cells}
            """);
        table.DeclaredEmpty = declaredEmpty;
        var doc = TableText.Document(table);
        CheckRunner.Run(doc);
        Assert.Empty(Losses(doc));
    }

    [SkippableFact]
    public void JiangsuNpcOffice2018FunctionAndEconomicTablesKeepTheirAmountColumn()
    {
        // 公开05/07/08表: the 金额 column's right border is clipped away; its 21 + 21 + 24 amounts are read
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("js_prov_npc_office_2018_dept_budget.pdf"));
        var general = doc.Tables.Single(t => t.Kind == TableKind.GeneralExpenditure);
        Assert.Equal(21, general.Rows.Count(r => r.Amounts.Any(a => a.Value is not null)));
        Assert.Equal(15897.44m, TableView.GrandTotalValue(general, Measure.Total));
        var basic = doc.Tables.Single(t => t.Kind == TableKind.GeneralBasicExpenditure);
        Assert.Equal(24, basic.Rows.Count(r => r.Amounts.Any(a => a.Value is not null)));
        Assert.Empty(Losses(doc));
    }

    [SkippableFact]
    public void ShanghaiIrregularGroupingIsReadEverywhere()
    {
        // amounts printed 120258,600 for 120,258,600 (元): every table's amounts read, nothing left unread
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.WideFile("wide_shanghai_01.pdf"));
        Assert.Empty(Losses(doc));
        var revenue = doc.Tables.First(t => t.Kind == TableKind.Revenue);
        Assert.Equal(128138600m, TableView.GrandTotalValue(revenue, Measure.Total));
        Assert.True(doc.Tables.Sum(t => t.Rows.Sum(r => r.Amounts.Count(a => a.Value is not null))) >= 200);
    }
}
