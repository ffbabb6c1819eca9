namespace Extractor.Vocabulary;

/// <summary>The amount units printed above tables (单位：万元) or in prose (118 万), and their factor to yuan: the one table every stage uses.</summary>
public static class AmountUnits
{
    public const string Yuan = "元", TenThousand = "万元", Thousand = "千元", HundredMillion = "亿元";

    static readonly (string Unit, decimal Factor)[] Factors =
    {
        (HundredMillion, 100_000_000m), ("百万元", 1_000_000m), (TenThousand, 10_000m), (Thousand, 1_000m), ("百元", 100m), (Yuan, 1m), ("万", 10_000m), ("亿", 100_000_000m),
    };

    /// <summary>
    /// Units a column header prints in brackets that are not money (债务平均年限（年）, 评价分数（分）, 人数（人）): the
    /// column's amounts carry that unit and no yuan value, and no sum adds them. A percent is a ratio (FacetWords.Ratio).
    /// </summary>
    public static readonly string[] NotMoney = { "年", "月", "天", "日", "个", "人", "次", "倍", "分", "户", "家", "项", "所", "岁", "平方米", "公里", "亩" };

    /// <summary>The non-money unit a column label prints in brackets at the end of one of its header levels (…（年）), or null.</summary>
    public static string? NotMoneyIn(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        foreach (var level in label.Split('/'))
        {
            var t = PrintedText.Compact(level); // （年） folded to (年)
            if (!t.EndsWith(')')) continue;
            var open = t.LastIndexOf('(');
            if (open < 0) continue;
            var unit = t[(open + 1)..^1];
            if (NotMoney.Contains(unit)) return unit;
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
