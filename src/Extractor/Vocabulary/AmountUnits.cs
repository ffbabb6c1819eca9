namespace Extractor.Vocabulary;

/// <summary>The amount units printed above tables (单位：万元) or in prose (118 万), and their factor to yuan: the one table every stage uses.</summary>
public static class AmountUnits
{
    public const string Yuan = "元", TenThousand = "万元", Thousand = "千元", HundredMillion = "亿元";

    /// <summary>The word that introduces a unit (单位：万元, 人数（单位：人）).</summary>
    const string UnitWord = "单位";

    /// <summary>The unit of a percentage: a ratio column's amounts (为预算%, 增长率) carry it, never a yuan value.</summary>
    public const string Percent = "%";

    static readonly (string Unit, decimal Factor)[] Factors =
    {
        (HundredMillion, 100_000_000m), ("百万元", 1_000_000m), (TenThousand, 10_000m), (Thousand, 1_000m), ("百元", 100m), (Yuan, 1m), ("万", 10_000m), ("亿", 100_000_000m),
    };

    /// <summary>
    /// Units a column header prints in brackets that are not money (债务平均年限（年）, 评价分数（分）, 人数（人）): the
    /// column's amounts carry that unit and no yuan value, and no sum adds them. A percent is a ratio (FacetWords.Ratio).
    /// </summary>
    public static readonly string[] NotMoney = { "年", "月", "天", "日", "个", "人", "次", "倍", "分", "户", "家", "项", "所", "岁", "平方米", "公里", "亩" };

    /// <summary>
    /// The unit a column's header prints, at any level of the header path (levels joined with '/'; the deepest printing
    /// one wins): in brackets, full- or half-width, at the end of a level (发行量（亿元）, 利率（%）, 债务平均年限（年）,
    /// 预算数（单位：万元）), as a unit line in a header cell (单位：万元), or alone as a level (预算数/万元). A money unit of <see cref="Factors"/>,
    /// <see cref="Percent"/> or one of <see cref="NotMoney"/>; null when the header prints none.
    /// </summary>
    public static string? InHeader(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        foreach (var level in label.Split('/').Reverse())
        {
            var t = PrintedText.Compact(level); // （亿元） folded to (亿元)
            if (CaptionPatterns.AmountUnitPart().Match(t) is { Success: true } line) return line.Groups[1].Value;
            if (t == Percent || (t.EndsWith(Yuan) && Factors.Any(f => f.Unit == t))) return t; // a level printing the unit alone (预算数/万元)
            if (!t.EndsWith(')')) continue;
            var open = t.LastIndexOf('(');
            if (open < 0) continue;
            var unit = t[(open + 1)..^1];
            if (CaptionPatterns.AmountUnitPart().Match(unit) is { Success: true } inner) unit = inner.Groups[1].Value; // (单位:万)
            else if (unit.StartsWith(UnitWord, StringComparison.Ordinal)) unit = unit[UnitWord.Length..].TrimStart(':'); // (单位:人)
            if (unit == Percent || NotMoney.Contains(unit) || Factors.Any(f => f.Unit == unit)) return unit;
        }
        return null;
    }

    /// <summary>True when a unit is one of <see cref="NotMoney"/> (an amount read under a count, a duration, a score).</summary>
    public static bool IsNotMoney(string? unit) => unit is not null && NotMoney.Contains(unit);

    /// <summary>The unit named in a text such as "单位：万元" or "金额单位: 元", or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Replace(" ", "").Replace("\u3000", "");
        foreach (var (unit, _) in Factors)
            if (t.Contains(unit)) return unit;
        return null;
    }

    /// <summary>Factor from the printed unit to yuan; null when the unit is unknown.</summary>
    public static decimal? FactorToYuan(string? unit)
    {
        var u = Find(unit);
        if (u is null) return null;
        foreach (var (name, factor) in Factors)
            if (name == u) return factor;
        return null;
    }

    /// <summary>The value in yuan, exact; null when the value or the unit is unknown.</summary>
    public static decimal? ToYuan(decimal? value, string? unit) =>
        value is { } v && FactorToYuan(unit) is { } f ? v * f : null;
}
