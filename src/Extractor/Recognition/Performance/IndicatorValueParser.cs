using System.Text.RegularExpressions;
using Extractor.Recognition.Narrative;

namespace Extractor.Recognition.Performance;

/// <summary>A parsed indicator value: comparator, number and unit ("≤86.366万元" → ≤, 86.366, 万元).</summary>
public sealed record IndicatorValue(string? Comparator, decimal? Value, string? Unit);

/// <summary>Parses indicator values printed as symbols (≤ ≥ = &lt; &gt; ＜ ＞ ≦ ≧) or words (不低于, 不超过, 达到 …).</summary>
public static class IndicatorValueParser
{
    /// <summary>Printed comparator forms → canonical comparator (longest forms first).</summary>
    public static readonly IReadOnlyList<(string Printed, string Canonical)> Comparators = new[]
    {
        ("大于等于", "≥"), ("小于等于", "≤"), ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"), ("至少", "≥"),
        ("不高于", "≤"), ("不超过", "≤"), ("不多于", "≤"), ("不大于", "≤"), ("控制在", "≤"),
        (">=", "≥"), ("<=", "≤"), ("≥", "≥"), ("≤", "≤"), ("≧", "≥"), ("≦", "≤"), ("⩾", "≥"), ("⩽", "≤"),
        ("达到", "="), ("等于", "="), ("=", "="), ("大于", ">"), ("高于", ">"), ("超过", ">"), (">", ">"),
        ("小于", "<"), ("低于", "<"), ("<", "<"),
    };

    static readonly Regex NumberThenUnit = new(@"^(?<num>[+-]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(?<unit>.{0,12})$");

    public static IndicatorValue Parse(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return new(null, null, null);
        var s = PrintedText.Compact(printed);
        string? comparator = null;
        foreach (var (form, canonical) in Comparators)
            if (s.StartsWith(form, StringComparison.Ordinal)) { comparator = canonical; s = s[form.Length..]; break; }
        var m = NumberThenUnit.Match(s);
        if (!m.Success) return new(comparator, null, null);
        var unit = m.Groups["unit"].Value.Trim();
        if (unit.StartsWith("以上") || unit.StartsWith("以下")) unit = "";
        unit = unit.Replace("以上", "").Replace("以下", "").Replace("以内", "");
        return new(comparator, ProseText.ParseNumber(m.Groups["num"].Value), unit.Length == 0 ? null : unit);
    }

    /// <summary>A comparator alone ("≥", "不低于", "正向"?): the 指标性质 column of split tables; null when none.</summary>
    public static string? ParseComparator(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var s = PrintedText.Compact(printed);
        foreach (var (form, canonical) in Comparators)
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
