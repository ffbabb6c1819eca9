using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Normalization;

/// <summary>三公 tables whose item sits above the fund source in the header, and rows laid out by year.</summary>
public class ThreePublicHeaderTests
{
    [Theory]
    [InlineData("因公出国(境)费/一般公共预算", Measure.Outbound)]
    [InlineData("总计/政府性基金预算", Measure.GovernmentFund)]
    [InlineData("因公出国(境)费/国有资本经营预算", Measure.StateCapital)]
    [InlineData("公务用车购置及运行维护费/小计/一般公共预算", Measure.Vehicles)]
    [InlineData("公务用车购置及运行维护费/公务用车购置费/一般公共预算", Measure.VehiclePurchase)]
    [InlineData("上年/一般公共预算拨款安排的“三公”经费预算/公务接待费", Measure.PriorYear)]
    [InlineData("增减变化情况/一般公共预算拨款安排的“三公”经费预算/公务接待费", Measure.Change)]
    [InlineData("当年/一般公共预算拨款安排的“三公”经费预算/小计", Measure.Total)]
    [InlineData("当年/会议费", Measure.Meeting)]
    public void ThreePublicItemAtAnyHeaderLevelIsTheMeasure(string path, Measure measure) =>
        Assert.Equal(measure, HeaderCatalog.ThreePublicMeasureOf(path));

    [Fact]
    public void FundSourceUnderTheItemKeepsTheItemAndYearRowsAreCompared()
    {
        const string item = "总计\t总计\t因公出国(境)费\t因公出国(境)费\t公务接待费\t公务接待费\t公务用车购置及运行维护费\t公务用车购置及运行维护费\t公务用车购置及运行维护费\t公务用车购置及运行维护费\t公务用车购置及运行维护费\t公务用车购置及运行维护费";
        const string fund = "一般公共预算\t政府性基金预算";
        var t = SeedTables.Recognized(TableKind.ThreePublic, "万元",
            "预算单位\t年度\t" + item,
            "预算单位\t年度\t总计\t总计\t因公出国(境)费\t因公出国(境)费\t公务接待费\t公务接待费\t小计\t小计\t公务用车购置费\t公务用车购置费\t公务用车运行维护费\t公务用车运行维护费",
            "预算单位\t年度\t" + string.Join("\t", Enumerable.Repeat(fund, 6)),
            "某市信访局\t2025年\t6.00\t0.00\t1.00\t0.00\t2.00\t0.00\t3.00\t0.00\t0.00\t0.00\t3.00\t0.00",
            "\t2026年\t5.58\t0.00\t0.00\t0.00\t2.98\t0.00\t2.60\t0.00\t0.00\t0.00\t2.60\t0.00",
            "\t增减变化金额\t-0.42\t0.00\t-1.00\t0.00\t0.98\t0.00\t-0.40\t0.00\t0.00\t0.00\t-0.40\t0.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata { FiscalYear = 2026 });

        Assert.Equal(3, table.Rows.Count);
        var current = table.Rows[1].Amounts;
        // the 一般公共预算 sub-columns carry the 三公 items; the 政府性基金 sub-columns are that fund's money
        var gf = Measure.GovernmentFund;
        Assert.Equal(new[] { Measure.Total, gf, Measure.Outbound, gf, Measure.Reception, gf,
                Measure.Vehicles, gf, Measure.VehiclePurchase, gf, Measure.VehicleOperation, gf },
            current.Select(a => a.Measure));
        Assert.Equal(5.58m, current[0].Value);
        Assert.Equal("公务接待费/一般公共预算", current[4].ColumnLabel);
        Assert.All(table.Rows[0].Amounts, a => Assert.Equal(Measure.PriorYear, a.Measure));
        Assert.All(table.Rows[2].Amounts, a => Assert.Equal(Measure.Change, a.Measure));
        Assert.Equal(6.00m, table.Rows[0].Amounts[0].Value);
    }

    [Fact]
    public void YearRowsWithoutTheFiscalYearKeepTheirMeasures()
    {
        var t = SeedTables.Recognized(TableKind.ThreePublic, "万元",
            "年度\t合计\t因公出国(境)费\t公务接待费",
            "2025年\t3.00\t1.00\t2.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata { FiscalYear = 2026 });
        Assert.Equal(new[] { Measure.Total, Measure.Outbound, Measure.Reception }, table.Rows.Single().Amounts.Select(a => a.Measure));
    }
}
