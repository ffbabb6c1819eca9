using System.Globalization;
using System.Text;
using CsCheck;
using Extractor.Normalization;

namespace Extractor.Tests.Normalization;

public class NumberParserTests
{
    [Theory]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("1234.56", "1234.56")]
    [InlineData("259.10", "259.10")]
    [InlineData("１，２３４．５０", "1234.50")]
    [InlineData("-12.3", "-12.3")]
    [InlineData("－12.3", "-12.3")]
    [InlineData("(12.3)", "-12.3")]
    [InlineData("（12.3）", "-12.3")]
    [InlineData("1 234.56", "1234.56")]
    [InlineData("1\u2009234.56", "1234.56")]
    [InlineData("0", "0")]
    [InlineData("0.00", "0.00")]
    [InlineData("12,345,678", "12345678")]
    public void PrintedAmountsReadAsTheDecimalPrinted(string printed, string expected)
    {
        var parsed = NumberParser.Parse(printed);
        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed!.Value!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(printed, parsed.Printed);
    }

    [Fact]
    public void ScaleIsKeptAsPrinted() => Assert.Equal("259.10", NumberParser.Parse("259.10")!.Value!.Value.ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankIsBlankNotZero(string printed)
    {
        var parsed = NumberParser.Parse(printed)!;
        Assert.Null(parsed.Value);
        Assert.False(parsed.IsDash);
        Assert.True(parsed.IsBlank);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("－")]
    [InlineData("——")]
    public void DashIsADashWithoutValue(string printed)
    {
        var parsed = NumberParser.Parse(printed)!;
        Assert.True(parsed.IsDash);
        Assert.Null(parsed.Value);
        Assert.False(parsed.IsBlank);
    }

    [Fact]
    public void ZeroIsAValueDistinctFromBlank()
    {
        Assert.Equal(0m, NumberParser.Parse("0.00")!.Value);
        Assert.True(NumberParser.Parse("")!.IsBlank);
        Assert.False(NumberParser.Parse("0")!.IsBlank);
    }

    [Theory]
    [InlineData("合计")]
    [InlineData("1,23,4")]
    [InlineData("12.3.4")]
    [InlineData("2025年")]
    public void TextIsNotANumber(string printed) => Assert.Null(NumberParser.Parse(printed));

    [Fact]
    public void PercentIsReadWithItsFlag()
    {
        var parsed = NumberParser.Parse("-11.20%")!;
        Assert.Equal(-11.20m, parsed.Value);
        Assert.True(parsed.IsPercent);
    }

    [Fact]
    public void AnyDecimalFormattedWithSeparatorsOrFullWidthParsesBack()
    {
        Gen.Select(Gen.Long[-999_999_999_999L, 999_999_999_999L], Gen.Byte[0, 4], Gen.Bool).Sample((units, scale, fullWidth) =>
        {
            var magnitude = (ulong)Math.Abs(units);
            var value = new decimal((int)(magnitude & 0xFFFFFFFF), (int)(magnitude >> 32), 0, units < 0, scale);
            var printed = value.ToString("N" + scale, CultureInfo.InvariantCulture);
            if (fullWidth) printed = ToFullWidth(printed);
            var parsed = NumberParser.Parse(printed);
            return parsed?.Value is { } v && v == value
                && v.ToString(CultureInfo.InvariantCulture) == value.ToString(CultureInfo.InvariantCulture);
        });
    }

    static string ToFullWidth(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s)
            sb.Append(ch switch
            {
                >= '0' and <= '9' => (char)('０' + (ch - '0')),
                ',' => '，',
                '.' => '．',
                '-' => '－',
                _ => ch,
            });
        return sb.ToString();
    }
}
