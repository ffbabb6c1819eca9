using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Normalization;

/// <summary>Header words as classes of wording (a root with the endings printers add), onto every section-9 measure.</summary>
public class HeaderVariantClassTests
{
    [Theory]
    // personnel / public: a root with 经费, 支出, 类, 费用 endings
    [InlineData("人员类", Measure.Personnel)]
    [InlineData("基本支出/人员经费支出", Measure.Personnel)]
    [InlineData("人员支出", Measure.Personnel)]
    [InlineData("日常公用支出", Measure.Public)]
    [InlineData("公用类", Measure.Public)]
    [InlineData("基本支出/日常公用经费", Measure.Public)]
    // the total without carry-over
    [InlineData("本年支出合计", Measure.CurrentYearTotal)]
    [InlineData("本年收入合计", Measure.CurrentYearTotal)]
    [InlineData("本年收入", Measure.CurrentYearTotal)]
    // other spending columns and sources
    [InlineData("事业单位经营支出", Measure.OperatingExpenditure)]
    [InlineData("经营支出", Measure.OperatingExpenditure)]
    [InlineData("上年结余、结转", Measure.Carryover)]
    [InlineData("上年结转、结余", Measure.Carryover)]
    [InlineData("财政专户管理资金", Measure.SpecialAccount)]
    [InlineData("财政专户管理资金收入", Measure.SpecialAccount)]
    [InlineData("财政专户拨款", Measure.SpecialAccount)]
    // beside the 三公
    [InlineData("会议费", Measure.Meeting)]
    [InlineData("培训费", Measure.Training)]
    [InlineData("2019年/会议费", Measure.Meeting)]
    [InlineData("机关运行经费预算数", Measure.OperatingCosts)]
    [InlineData("2024年机关运行经费预算数", Measure.OperatingCosts)]
    [InlineData("公务用车运行维护费", Measure.VehicleOperation)]
    // 政府采购 and its reserved shares
    [InlineData("2026年政府采购项目", Measure.Procurement)]
    [InlineData("2026年政府采购项目/其中：2026年政府采购项目中预留给中小企业的项目资金规模", Measure.ProcurementSme)]
    [InlineData("2026年政府采购项目/其中：2026年政府采购项目中预留给小型、微型企业的项目资金规模", Measure.ProcurementSmallMicro)]
    // government-level columns
    [InlineData("2025年调整预算数", Measure.AdjustedBudget)]
    [InlineData("调整预算", Measure.AdjustedBudget)]
    [InlineData("2025年完成数", Measure.Execution)]
    [InlineData("预计执行数", Measure.Execution)]
    [InlineData("执行数为调整预算数的%", Measure.PercentOfBudget)]
    [InlineData("决算数为预算数的%", Measure.PercentOfBudget)]
    [InlineData("比上年增长%", Measure.GrowthPercent)]
    [InlineData("预算数比上年执行数增长%", Measure.GrowthPercent)]
    // labels with no canonical meaning stay other
    [InlineData("单位预留机动经费", Measure.Other)]
    [InlineData("备注", Measure.Other)]
    public void HeaderClassMapsToCanonicalMeasure(string path, Measure measure) => Assert.Equal(measure, HeaderCatalog.MeasureOf(path));

    [Fact]
    public void EveryMeasureOfTheContractIsKnownToTheModel()
    {
        foreach (var text in new[] { "meeting", "training", "operating-costs", "special-account", "procurement", "procurement-sme",
                     "procurement-small-micro", "current-year-total", "budget", "adjusted-budget", "execution", "final",
                     "percent-of-budget", "growth-percent" })
            Assert.Equal(text, Canonical.Parse<Measure>(text).Text());
    }
}
