namespace Extractor.Compare;

/// <summary>The key figures of one document, in yuan, for comparing units. Null means "not stated", never zero.</summary>
public sealed record UnitMetrics
{
    public decimal? RevenueTotal { get; init; }
    public decimal? ExpenditureTotal { get; init; }
    public decimal? Basic { get; init; }
    public decimal? Project { get; init; }
    public decimal? Personnel { get; init; }
    public decimal? Public { get; init; }
    public decimal? ThreePublic { get; init; }
    public decimal? Outbound { get; init; }
    public decimal? Reception { get; init; }
    public decimal? Vehicles { get; init; }
    public decimal? VehiclePurchase { get; init; }
    public decimal? VehicleOperation { get; init; }
    /// <summary>机关运行经费, from the narrative.</summary>
    public decimal? OperatingCosts { get; init; }
    public int? StaffAuthorized { get; init; }
    /// <summary>实有人数 (or 在职 when 实有 is not stated).</summary>
    public int? Staff { get; init; }
    /// <summary>Total expenditure per staff member.</summary>
    public decimal? CostPerStaff { get; init; }
    /// <summary>Year-on-year changes stated in the narrative (yuan, signed) and percentages as printed.</summary>
    public decimal? RevenueChange { get; init; }
    public decimal? RevenueChangePercent { get; init; }
    public decimal? ExpenditureChange { get; init; }
    public decimal? ExpenditureChangePercent { get; init; }
    public decimal? ThreePublicChange { get; init; }
    public decimal? OperatingCostsChange { get; init; }
    public decimal? OperatingCostsChangePercent { get; init; }
    /// <summary>Metrics no table gave, taken from the amounts the narrative states (revenue_total, three_public …).</summary>
    public IReadOnlyList<string> FromNarrative { get; init; } = Array.Empty<string>();
    /// <summary>Spending by function 类 (level-1 rows of the expenditure table).</summary>
    public IReadOnlyList<FunctionShare> FunctionShares { get; init; } = Array.Empty<FunctionShare>();
}

/// <summary>One function 类's spending in a unit and its share of the unit's spending across 类.</summary>
public sealed record FunctionShare(string Code, string? Name, decimal AmountYuan, decimal Share, string TableKind);
