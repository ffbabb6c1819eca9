using System.Globalization;
using System.Text;

namespace Extractor.Sources.Spreadsheet;

/// <summary>
/// Prints a number the way a spreadsheet cell's number format shows it, for the formats budget workbooks use:
/// General, 0, 0.00, #,##0.00, percentages, literal prefixes and suffixes, _x padding, [Red] colours and the
/// positive;negative;zero sections. Dates and formats it does not understand fall back to the plain number.
/// </summary>
public static class ExcelNumberFormatter
{
    public static string Format(decimal value, string? format)
    {
        if (string.IsNullOrWhiteSpace(format) || format.Equals("General", StringComparison.OrdinalIgnoreCase) || format == "@")
            return General(value);

        var sections = SplitSections(format);
        string section;
        var useAbsolute = false;
        if (value < 0 && sections.Count >= 2) { section = sections[1]; useAbsolute = true; }
        else if (value == 0 && sections.Count >= 3) section = sections[2];
        else section = sections[0];

        var (prefix, pattern, suffix) = Parse(section);
        if (pattern.Length == 0 && (prefix + suffix).Any(ch => "yYmMdDhHsS".Contains(ch))) return General(value);
        if (pattern.Length == 0)
            return (prefix + suffix).Trim().Length > 0 ? (prefix + suffix).Trim() : General(value);
        if (pattern.Any(ch => "ymdhs".Contains(char.ToLowerInvariant(ch)))) return General(value);

        var number = useAbsolute ? Math.Abs(value) : value;
        var percent = (prefix + pattern + suffix).Contains('%');
        if (percent) number *= 100;
        var dot = pattern.IndexOf('.');
        var decimals = dot < 0 ? 0 : pattern[(dot + 1)..].Count(ch => ch is '0' or '#' or '?');
        var minDecimals = dot < 0 ? 0 : pattern[(dot + 1)..].Count(ch => ch == '0');
        var grouping = (dot < 0 ? pattern : pattern[..dot]).Contains(',');
        var scaled = (dot < 0 ? pattern : pattern[..dot]).TrimEnd().EndsWith(',');

        var rounded = Math.Round(number, decimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString((grouping && !scaled ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', minDecimals) + new string('#', decimals - minDecimals) : ""),
            CultureInfo.InvariantCulture);
        return (prefix + text + suffix).Trim();
    }

    /// <summary>Excel's General: up to 11 significant digits, no trailing zeros.</summary>
    public static string General(decimal value)
    {
        var d = value;
        var digits = d == 0 ? 1 : (int)Math.Floor(Math.Log10((double)Math.Abs(d))) + 1;
        var decimals = Math.Clamp(11 - Math.Max(digits, 1), 0, 10);
        return Math.Round(d, decimals, MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture);
    }

    static List<string> SplitSections(string format)
    {
        var parts = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '"') quoted = !quoted;
            if (c == '\\' && i + 1 < format.Length) { sb.Append(c).Append(format[++i]); continue; }
            if (c == ';' && !quoted) { parts.Add(sb.ToString()); sb.Clear(); continue; }
            sb.Append(c);
        }
        parts.Add(sb.ToString());
        return parts;
    }

    /// <summary>Splits a section into literal prefix, digit pattern and literal suffix.</summary>
    static (string Prefix, string Pattern, string Suffix) Parse(string section)
    {
        var prefix = new StringBuilder();
        var pattern = new StringBuilder();
        var suffix = new StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            var target = pattern.Length == 0 ? prefix : suffix;
            switch (c)
            {
                case '[':
                    var close = section.IndexOf(']', i);
                    if (close < 0) return (prefix.ToString(), pattern.ToString(), suffix.ToString());
                    var inner = section[(i + 1)..close];
                    if (inner.StartsWith('$')) target.Append(inner[1..].Split('-')[0]); // currency [$¥-804]
                    i = close;
                    break;
                case '"':
                    var end = section.IndexOf('"', i + 1);
                    if (end < 0) end = section.Length;
                    target.Append(section[(i + 1)..end]);
                    i = end;
                    break;
                case '\\':
                    if (i + 1 < section.Length) target.Append(section[++i]);
                    break;
                case '_':
                    i++; // padding as wide as the next character
                    target.Append(' ');
                    break;
                case '*':
                    i++; // fill character
                    break;
                case '0' or '#' or '?' or '.' or ',':
                    if (suffix.Length > 0 && c is ',' or '.') { suffix.Append(c); break; }
                    if (suffix.Length > 0) { pattern.Append(suffix); suffix.Clear(); }
                    pattern.Append(c);
                    break;
                case 'E' or 'e' when pattern.Length > 0:
                    pattern.Append(c);
                    break;
                default:
                    target.Append(c);
                    break;
            }
        }
        return (prefix.ToString(), pattern.ToString(), suffix.ToString());
    }
}
