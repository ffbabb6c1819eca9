namespace Extractor.Normalization;

/// <summary>Tolerances used while normalizing (not for checks).</summary>
public static class NormalizationSettings
{
    /// <summary>How far the 项 printed as two digits may add up beyond their 款 and still be taken as its 项 (printed unit).</summary>
    public const decimal SumTolerance = 0.05m;

    /// <summary>Share of a column's non-empty data cells that must read as numbers for it to be an amount column.</summary>
    public const double AmountColumnShare = 0.6;
}
