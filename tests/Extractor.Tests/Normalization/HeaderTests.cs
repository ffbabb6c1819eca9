using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Normalization;

public class HeaderTests
{
    [Theory]
    // every header of the seed
    [InlineData("合计", Measure.Total)]
    [InlineData("上年结转", Measure.Carryover)]
    [InlineData("财政拨款/小计", Measure.Appropriation)]
    [InlineData("财政拨款/一般公共预算拨款收入", Measure.GeneralBudget)]
    [InlineData("财政拨款/政府性基金预算拨款收入", Measure.GovernmentFund)]
    [InlineData("财政拨款/国有资本经营预算收入", Measure.StateCapital)]
    [InlineData("教育收费资金收入", Measure.Other)]
    [InlineData("事业收入", Measure.BusinessIncome)]
    [InlineData("事业单位经营收入", Measure.OperatingIncome)]
    [InlineData("附属单位上缴收入", Measure.SubsidiaryIncome)]
    [InlineData("上级补助收入", Measure.SuperiorSubsidy)]
    [InlineData("其他收入", Measure.OtherIncome)]
    [InlineData("使用非财政拨款结余", Measure.NonAppropriationBalance)]
    [InlineData("基本支出", Measure.Basic)]
    [InlineData("项目支出", Measure.Project)]
    [InlineData("2025年预算数/合计", Measure.Total)]
    [InlineData("2025年预算数/基本支出", Measure.Basic)]
    [InlineData("2025年基本支出/合计", Measure.Total)]
    [InlineData("2025年基本支出/人员经费", Measure.Personnel)]
    [InlineData("2025年基本支出/公用经费", Measure.Public)]
    [InlineData("因公出国(境)费/小计", Measure.Outbound)]
    [InlineData("因公出国(境)费/一般公务出国(境)费", Measure.Other)]
    [InlineData("因公出国(境)费/高等院校和科研院所学术交流合作出国(境)费", Measure.Other)]
    [InlineData("公务接待费", Measure.Reception)]
    [InlineData("公务用车购置及运行维护费/小计", Measure.Vehicles)]
    [InlineData("公务用车购置及运行维护费/公务用车运行维护费", Measure.VehicleOperation)]
    [InlineData("公务用车购置及运行维护费/公务用车购置", Measure.VehiclePurchase)]
    // real variants
    [InlineData("总计", Measure.Total)]
    [InlineData("小计", Measure.Total)]
    [InlineData("预算数", Measure.Total)]
    [InlineData("金额", Measure.Total)]
    [InlineData("本年预算", Measure.Total)]
    [InlineData("2026年预算数", Measure.Total)]
    [InlineData("基本支出/小计", Measure.Basic)]
    [InlineData("基本支出/人员支出", Measure.Personnel)]
    [InlineData("基本支出/工资福利支出", Measure.Personnel)]
    [InlineData("基本支出/日常公用经费", Measure.Public)]
    [InlineData("上年结转和结余", Measure.Carryover)]
    [InlineData("财政拨款", Measure.Appropriation)]
    [InlineData("一般公共预算", Measure.GeneralBudget)]
    [InlineData("一般公共预算拨款", Measure.GeneralBudget)]
    [InlineData("政府性基金", Measure.GovernmentFund)]
    [InlineData("国有资本经营预算", Measure.StateCapital)]
    [InlineData("经营收入", Measure.OperatingIncome)]
    [InlineData("上缴上级支出", Measure.TransferToSuperior)]
    [InlineData("经营支出", Measure.OperatingExpenditure)]
    [InlineData("对附属单位补助支出", Measure.SubsidyToSubsidiary)]
    [InlineData("因公出国（境）费", Measure.Outbound)]
    [InlineData("公务用车购置及运行费", Measure.Vehicles)]
    [InlineData("公务用车购置费", Measure.VehiclePurchase)]
    [InlineData("公务用车运行费", Measure.VehicleOperation)]
    [InlineData("公务用车运行维护费", Measure.VehicleOperation)]
    [InlineData("上年预算数", Measure.PriorYear)]
    [InlineData("上年数", Measure.PriorYear)]
    [InlineData("增减", Measure.Change)]
    [InlineData("增长率", Measure.Change)]
    [InlineData("增减(%)", Measure.Change)]
    [InlineData("一般公共预算/拨款收入", Measure.GeneralBudget)]
    [InlineData("其中：公务用车购置费", Measure.VehiclePurchase)]
    [InlineData("备注", Measure.Other)]
    public void HeaderPathMapsToCanonicalMeasure(string path, Measure measure) => Assert.Equal(measure, HeaderCatalog.MeasureOf(path));

    [Fact]
    public void SeedRevenueHeaderBecomesOnePathPerColumnAndGarbledColumnNumbersAreDropped()
    {
        var table = SeedTables.Read().Single(t => t.Kind == TableKind.Revenue);
        var grid = new TableGrid(table, SeedTables.Metadata);
        Assert.Equal(new[] { 0, 1 }, grid.Header.HeaderRows);
        Assert.Equal(new[] { 2 }, grid.Header.ColumnNumberRows);
        Assert.Equal(3, grid.Header.FirstDataRow);
        Assert.Equal("财政拨款/小计", grid.Header.Paths[4]);
        Assert.Equal("财政拨款/国有资本经营预算收入", grid.Header.Paths[7]);
        Assert.Equal("教育收费资金收入", grid.Header.Paths[8]);
    }

    [Theory]
    [InlineData("**\t**\t1\t2\t3")]
    [InlineData("**\t**\t1\t2\t3\t4\t5\t2\t3\t4\t5\t6\t7\t8\t9")]
    [InlineData("栏次\t\t1\t2\t3")]
    [InlineData("甲\t乙\t1\t2")]
    public void ColumnNumberRowsAreRecognised(string line) => Assert.True(ColumnNumberRow.Is(line.Split('\t')));

    [Theory]
    [InlineData("201\t一般公共服务支出\t225.98")]
    [InlineData("\t合计\t1\t2")]
    public void DataRowsAreNotColumnNumbers(string line) => Assert.False(ColumnNumberRow.Is(line.Split('\t')));

    [Fact]
    public void ImpliedSpanOverSubjectColumnsGivesCodeAndNameRoles()
    {
        var table = SeedTables.Read().Single(t => t.Kind == TableKind.Expenditure);
        var normalized = TableNormalizer.Normalize(table, SeedTables.Metadata);
        Assert.Equal("支出功能分类科目/科目编码", normalized.Columns[0].Label);
        Assert.Equal(ColumnRole.Code, normalized.Columns[0].Role);
        Assert.Equal(ColumnRole.Name, normalized.Columns[1].Role);
        Assert.Equal(new Measure?[] { Measure.Total, Measure.Basic, Measure.Project }, normalized.Columns.Skip(2).Select(c => c.Measure));
    }

    [Fact]
    public void EveryColumnKeepsItsLabelEvenWhenItFitsNoMeasure()
    {
        var table = TableNormalizer.Normalize(SeedTables.Read().Single(t => t.Kind == TableKind.Revenue), SeedTables.Metadata);
        var other = table.Columns.Single(c => c.Label == "教育收费资金收入");
        Assert.Equal(Measure.Other, other.Measure);
        Assert.Equal(15, table.Columns.Count);
    }
}
