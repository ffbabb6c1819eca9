namespace Extractor.Model;

/// <summary>The prose of the document, structured.</summary>
public sealed class Narrative
{
    public List<NarrativeSection> Sections { get; } = new();
    public Staffing? Staffing { get; set; }
    public List<NarrativeFact> Facts { get; } = new();
}

public sealed class NarrativeSection
{
    /// <summary>Canonical key: duties, organisation, budget-explanation, revenue-explanation, expenditure-explanation,
    /// appropriation-explanation, government-fund-explanation, state-capital-explanation, operating-costs, procurement,
    /// assets, performance, project-explanation, three-public-explanation, glossary, other.</summary>
    public string Key { get; set; } = "other";
    public string Title { get; set; } = "";
    public int Level { get; set; }
    public string Text { get; set; } = "";
    public Provenance Provenance { get; set; } = new();
}

/// <summary>Staffing counts from 机构设置及人员情况.</summary>
public sealed class Staffing
{
    public int? InternalSections { get; set; }
    public int? Authorized { get; set; }
    /// <summary>编制 by category: administrative, civil-servant-managed, fully-funded, partly-funded, self-funded, other.</summary>
    public Dictionary<string, int> AuthorizedByCategory { get; } = new();
    public int? Actual { get; set; }
    public int? InService { get; set; }
    public Dictionary<string, int> InServiceByCategory { get; } = new();
    public int? Retired { get; set; }
    /// <summary>离休.</summary>
    public int? RetiredCadres { get; set; }
    public string? Sentence { get; set; }
    public Provenance Provenance { get; set; } = new();
}

/// <summary>An amount (or count) stated in prose, with its sentence.</summary>
public sealed class NarrativeFact
{
    /// <summary>What is stated: revenue-total, expenditure-total, appropriation-total, basic, project, function-class,
    /// economic-class, operating-costs, three-public, outbound, reception, vehicle-purchase, vehicle-operation, procurement,
    /// procurement-goods, procurement-works, procurement-services, vehicles, project-budget, subject, …</summary>
    public string Subject { get; set; } = "";
    /// <summary>Printed label of the subject (一般公共服务支出).</summary>
    public string? Label { get; set; }
    /// <summary>Subject code where the label maps onto one (201).</summary>
    public string? Code { get; set; }
    public string? Section { get; set; }
    public decimal? Amount { get; set; }
    public string? Unit { get; set; }
    public decimal? Yuan { get; set; }
    /// <summary>Signed year-on-year change in the printed unit (减少 → negative).</summary>
    public decimal? Change { get; set; }
    /// <summary>increase | decrease | flat.</summary>
    public string? Direction { get; set; }
    /// <summary>Prior-year amount derived from amount and change.</summary>
    public decimal? PriorYear { get; set; }
    /// <summary>Percentage change as printed (signed: 下降 → negative).</summary>
    public decimal? ChangePercent { get; set; }
    /// <summary>Stated reason (主要原因是…).</summary>
    public string? Reason { get; set; }
    public string Sentence { get; set; } = "";
    public Provenance Provenance { get; set; } = new();
}
