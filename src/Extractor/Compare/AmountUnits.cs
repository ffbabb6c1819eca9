namespace Extractor.Compare;

/// <summary>Yuan per printed unit, for converting changes stated in prose.</summary>
public static class AmountUnits
{
    static readonly Dictionary<string, decimal> YuanPer = new()
    {
        ["元"] = 1m, ["千元"] = 1_000m, ["万元"] = 10_000m, ["百万元"] = 1_000_000m, ["亿元"] = 100_000_000m,
    };

    public static decimal? ToYuan(decimal? value, string? unit) =>
        value is { } v && unit != null && YuanPer.TryGetValue(unit.Trim(), out var f) ? v * f : null;
}
