using Extractor.Checks;
using Extractor.Model;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Government;

public class GovernmentChecksTests
{
    static BudgetDocument Government(params BudgetTable[] tables) => GovernmentDocs.Of(tables);

    [Fact]
    public void RevenueTotalIsTaxPlusNonTax()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralRevenue, "预算数:budget 执行数:execution", @"
            合计 | | 100 | 90
            101 | 税收收入 | 70 | 60
            10101 | 增值税 | 70 | 60
            103 | 非税收入 | 30 | 20", classification: Classification.Revenue);
        var doc = Government(table);
        CheckRunner.Run(doc);
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.GovernmentRevenue);
        Assert.Equal("80", failed.Expected);
        Assert.Equal("90", failed.Actual);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.GovernmentRevenue && t.Passed == 1 && t.Failed == 1);
        Assert.NotNull(failed.Cause);
    }

    [Fact]
    public void PercentColumnsAreRecomputed()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralRevenue, "上年执行数:prior-year 预算数:budget 执行数:execution 为预算%:percent-of-budget 比上年增长%:growth-percent", @"
            合计 | | 80 | 100 | 90 | 90.0 | 12.5
            101 | 税收收入 | 50 | 60 | 66 | 100.0 | 32.0", classification: Classification.Revenue);
        var doc = Government(table);
        CheckRunner.Run(doc);
        var percent = doc.Checks.Where(f => f.Rule == CheckRules.PercentColumns).ToList();
        // 66 ÷ 60 = 110.0%, printed 100.0: one finding; the other three hold
        var failed = Assert.Single(percent);
        Assert.Equal(110m, decimal.Parse(failed.Expected!));
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.PercentColumns && t.Passed == 3);
    }

    [Fact]
    public void GrowthPrintedAsRatioToPriorYear()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralExpenditure, "上年决算数:prior-year 决算数:final 决算数为上年决算数的%:growth-percent", @"
            合计 | | 200 | 210 | 105.0");
        var doc = Government(table);
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.PercentColumns);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.PercentColumns && t.Passed == 1);
    }

    [Fact]
    public void RegionRowsAddUpToTheTotal()
    {
        var table = TableText.Build(1, TableKind.TransferPayments, "预算数:budget", @"
            合计 | | 100
            x | 市本级 | 40
            x | 甲县 | 30
            x | 乙区 | 20", classification: Classification.None);
        foreach (var row in table.Rows.Skip(1)) { row.IsTotal = false; row.IsRegion = true; row.ReportingUnit = row.Name; }
        var doc = Government(table);
        CheckRunner.Run(doc);
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.RegionSum);
        Assert.Equal("90", failed.Expected);
        Assert.NotNull(failed.Cause);
    }

    [Fact]
    public void DebtBalanceRollsForwardAndStaysWithinTheLimit()
    {
        var table = TableText.Build(1, TableKind.Debt, "上年末余额:prior-year 本年限额:budget 新增债券:budget 还本:budget 年末余额:final", @"
            合计 | | 100 | 150 | 30 | 10 | 120
            x | 甲县 | 50 | 55 | 10 | 5 | 60", classification: Classification.None);
        table.Rows[1].IsTotal = false;
        Extractor.Normalization.GovernmentDebtItems.Apply(table);
        var doc = Government(table);
        CheckRunner.Run(doc);
        // 甲县: 60 > 55 (over the limit) and 50 + 10 − 5 = 55 ≠ 60
        Assert.Equal(2, doc.Checks.Count(f => f.Rule == CheckRules.Debt && f.Row == 1));
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Debt && f.Row == 0);
    }

    [Fact]
    public void BalanceTotalsAgreeInEveryFigureColumn()
    {
        var table = TableText.Build(1, TableKind.Balance, "预算数:budget 执行数:execution", @"
            x | 一般公共预算收入 | 80 | 85
            x | 上级补助收入 | 20 | 20
            x | 收入总计 | 100 | 105
            x | 一般公共预算支出 | 95 | 99
            x | 上解上级支出 | 5 | 5
            x | 支出总计 | 100 | 104", classification: Classification.None);
        foreach (var row in table.Rows) row.IsTotal = false;
        var doc = Government(table);
        CheckRunner.Run(doc);
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.Balance);
        Assert.Equal("105", failed.Expected);
        Assert.Equal("104", failed.Actual);
    }

    [Fact]
    public void HeadlineFiguresAreComparedWithTheTables()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralRevenue, "执行数:execution", @"
            合计 | | 520300", classification: Classification.Revenue);
        var doc = Government(table);
        doc.Narrative.Facts.Add(new NarrativeFact { Subject = Extractor.Vocabulary.GovernmentHeadlines.GeneralRevenue, Label = "全市一般公共预算收入", Amount = 52.03m, Unit = "亿元", Yuan = 5_203_000_000m, Sentence = "s1" });
        doc.Narrative.Facts.Add(new NarrativeFact { Subject = Extractor.Vocabulary.GovernmentHeadlines.GeneralRevenue, Label = "全市一般公共预算收入", Amount = 60m, Unit = "亿元", Yuan = 6_000_000_000m, Sentence = "s2" });
        CheckRunner.Run(doc);
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.HeadlineVsTable);
        Assert.Equal("s2", failed.Location);
    }
}
