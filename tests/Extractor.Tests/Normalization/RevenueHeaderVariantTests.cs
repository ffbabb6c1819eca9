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
    public void ChangshaRevenueHeadersMapOntoMeasures(string label, string measure) =>
        Assert.Equal(measure, HeaderCatalog.MeasureOf(label));
}
