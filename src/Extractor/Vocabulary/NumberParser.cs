using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>What a cell printed, read as a number: a value, a dash, a blank, or not a number at all.</summary>
public sealed record ParsedNumber(string Printed, decimal? Value, bool IsDash, bool IsPercent = false)
{
    public bool IsBlank => Value is null && !IsDash;
}

/// <summary>
/// The one reader of printed numbers, in table cells and in prose alike (every stage reaches it, as it reaches
/// <see cref="PrintedText"/>). Reads printed amounts as System.Decimal, keeping the printed scale (259.10 stays 259.10). Accepts thousands
/// separators (half- and full-width), full-width digits, spaces inside a number, leading minus (-, －, −) and
/// accounting parentheses for negatives; "-", "—", "－", "——" are dashes; blank is blank, never zero.
/// Irregular grouping is read when its digits are unambiguous: every group after the first has three digits, only the
/// leading group runs long (120258,600 is 120,258,600). A later group of another length (1,23, 12,3456, or
/// 25,013398,469398,469: amounts stacked in one cell and run together) may be a decimal comma or several numbers and
/// is not a number.
/// </summary>
public static class NumberParser
{
    static readonly Regex Plain = new(@"^-?\d+(\.\d+)?$", RegexOptions.Compiled);
    static readonly Regex Grouped = new(@"^-?\d+(,\d{3})+(\.\d+)?$", RegexOptions.Compiled);
    static readonly Regex LeadingDot = new(@"^-?\.\d+$", RegexOptions.Compiled);

    /// <summary>The parsed number, or null when the text is not a number (a label, a code with letters...).</summary>
    public static ParsedNumber? Parse(string? text)
    {
        var printed = (text ?? "").Trim();
        if (IsBlankText(printed)) return new ParsedNumber(printed, null, false);
        if (NumberWords.Dashes.Contains(printed)) return new ParsedNumber(printed, null, true);

        var s = Canonical(printed);
        var negative = false;
        if (s.Length > 2 && s[0] == '(' && s[^1] == ')') { negative = true; s = s[1..^1]; }
        var percent = false;
        if (s.EndsWith('%')) { percent = true; s = s[..^1]; }
        if (s.StartsWith('+')) s = s[1..];
        if (!(Plain.IsMatch(s) || Grouped.IsMatch(s) || LeadingDot.IsMatch(s))) return null;
        if (negative && s.StartsWith('-')) return null;
        // digits past what a decimal holds (a run of figures, a damaged cell) are no number, never a crash
        if (!decimal.TryParse(s.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        if (negative) value = -value;
        return new ParsedNumber(printed, value, false, percent);
    }

    /// <summary>
    /// Printed like an amount: runs of digits joined by group separators, points or spaces, with an optional sign or
    /// accounting parentheses and percent sign, whether or not it reads as a number ("1,23", "12.3.4"
    /// look numeric; "1.", "1-12", "第3页", "2025年" do not). Spaces inside are ignored, as when reading.
    /// </summary>
    public static bool LooksNumeric(string? text) => text is not null && NumberShape.IsMatch(Canonical(text));

    /// <summary>Printed like an amount: <see cref="LooksNumeric"/> without a percent sign (a ratio is no amount). The
    /// shape test of layout and recognition (is this segment or cell a figure?), which read no value.</summary>
    public static bool LooksLikeAmount(string? text) =>
        text is not null && NumberShape.Match(Canonical(text)) is { Success: true } m && !m.Groups["percent"].Success;

    static readonly Regex NumberShape = new(@"^[-+]?\(?[0-9]+([,.][0-9]+)*\)?(?<percent>%)?$", RegexOptions.Compiled);

    /// <summary>The value the text reads as (1,234.56, １１８, -3.5, (3.5)), or null for a blank, a dash or no number.</summary>
    public static decimal? ValueOf(string? text) => Parse(text)?.Value;

    /// <summary>Half a unit of a figure's last printed digit (12.30 → 0.005): the rounding a printed figure carries.</summary>
    public static decimal HalfLastDigit(decimal value) => DigitAt(value.Scale) / 2;

    /// <summary>One unit of the digit printed <paramref name="scale"/> places after the point (2 → 0.01).</summary>
    public static decimal DigitAt(int scale)
    {
        var unit = 1m;
        for (var i = 0; i < scale; i++) unit /= 10m;
        return unit;
    }

    /// <summary>The most decimals printed among figures (the finest printed digit), or null when no figure is printed.</summary>
    public static int? FinestScale(IEnumerable<decimal?> values)
    {
        int? finest = null;
        foreach (var v in values)
            if (v is { } d && (finest is null || d.Scale > finest)) finest = d.Scale;
        return finest;
    }

    /// <summary>
    /// A table cell printing the last characters of its row's wrapped name before its amount (…转移支付收 | 入 70656: the
    /// name's second line fell into the amount column): the amount after the characters, the cell's text kept as printed;
    /// null for any other text. One or two characters and a space, then a number: nothing else reads this way.
    /// </summary>
    public static ParsedNumber? AfterNameTail(string? text)
    {
        var printed = (text ?? "").Trim();
        var cut = printed.IndexOfAny(new[] { ' ', '\u3000', '\t' });
        if (cut is < 1 or > 2 || !printed[..cut].All(PrintedText.IsIdeograph)) return null;
        var rest = printed[cut..].Trim();
        return rest.Length > 0 && !rest.Any(char.IsWhiteSpace) && Parse(rest) is { Value: not null } number ? number with { Printed = printed } : null;
    }

    /// <summary>True when the text reads as a number with a value (not blank, not dash).</summary>
    public static bool IsNumber(string? text) => Parse(text) is { Value: not null };

    static bool IsBlankText(string s)
    {
        foreach (var ch in s)
            if (!char.IsWhiteSpace(ch) && ch != '\u200B' && ch != '\uFEFF') return false;
        return true;
    }

    /// <summary>Full-width to half-width, spaces removed, every minus sign to '-'.</summary>
    static string Canonical(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200B' || ch == '\uFEFF') continue; // thin/nbsp/ideographic spaces too
            var folded = PrintedText.FoldWidth(ch); // full-width digits, ．，－（）％＋ to ASCII
            sb.Append(folded is '−' or '–' or '‐' ? '-' : folded);
        }
        return sb.ToString();
    }
}
