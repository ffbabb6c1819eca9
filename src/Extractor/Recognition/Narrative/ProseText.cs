using System.Globalization;
using System.Text;

namespace Extractor.Recognition.Narrative;

/// <summary>
/// Text helpers for prose: a one-to-one folding of full-width characters (so a match in the folded text cuts the
/// same span out of the printed text), and number parsing for printed amounts.
/// </summary>
public static class ProseText
{
    /// <summary>Folds full-width digits, letters and punctuation to ASCII, one character for one character.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch >= '！' && ch <= '～') sb.Append((char)(ch - 0xFEE0));
            else if (ch == '\u3000') sb.Append(' ');
            else if (ch == '．') sb.Append('.');
            else sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Folded, with every kind of white space removed: the form labels and headings are compared in.</summary>
    public static string Compact(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
            if (!char.IsWhiteSpace(ch)) sb.Append(ch);
        return sb.ToString();
    }

    /// <summary>Parses a printed number ("1,234.56", "１１８", "-3.5"); null when it is not one.</summary>
    public static decimal? ParseNumber(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var s = Compact(printed).Replace(",", "");
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d : null;
    }
}
