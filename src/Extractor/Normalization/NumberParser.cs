using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Normalization;

/// <summary>What a cell printed, read as a number: a value, a dash, a blank, or not a number at all.</summary>
public sealed record ParsedNumber(string Printed, decimal? Value, bool IsDash, bool IsPercent = false)
{
    public bool IsBlank => Value is null && !IsDash;
}

/// <summary>
/// Reads printed amounts as System.Decimal, keeping the printed scale (259.10 stays 259.10). Accepts thousands
/// separators (half- and full-width), full-width digits, spaces inside a number, leading minus (-, －, −) and
/// accounting parentheses for negatives; "-", "—", "－", "——" are dashes; blank is blank, never zero.
/// Irregular grouping is read when its digits are unambiguous: every printed separator sits at a thousands boundary
/// counted from the decimal point (groups after the first are whole multiples of three digits), only some boundaries
/// lack one (120258,600 is 120,258,600; 1,234567.00 is 1,234,567.00). A group of another length (1,23 or 12,3456) may
/// be a decimal comma or two numbers run together and is not a number.
/// </summary>
public static class NumberParser
{
    static readonly Regex Plain = new(@"^-?\d+(\.\d+)?$", RegexOptions.Compiled);
    static readonly Regex Grouped = new(@"^-?\d+(,(\d{3})+)+(\.\d+)?$", RegexOptions.Compiled);
    static readonly Regex LeadingDot = new(@"^-?\.\d+$", RegexOptions.Compiled);

    /// <summary>The parsed number, or null when the text is not a number (a label, a code with letters...).</summary>
    public static ParsedNumber? Parse(string? text)
    {
        var printed = (text ?? "").Trim();
        if (IsBlankText(printed)) return new ParsedNumber(printed, null, false);
        if (NumberSettings.Dashes.Contains(printed)) return new ParsedNumber(printed, null, true);

        var s = Canonical(printed);
        var negative = false;
        if (s.Length > 2 && s[0] == '(' && s[^1] == ')') { negative = true; s = s[1..^1]; }
        var percent = false;
        if (s.EndsWith('%')) { percent = true; s = s[..^1]; }
        if (s.StartsWith('+')) s = s[1..];
        if (!(Plain.IsMatch(s) || Grouped.IsMatch(s) || LeadingDot.IsMatch(s))) return null;
        if (negative && s.StartsWith('-')) return null;
        var value = decimal.Parse(s.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (negative) value = -value;
        return new ParsedNumber(printed, value, false, percent);
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
            if (ch >= '０' && ch <= '９') { sb.Append((char)('0' + (ch - '０'))); continue; }
            sb.Append(ch switch
            {
                '．' => '.',
                '，' => ',',
                '－' or '−' or '–' or '‐' => '-',
                '（' => '(',
                '）' => ')',
                '％' => '%',
                '＋' => '+',
                _ => ch,
            });
        }
        return sb.ToString();
    }
}
