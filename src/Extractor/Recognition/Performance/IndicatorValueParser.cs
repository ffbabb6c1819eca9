using System.Text.RegularExpressions;
using Extractor.Recognition.Narrative;

namespace Extractor.Recognition.Performance;

/// <summary>A parsed indicator value: comparator, number and unit ("≤86.366万元" → ≤, 86.366, 万元).</summary>
public sealed record IndicatorValue(string? Comparator, decimal? Value, string? Unit);

/// <summary>Parses indicator values printed as symbols (≤ ≥ = &lt; &gt; ＜ ＞ ≦ ≧) or words (不低于, 不超过, 达到 …).</summary>
public static class IndicatorValueParser
{
    static readonly Regex NumberThenUnit = new(@"^(?<num>[+-]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(?<unit>.{0,12})$");

    public static IndicatorValue Parse(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return new(null, null, null);
        var s = PrintedText.Compact(printed);
        string? comparator = null;
        foreach (var (form, canonical) in PerformanceLabels.Comparators)
            if (s.StartsWith(form, StringComparison.Ordinal)) { comparator = canonical; s = s[form.Length..]; break; }
        var m = NumberThenUnit.Match(s);
        if (!m.Success) return new(comparator, null, null);
        var unit = m.Groups["unit"].Value.Trim();
        if (PerformanceLabels.OpenBounds.Any(unit.StartsWith)) unit = "";
        unit = PerformanceLabels.Bounds.Aggregate(unit, (u, w) => u.Replace(w, ""));
        return new(comparator, NumberParser.ValueOf(m.Groups["num"].Value), unit.Length == 0 ? null : unit);
    }

    /// <summary>A comparator alone ("≥", "不低于", "正向"?): the 指标性质 column of split tables; null when none.</summary>
    public static string? ParseComparator(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var s = PrintedText.Compact(printed);
        foreach (var (form, canonical) in PerformanceLabels.Comparators)
            if (s.StartsWith(form, StringComparison.Ordinal)) return canonical;
        return null;
    }

    /// <summary>True when the text reads as an indicator value (a comparator or a number first).</summary>
    public static bool LooksLikeValue(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return false;
        var v = Parse(printed);
        return v.Value is not null || v.Comparator is not null && PrintedText.Compact(printed).Length <= 12;
    }
}
