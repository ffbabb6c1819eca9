namespace Extractor.Model;

/// <summary>A project's performance targets (项目支出绩效目标表).</summary>
public sealed class PerformanceTarget
{
    public int TableIndex { get; set; }
    public string? ProjectName { get; set; }
    public string? Department { get; set; }
    public string? DepartmentCode { get; set; }
    public string? ImplementingUnit { get; set; }
    public decimal? FundsTotal { get; set; }
    public decimal? FundsAppropriation { get; set; }
    public decimal? FundsOther { get; set; }
    public decimal? FundsCarryover { get; set; }
    public string? FundsUnit { get; set; }
    public string? AnnualGoal { get; set; }
    public List<PerformanceIndicator> Indicators { get; } = new();
    public Provenance Provenance { get; set; } = new();
}

public sealed class PerformanceIndicator
{
    public string? Level1 { get; set; }
    public string? Level2 { get; set; }
    public string? Level3 { get; set; }
    /// <summary>≤ ≥ = &lt; &gt; or null when the value is qualitative.</summary>
    public string? Comparator { get; set; }
    public decimal? Value { get; set; }
    public string? Unit { get; set; }
    /// <summary>The value cell as printed.</summary>
    public string Printed { get; set; } = "";
    public Provenance Provenance { get; set; } = new();
}
