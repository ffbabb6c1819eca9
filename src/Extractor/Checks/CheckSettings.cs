namespace Extractor.Checks;

/// <summary>Every tolerance the checks use, in one place.</summary>
public sealed record CheckSettings
{
    /// <summary>A sum may differ from its parts by this much per part, in the printed unit, and count as rounding (info).</summary>
    /// Amounts printed to fewer decimals (whole 元) are allowed one unit of their last printed digit per part instead.
    public decimal RoundingPerChild { get; init; } = 0.01m;
    /// <summary>A printed percentage change may differ from change ÷ prior year by this many percentage points.</summary>
    public decimal PercentTolerance { get; init; } = 0.1m;

    public static CheckSettings Default { get; } = new();
}
