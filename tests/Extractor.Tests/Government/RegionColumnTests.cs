using Extractor.Checks;
using Extractor.Datasets;
using Extractor.Model;

namespace Extractor.Tests.Government;

/// <summary>Regions printed across the header of a 分地区 table: each amount's unit is its column's region.</summary>
public class RegionColumnTests
{
    const string Report = "关于云溪市2025年财政决算的报告\n\n受市人民政府委托，报告全市财政决算，请予审议。\n\n";

    static string Transfers(string header, string first, string second) =>
        "表3 2025年云溪市一般公共预算对下转移支付表（分地区）\n单位：万元\n" +
        $"项目\t{header}\n" +
        $"返还性支出\t{first}\n" +
        $"一般性转移支付\t{second}\n";

    static BudgetDocument Run(string table) => GovernmentDocs.Extract(Report + table);

    [Fact]
    public void EachAmountOfARegionColumnBelongsToItsRegion()
    {
        var doc = Run(Transfers("合计决算数\t甲县\t乙县\t丙市", "600\t100\t200\t300", "60\t10\t20\t30"));
        var table = Assert.Single(doc.Tables, t => t.Kind == TableKind.TransferPayments);
        Assert.Equal(new[] { "甲县", "乙县", "丙市" }, table.Columns.Where(c => c.Region is not null).Select(c => c.Region).ToArray());
        var items = Projections.LineItems(doc).Where(i => i.TableIndex == table.Index).ToList();
        var region = items.Where(i => i.ColumnLabel == "乙县").ToList();
        Assert.Equal(2, region.Count);
        Assert.All(region, i => { Assert.Equal("乙县", i.UnitName); Assert.True(i.UnitIsRegion); });
        // the figure the document is: a final account's columns hold 决算数 (一般公共预算 names the budget, no figure)
        Assert.All(region, i => Assert.Equal(Measure.Final.Text(), i.Measure));
        var total = items.Where(i => i.ColumnLabel == "合计决算数").ToList();
        Assert.All(total, i => Assert.False(i.UnitIsRegion));
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.RegionSum && t.Passed == 2 && t.Failed == 0);
    }

    [Fact]
    public void ARegionColumnsTotalThatDoesNotAddUpIsFound()
    {
        var doc = Run(Transfers("合计\t甲县\t乙县\t丙市", "600\t100\t200\t300", "70\t10\t20\t30"));
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.RegionSum && f.Severity != Severity.Info);
        Assert.Contains("region columns", failed.Message);
        Assert.Equal("70", failed.Actual);
    }

    [Fact]
    public void TownsPrintedBareUnderAByRegionTitleAreRegions()
    {
        var doc = Run(Transfers("中堂\t望牛墩\t松山湖\t其他", "100\t200\t300\t5", "10\t20\t30\t1"));
        var table = Assert.Single(doc.Tables, t => t.Kind == TableKind.TransferPayments);
        Assert.Equal(new[] { "中堂", "望牛墩", "松山湖" }, table.Columns.Where(c => c.Region is not null).Select(c => c.Region).ToArray());
    }

    [Fact]
    public void FiguresRepeatedUnderEachFundAreNoRegions()
    {
        var doc = Run(Transfers("养老/当期结余\t养老/滚存结余\t医疗/当期结余\t医疗/滚存结余", "1\t2\t3\t4", "5\t6\t7\t8"));
        Assert.All(doc.Tables.SelectMany(t => t.Columns), c => Assert.Null(c.Region));
    }

    [Fact]
    public void RegionsThatGoOnInTheNextPartAreNotAddedToThisPartsTotal()
    {
        // a wide table printed in two parts: the total covers the regions of both
        var first = Transfers("合计\t甲县\t乙县\t丙县", "1000\t100\t200\t300", "100\t10\t20\t30");
        var second = Transfers("丁县\t戊县\t己县", "100\t100\t200", "10\t10\t20");
        var doc = Run(first + "\n说明。\n\n" + second);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RegionSum && f.Severity != Severity.Info);
        Assert.Equal(6, doc.Tables.SelectMany(t => t.Columns).Count(c => c.Region is not null));
    }
}
