using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Normalization;

public class AmountUnitTests
{
    [Theory]
    [InlineData("单位：万元", "259.10", "2591000.00")]
    [InlineData("单位：元", "1234.56", "1234.56")]
    [InlineData("金额单位：千元", "12.5", "12500.0")]
    [InlineData("单位: 亿元", "1.23", "123000000.00")]
    public void AmountsConvertExactlyToYuan(string unitLine, string printed, string yuan)
    {
        var unit = AmountUnits.Find(unitLine);
        var value = NumberParser.Parse(printed)!.Value;
        Assert.Equal(decimal.Parse(yuan), AmountUnits.ToYuan(value, unit));
        Assert.Equal(yuan, AmountUnits.ToYuan(value, unit)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void UnknownUnitGivesNoYuan() => Assert.Null(AmountUnits.ToYuan(1m, "单位：台"));

    [Fact]
    public void BlankGivesNoYuan() => Assert.Null(AmountUnits.ToYuan(null, "万元"));
}
