using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Normalization;

public class RevenueHeaderVariantTests
{
    [Theory]
    [InlineData("本级财政拨款/金额", Measure.Appropriation)]
    [InlineData("本级财政拨款", Measure.Appropriation)]
    [InlineData("其它收入", Measure.OtherIncome)]
    [InlineData("事业单位经营服务收入", Measure.OperatingIncome)]
    [InlineData("本级财政拨款/其中:经费拨款", Measure.Other)]
    public void ChangshaRevenueHeadersMapOntoMeasures(string label, Measure measure) =>
        Assert.Equal(measure, HeaderCatalog.MeasureOf(label));

    [Theory]
    [InlineData("部门预算/对附属单位上缴收入", Measure.SubsidiaryIncome)]
    [InlineData("本年收入/财政专户管理资金", Measure.SpecialAccount)]
    public void XianAndHuzhouRevenueHeadersMapOntoMeasures(string label, Measure measure) =>
        Assert.Equal(measure, HeaderCatalog.MeasureOf(label));
}
