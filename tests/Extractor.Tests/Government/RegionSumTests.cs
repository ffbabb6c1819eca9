using Extractor.Checks;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Government;

/// <summary>region-sum (分地区 tables): money only, regions nested under their city or a subtotal, and the judgements of
/// the failures that remain.</summary>
public class RegionSumTests
{
    const string Report = "关于云溪市2025年财政预算执行情况的报告\n\n受市人民政府委托，报告全市预算执行情况，请予审议。\n\n";

    /// <summary>A by-region table built row by row: the first row is the total, the rows named in
    /// <paramref name="regions"/> are regions, the others plain lines (subtotals, 其中 lines).</summary>
    static BudgetTable ByRegion(int index, string rows, string[] regions, string? title = "2025年云溪市转移支付分地区表", int totalRow = 0)
    {
        var table = TableText.Build(index, TableKind.TransferPayments, "预算数:budget", rows, classification: Classification.None);
        table.Title = title;
        foreach (var row in table.Rows)
        {
            row.IsTotal = row.Index == totalRow && title is not null;
            row.IsRegion = regions.Contains(row.Name);
            if (row.IsRegion) row.ReportingUnit = row.Name;
        }
        return table;
    }

    /// <summary>合计, 市本级, 区县合计 (60) and its regions 其中：甲区 20, 乙县 25, 丙市 <paramref name="last"/>.</summary>
    static BudgetTable UnderASubtotal(int last) => ByRegion(1, $@"
            合计 | | 100
            x | 市本级 | 40
            x | 区县合计 | 60
            x | 其中：甲区 | 20
            x | 乙县 | 25
            x | 丙市 | {last}", new[] { "市本级", "乙县", "丙市" });

    /// <summary>合计 100 over 甲市 40 and 乙市 30: 30 short.</summary>
    static BudgetTable TwoCitiesShortOfTheTotal() => ByRegion(1, @"
            合计 | | 100
            x | 甲市 | 40
            x | 乙市 | 30", new[] { "甲市", "乙市" });

    static List<CheckFinding> Errors(BudgetDocument doc) => doc.Checks.Where(f => f.Rule == CheckRules.RegionSum && f.Severity != Severity.Info).ToList();

    [Fact]
    public void AColumnPrintingANonMoneyUnitKeepsItsValuesAndIsNotSummed()
    {
        var doc = GovernmentDocs.Extract(Report +
            "表5 2025年云溪市地方政府债务余额情况表（分地区）\n单位：万元\n" +
            "地区\t债务余额\t债务平均年限（年）\n" +
            "全市\t100\t10.5\n市本级\t40\t9.0\n甲县\t30\t11.0\n乙县\t30\t12.0\n");
        var table = Assert.Single(doc.Tables, t => t.Rows.Count(r => r.IsRegion) == 3);
        var years = table.Rows.SelectMany(r => r.Amounts).Where(a => a.ColumnLabel.Contains("年限")).ToList();
        Assert.Equal(4, years.Count);
        Assert.All(years, a => { Assert.Equal("年", a.Unit); Assert.Null(a.Yuan); });
        Assert.Contains(years, a => a.Value == 10.5m);
        // the money column adds up (40 + 30 + 30); the years (9 + 11 + 12 = 32 ≠ 10.5) are not added
        Assert.Empty(Errors(doc));
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.RegionSum && t.Passed == 1 && t.Failed == 0);
        var items = Projections.LineItems(doc).Where(i => i.ColumnLabel.Contains("年限")).ToList();
        Assert.All(items, i => Assert.Null(i.AmountYuan));
    }

    [Fact]
    public void RegionsUnderASubtotalAddUpThroughIt()
    {
        // 合计 = 市本级 + 区县合计; 区县合计 = 其中：甲区 + 乙县 + 丙市 (the 其中 region is not a region row)
        var doc = GovernmentDocs.Of(UnderASubtotal(15));
        CheckRunner.Run(doc);
        Assert.Empty(Errors(doc));
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.RegionSum && t.Passed == 1);
    }

    [Fact]
    public void CitiesPrintedWithTheirCountiesAreCountedOnce()
    {
        // each city is followed by its own level and its counties; 市县合计 closes the cities; 总计 closes the table
        var table = ByRegion(1, @"
            x | 甲市 | 50
            x | 其中：市本级及市辖区 | 30
            x | 子县 | 20
            x | 乙市 | 40
            x | 其中：市本级及市辖区 | 25
            x | 丑县 | 15
            x | 市县合计 | 90
            x | 省本级 | 10
            总计 | | 100", new[] { "甲市", "子县", "乙市", "丑县", "省本级" }, totalRow: 8);
        var doc = GovernmentDocs.Of(table);
        CheckRunner.Run(doc);
        Assert.Empty(Errors(doc));
    }

    [Fact]
    public void NestedRegionsThatDoNotAddUpStillFail()
    {
        var doc = GovernmentDocs.Of(UnderASubtotal(10));
        CheckRunner.Run(doc);
        var failed = Assert.Single(Errors(doc));
        Assert.Equal("75", failed.Expected);
    }

    [Fact]
    public void RegionsGoingOnInTheNextUntitledTableAreJudgedExtraction()
    {
        var first = TwoCitiesShortOfTheTotal();
        var second = ByRegion(2, @"
            x | 丙市 | 20
            x | 丁市 | 10", new[] { "丙市", "丁市" }, title: null);
        var doc = GovernmentDocs.Of(first, second);
        CheckRunner.Run(doc);
        var failed = Assert.Single(Errors(doc));
        Assert.Equal(FindingCause.Extraction, failed.Cause);
        Assert.Contains("two blocks", failed.CauseEvidence);
        Assert.Contains("丙市", failed.CauseEvidence);
    }

    [Fact]
    public void ALineLargerThanItsTotalIsJudgedExtraction()
    {
        var table = ByRegion(1, @"
            合计 | | 100
            x | 甲市 | 40
            x | 其中：市本级及市辖区乙县 | 3020
            x | 丙市 | 30", new[] { "甲市", "丙市" });
        var doc = GovernmentDocs.Of(table);
        CheckRunner.Run(doc);
        var failed = Assert.Single(Errors(doc));
        Assert.Equal(FindingCause.Extraction, failed.Cause);
        Assert.Contains("more than the total", failed.CauseEvidence);
    }

    [Fact]
    public void ItemRowsOfATableWithRegionColumnsAreNotRegions()
    {
        // 按项目分地区: the regions are the columns; an item named like a region (大干围片区) stays an item
        var doc = GovernmentDocs.Extract(Report +
            "表3 2025年云溪市政府性基金转移支付表（按项目分地区列示）\n单位：万元\n" +
            "项目\t甲区\t乙区\t丙县\n" +
            "支出合计\t60\t70\t80\n道路工程\t10\t20\t30\n大干围片区\t20\t20\t20\n水库移民资金\t30\t30\t30\n");
        var table = Assert.Single(doc.Tables, t => t.Columns.Any(c => c.Region is not null));
        Assert.DoesNotContain(table.Rows, r => r.IsRegion);
        Assert.Equal(new[] { "甲区", "乙区", "丙县" }, table.Columns.Where(c => c.Region is not null).Select(c => c.Region).ToArray());
    }

    [Fact]
    public void TheGovernmentPrintedAtopItsRegionsIsTheirTotal()
    {
        // no total row: the first line is the government itself, then its own level and its cities with their counties
        var table = ByRegion(1, @"
            x | 云溪市 | 100
            x | 云溪市本级 | 40
            x | 甲区 | 60
            x | 甲区本级 | 45
            x | 子镇区 | 15", new[] { "云溪市", "云溪市本级", "甲区", "甲区本级", "子镇区" }, totalRow: -1);
        var doc = GovernmentDocs.Of(table);
        doc.Metadata.UnitName = "云溪市";
        CheckRunner.Run(doc);
        Assert.Empty(Errors(doc));
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.RegionSum && t.Passed == 1);
        // another government's table: no total is assumed
        var other = GovernmentDocs.Of(ByRegion(1, @"
            x | 云溪市 | 100
            x | 云溪市本级 | 40
            x | 甲区 | 60", new[] { "云溪市", "云溪市本级", "甲区" }, totalRow: -1));
        other.Metadata.UnitName = "丙省";
        CheckRunner.Run(other);
        Assert.DoesNotContain(other.CheckTallies, t => t.Rule == CheckRules.RegionSum && t.Passed + t.Failed > 0);
    }

    [Fact]
    public void AFirstLineNamedAsATotalOfRegionsIsTheirTotal()
    {
        var table = ByRegion(1, @"
            x | 全省合计 | 100
            x | 甲市 | 60
            x | 乙市 | 30", new[] { "甲市", "乙市" }, totalRow: -1);
        var doc = GovernmentDocs.Of(table);
        CheckRunner.Run(doc);
        var failed = Assert.Single(Errors(doc));
        Assert.Equal("90", failed.Expected);
    }

    [Fact]
    public void TextWhereAFigureBelongsIsJudgedExtraction()
    {
        var table = TwoCitiesShortOfTheTotal();
        table.Rows[2].Amounts[0].Printed = "验 30";
        table.Rows[2].Amounts[0].Value = null;
        var doc = GovernmentDocs.Of(table);
        CheckRunner.Run(doc);
        var failed = Assert.Single(Errors(doc));
        Assert.Equal(FindingCause.Extraction, failed.Cause);
        Assert.Contains("验 30", failed.CauseEvidence);
    }

    [Fact]
    public void ATotalBelowOneOfItsRegionsIsNoSum()
    {
        // 抚养比: the whole (2.5) is a ratio of the regions' figures, printed without % or 率
        var table = ByRegion(1, @"
            合计 | | 2.5
            x | 甲市 | 3.1
            x | 乙市 | 1.9
            x | 丙市 | 2.2", new[] { "甲市", "乙市", "丙市" });
        var doc = GovernmentDocs.Of(table);
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RegionSum);
        Assert.DoesNotContain(doc.CheckTallies, t => t.Rule == CheckRules.RegionSum && t.Passed + t.Failed > 0);
    }

    [Fact]
    public void ASubtotalThatDiffersFromItsRegionsIsJudgedPublished()
    {
        // 合计 = 市本级 + 县区合计 as printed; 县区合计 (60) ≠ 甲县 + 乙县 (65)
        var table = ByRegion(1, @"
            合计 | | 100
            x | 市本级 | 40
            x | 县区合计 | 60
            x | 甲县 | 30
            x | 乙县 | 35", new[] { "市本级", "甲县", "乙县" });
        var doc = GovernmentDocs.Of(table);
        CheckRunner.Run(doc);
        var failed = Assert.Single(Errors(doc));
        Assert.Equal(FindingCause.Published, failed.Cause);
        Assert.Contains("县区合计", failed.CauseEvidence);
    }
}
