using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>Government-level tables print periods and ratios as columns (决算数 | 预算数 | 增长%): those are not sums.</summary>
public class PeriodColumnSumTests
{
    [Fact]
    public void ARevenueRowWithAmountAndGrowthRateIsNotARowSum()
    {
        var table = TableText.Build(1, TableKind.Revenue, "2026年预算数/金额:total 2026年预算数/比上年增长%:other", @"
            | 契税 | 3138000 | 3.5");
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RowSum);
    }

    [Fact]
    public void YearColumnsBesideTheTotalAreNotItsParts()
    {
        var table = TableText.Build(1, TableKind.Revenue, "2024年决算数:total 2025年调整预算数:other", @"
            | 印花税 | 34633 | 36732");
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RowSum);
    }

    [Fact]
    public void AColumnPrintedFor类And款OnlyIsNotSummedOverBlank项()
    {
        var table = TableText.Build(1, TableKind.GeneralExpenditure, "完成数:total 变动预算数:other", @"
            201 | 一般公共服务支出 | 1434 | 1440
            20101 | 人大事务 | 1434 | 1440
            2010101 | 行政运行 | 1106 |
            2010102 | 一般行政管理事务 | 328 |");
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum && f.Severity != Severity.Info);
        Assert.True(doc.CheckTallies.Single(t => t.Rule == CheckRules.TreeSum).Passed >= 3);
    }

    [Fact]
    public void AnUnknownSourceColumnBesideKnownSourcesIsStillAPart()
    {
        var table = TableText.Build(1, TableKind.Revenue, "合计:total 财政拨款:appropriation 财政专户管理资金:other", @"
            | 合计 | 500.00 | 90.00 | 432.00");
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        Assert.Single(doc.Checks, f => f.Rule == CheckRules.RowSum && f.Severity == Severity.Error);
    }
}
