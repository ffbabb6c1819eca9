namespace Extractor.Vocabulary;

/// <summary>The amount units printed above tables (单位：万元) or in prose (118 万), and their factor to yuan: the one table every stage uses.</summary>
public static class AmountUnits
{
    public const string Yuan = "元", TenThousand = "万元", Thousand = "千元", HundredMillion = "亿元";

    static readonly (string Unit, decimal Factor)[] Factors =
    {
        (HundredMillion, 100_000_000m), ("百万元", 1_000_000m), (TenThousand, 10_000m), (Thousand, 1_000m), ("百元", 100m), (Yuan, 1m), ("万", 10_000m), ("亿", 100_000_000m),
    };

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
