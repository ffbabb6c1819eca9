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

    [Theory]
    [InlineData("120258,600", "120258600")]
    [InlineData("128138,600", "128138600")]
    [InlineData("6,400", "6400")]
    [InlineData("1234,567.25", "1234567.25")]
    [InlineData("－120258，600", "-120258600")]
    [InlineData("(7880,000)", "-7880000")]
    public void IrregularGroupingIsReadWhenOnlyTheLeadingGroupRunsLong(string printed, string expected) =>
        Assert.Equal(expected, NumberParser.Parse(printed)!.Value!.Value.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void SeparatorsAtTheLowestThousandsBoundariesReadTheSameValue()
    {
        Gen.Select(Gen.Long[-999_999_999_999L, 999_999_999_999L], Gen.Byte[0, 3], Gen.Int[0, int.MaxValue]).Sample((units, scale, mask) =>
        {
            var magnitude = (ulong)Math.Abs(units);
            var value = new decimal((int)(magnitude & 0xFFFFFFFF), (int)(magnitude >> 32), 0, units < 0, scale);
            var printed = GroupSome(value.ToString("F" + scale, CultureInfo.InvariantCulture), mask);
            return NumberParser.Parse(printed)?.Value is { } v
                && v.ToString(CultureInfo.InvariantCulture) == value.ToString(CultureInfo.InvariantCulture);
        });
    }

    [Fact]
    public void ASeparatorNotFollowedByExactlyThreeDigitsIsNeverANumber()
    {
        // digits, one comma placed so that the digits after it (to the point or the end) are not three
        Gen.Select(Gen.Long[1, 999_999_999_999L], Gen.Int[1, 11], Gen.Bool).Sample((n, at, fraction) =>
        {
            var digits = n.ToString(CultureInfo.InvariantCulture);
            if (at >= digits.Length || digits.Length - at == 3) return true;
            var printed = digits[..at] + "," + digits[at..] + (fraction ? ".50" : "");
            return NumberParser.Parse(printed) is null;
        });
    }

    /// <summary>The plain number with a separator at its lowest (mask modulo their count + 1) thousands boundaries.</summary>
    static string GroupSome(string plain, int mask)
    {
        var sign = plain.StartsWith('-') ? "-" : "";
        var body = sign.Length > 0 ? plain[1..] : plain;
        var point = body.IndexOf('.');
        var integer = point < 0 ? body : body[..point];
        var rest = point < 0 ? "" : body[point..];
        var sb = new StringBuilder();
        for (var i = 0; i < integer.Length; i++)
        {
            var fromRight = integer.Length - i;
            if (i > 0 && fromRight % 3 == 0 && fromRight / 3 <= mask % ((integer.Length - 1) / 3 + 1)) sb.Append(',');
            sb.Append(integer[i]);
        }
        return sign + sb + rest;
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
    [InlineData("1,23")]
    [InlineData("12,3456")]
    [InlineData("120258,60")]
    [InlineData("1,234567.00")]
    [InlineData("25,013398,469398,469")]
    [InlineData(",123")]
    [InlineData("123,")]
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

    [Theory]
    [InlineData("1,234.56", true)]
    [InlineData("１２３．４", true)]
    [InlineData("-3.5", true)]
    [InlineData("(3.5)", true)]
    [InlineData("1,23", true)] // printed like an amount though it reads as none: an unread cell, not a label
    [InlineData("12.5%", false)] // a ratio
    [InlineData("2025年", false)]
    [InlineData("1-12", false)]
    [InlineData("—", false)]
    [InlineData("", false)]
    public void AnAmountIsTextPrintedLikeANumberWithoutPercent(string text, bool amount)
    {
        Assert.Equal(amount, NumberParser.LooksLikeAmount(text));
        Assert.True(!amount || NumberParser.LooksNumeric(text));
    }

    [Theory]
    [InlineData("入 70656", "70656")]
    [InlineData("助 4.82", "4.82")]
    [InlineData("收入 1,234", "1234")]
    [InlineData("入70656", null)]        // no space: not a name's tail
    [InlineData("转移支付 100", null)]    // more than a name's last characters
    [InlineData("入 第3页", null)]
    [InlineData("70656", null)]          // a plain number is read by Parse, not here
    public void AWrappedNamesTailBeforeAnAmountLeavesTheAmountReadable(string text, string? expected)
    {
        var parsed = NumberParser.AfterNameTail(text);
        Assert.Equal(expected, parsed?.Value?.ToString(CultureInfo.InvariantCulture));
        if (parsed is not null) Assert.Equal(text, parsed.Printed);
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
