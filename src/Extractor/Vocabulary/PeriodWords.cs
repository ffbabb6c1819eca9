using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Years and periods as printed (2025年, 2025 年度, 上年, 本年 …).</summary>
public static partial class PeriodWords
{
    /// <summary>A four-digit year 19xx/20xx followed by 年, e.g. 2025年, 2025 年度.</summary>
    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    public static partial Regex YearMention();

    /// <summary>The first year mentioned (2025年), or null.</summary>
    public static int? FirstYear(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = YearMention().Match(PrintedText.Compact(text));
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }
}
