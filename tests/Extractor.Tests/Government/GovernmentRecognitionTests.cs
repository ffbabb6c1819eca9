using Extractor.Model;
using Extractor.Normalization;
using Extractor.Recognition;

namespace Extractor.Tests.Government;

public class GovernmentRecognitionTests
{
    [Theory]
    [InlineData("2025年全市一般公共预算收入执行情况表", TableKind.GovernmentGeneralRevenue)]
    [InlineData("2024年全省一般公共预算支出决算表", TableKind.GovernmentGeneralExpenditure)]
    [InlineData("2026年市本级一般公共预算基本支出预算表", TableKind.GovernmentGeneralBasicExpenditure)]
    [InlineData("2026年一般公共预算支出经济分类预算表", TableKind.GovernmentGeneralBasicExpenditure)]
    [InlineData("2026年全市政府性基金预算收入表", TableKind.GovernmentFundRevenue)]
    [InlineData("2026年全市政府性基金预算支出表", TableKind.GovernmentFundExpenditure)]
    [InlineData("2025年国有资本经营预算收入执行情况表", TableKind.StateCapitalRevenue)]
    [InlineData("2025年国有资本经营预算支出执行情况表", TableKind.StateCapitalExpenditure)]
    [InlineData("2026年社会保险基金预算收入表", TableKind.SocialInsuranceRevenue)]
    [InlineData("2026年社会保险基金预算支出表", TableKind.SocialInsuranceExpenditure)]
    [InlineData("2026年全市一般公共预算收支平衡表", TableKind.Balance)]
    [InlineData("2024年全省一般公共预算收支决算总表", TableKind.Balance)]
    [InlineData("2026年末社会保险基金预算结余表", TableKind.Balance)]
    [InlineData("2026年一般公共预算税收返还和转移支付分地区预算表", TableKind.TransferPayments)]
    [InlineData("2025年地方政府一般债务限额和余额情况表", TableKind.Debt)]
    [InlineData("2020年地方政府债券使用情况表", TableKind.Debt)]
    [InlineData("2026年市本级一般公共预算\"三公\"经费预算表", TableKind.ThreePublic)]
    public void TitlesNameTheGovernmentKinds(string title, TableKind kind) =>
        Assert.Equal(kind, GovernmentTableRecognizer.KindOfTitle(title));

    [Theory]
    [InlineData("2023年黑龙江省和省本级财政决算", "黑龙江省", GovernmentLevel.Province)]
    [InlineData("关于北京市2025年预算执行情况和2026年预算的报告", "北京市", GovernmentLevel.Province)]
    [InlineData("2024年度宁夏全区及区本级财政决算报表", "宁夏", GovernmentLevel.Province)]
    [InlineData("关于呼和浩特市2025年预算执行情况和2026年预算（草案）的报告", "呼和浩特市", GovernmentLevel.City)]
    [InlineData("2025年度和田地区政府决算公开", "和田地区", GovernmentLevel.City)]
    [InlineData("迪庆州2025年地方财政预算执行情况和2026年地方财政预算(草案)", "迪庆州", GovernmentLevel.City)]
    [InlineData("兴安盟2018年政府债务限额及余额决算情况表", "兴安盟", GovernmentLevel.City)]
    [InlineData("关于永和县2025年预算执行情况和2026年预算草案的报告", "永和县", GovernmentLevel.County)]
    // words before the name (meeting papers, 年末) and a province named after other words are not part of the name
    [InlineData("四次会议文件(三十九)关于天津市２０２５年预算执行情况", "天津市", GovernmentLevel.Province)]
    [InlineData("三次会议文件十三关于开封市2019年预算执行情况和", "开封市", GovernmentLevel.City)]
    [InlineData("2024年末昌都市地方政府债务限额及余额决算情况表", "昌都市", GovernmentLevel.City)]
    [InlineData("2026年省本级预算公开表黑龙江省财政厅编制", "黑龙江省", GovernmentLevel.Province)]
    public void TheGovernmentAndItsLevelComeFromTheTitle(string title, string name, GovernmentLevel level)
    {
        var found = GovernmentTableRecognizer.GovernmentName(title);
        Assert.NotNull(found);
        Assert.Equal(name, found!.Value.Name);
        Assert.Equal(level, found.Value.Level);
    }

    [Theory]
    [InlineData("2025年执行数", "收入执行情况表", Phase.Budget, Measure.Execution)]
    [InlineData("2026年预算数", "收入预算表", Phase.Budget, Measure.Budget)]
    [InlineData("2025年调整预算数", "收入执行情况表", Phase.Budget, Measure.AdjustedBudget)]
    [InlineData("决算数", "收入决算表", Phase.Final, Measure.Final)]
    [InlineData("上年决算数", "收入决算表", Phase.Final, Measure.PriorYear)]
    [InlineData("为预算%", "收入执行情况表", Phase.Budget, Measure.PercentOfBudget)]
    [InlineData("执行数为调整预算数的", "收入执行情况表", Phase.Budget, Measure.PercentOfBudget)]
    [InlineData("比上年增长%", "收入执行情况表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("决算数为上年决算数的%", "收入决算表", Phase.Final, Measure.GrowthPercent)]
    [InlineData("2025年债务限额/一般债务", "债务限额和余额情况表", Phase.Budget, Measure.Budget)]
    // a column naming a region or a fund holds the figures the title names
    [InlineData("黄江", "转移支付分地区预算表", Phase.Budget, Measure.Budget)]
    [InlineData("企业职工基本养老保险基金", "社会保险基金收入决算表", Phase.Final, Measure.Final)]
    [InlineData("期限（年）", "债券发行情况表", Phase.Budget, Measure.Other)]
    public void HeadersMapToGovernmentMeasures(string label, string title, Phase phase, Measure measure) =>
        Assert.Equal(measure, GovernmentHeaderReader.MeasureOf(label, title, phase, Array.Empty<string>()));

    [Fact]
    public void AColumnOfUnexplainedPercentagesIsNotAFigure() =>
        Assert.Equal(Measure.Other, GovernmentHeaderReader.MeasureOf("黄江", "分地区表", Phase.Budget, new[] { "5.2%", "6.1%" }));

    [Theory]
    [InlineData("市本级", true)]
    [InlineData("黄埔区", true)]
    [InlineData("和田县", true)]
    [InlineData("全市", false)]
    [InlineData("合计", false)]
    [InlineData("税收收入", false)]
    [InlineData("其中：市区", false)]
    public void RegionNames(string name, bool region) => Assert.Equal(region, GovernmentRowReader.IsRegionName(name));
}
