namespace Extractor.Compare;

/// <summary>Units × key metrics, and each unit's spending shares by function 类.</summary>
public sealed class Comparison
{
    /// <summary>The documents-table columns compared, in output order (all yuan figures, counts and percentages).</summary>
    public static readonly string[] MetricColumns =
    {
        "revenue_total_yuan", "expenditure_total_yuan", "basic_yuan", "project_yuan", "personnel_yuan", "public_yuan",
        "three_public_yuan", "outbound_yuan", "reception_yuan", "vehicles_yuan", "vehicle_purchase_yuan", "vehicle_operation_yuan",
        "operating_costs_yuan", "staff_authorized", "staff", "cost_per_staff_yuan",
        "revenue_change_yuan", "revenue_change_percent", "expenditure_change_yuan", "expenditure_change_percent",
        "three_public_change_yuan", "operating_costs_change_yuan", "operating_costs_change_percent",
    };

    /// <summary>Identifying columns of each unit row.</summary>
    public static readonly string[] UnitColumns = { "document", "unit_name", "parent_department", "fiscal_year", "phase", "scope" };

    /// <summary>Completeness and finding counts carried for the report (not written to comparison.csv).</summary>
    public static readonly string[] CompletenessColumns =
    {
        "tables_expected", "tables_present", "tables_declared_empty", "tables_missing", "narrative_sections",
        "findings_error", "findings_warning", "findings_info", "pages", "tables",
    };

    public List<UnitComparison> Units { get; } = new();
    /// <summary>Function 类 seen in any unit, by code, with the first name printed for it.</summary>
    public SortedDictionary<string, string?> Classes { get; } = new(StringComparer.Ordinal);
}

public sealed class UnitComparison
{
    public string Document { get; init; } = "";
    public string? UnitName { get; init; }
    public string? ParentDepartment { get; init; }
    public int? FiscalYear { get; init; }
    public string? Phase { get; init; }
    public string? Scope { get; init; }
    /// <summary>Metric column → value (null: not stated).</summary>
    public Dictionary<string, decimal?> Metrics { get; } = new();
    /// <summary>Completeness column → count.</summary>
    public Dictionary<string, int?> Completeness { get; } = new();
    public string? MissingKinds { get; set; }
    /// <summary>Metrics taken from the narrative because no table gave them (';'-separated), null when none.</summary>
    public string? FromNarrative { get; set; }
    /// <summary>Function 类 code → share of the unit's spending across 类 (0–1).</summary>
    public SortedDictionary<string, decimal> Shares { get; } = new(StringComparer.Ordinal);
    /// <summary>Function 类 code → amount (yuan).</summary>
    public SortedDictionary<string, decimal> ShareAmounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The label a person reads: the unit's name, or the file when the unit is unknown.</summary>
    public string Label => string.IsNullOrWhiteSpace(UnitName) ? Document : UnitName!;

    public decimal? this[string metric] => Metrics.GetValueOrDefault(metric);
}
