namespace Extractor.Model;

/// <summary>The prose of the document, structured.</summary>
public sealed class Narrative
{
    public List<NarrativeSection> Sections { get; } = new();
    public Staffing? Staffing { get; set; }
    public List<NarrativeFact> Facts { get; } = new();
    /// <summary>Entries of the 名词解释, with the subject path of "X（类）Y（款）Z（项）" entries.</summary>
    public List<GlossaryEntry> Glossary { get; } = new();
    /// <summary>Project descriptions (项目概述, 立项依据, 实施主体, 实施方案, 实施周期, 年度预算安排).</summary>
    public List<ProjectDescription> Projects { get; } = new();
}

/// <summary>One 名词解释 entry.</summary>
public sealed class GlossaryEntry
{
    public string Term { get; set; } = "";
    public string Definition { get; set; } = "";
    /// <summary>类 name of a subject entry (一般公共服务支出), null for other terms.</summary>
    public string? ClassName { get; set; }
    /// <summary>款 name of a subject entry.</summary>
    public string? SectionName { get; set; }
    /// <summary>项 name of a subject entry.</summary>
    public string? ItemName { get; set; }
    public string Sentence { get; set; } = "";
    public Provenance Provenance { get; set; } = new();
}

/// <summary>A project described in the prose.</summary>
public sealed class ProjectDescription
{
    public string? Name { get; set; }
    /// <summary>项目概述.</summary>
    public string? Overview { get; set; }
    /// <summary>立项依据.</summary>
    public string? Basis { get; set; }
    /// <summary>实施主体.</summary>
    public string? Implementer { get; set; }
    /// <summary>实施方案.</summary>
    public string? Plan { get; set; }
    /// <summary>实施周期.</summary>
    public string? Period { get; set; }
    /// <summary>年度预算安排 in BudgetUnit.</summary>
    public decimal? Budget { get; set; }
    public string? BudgetUnit { get; set; }
    public decimal? BudgetYuan { get; set; }
    /// <summary>Every labelled field as printed (label → text).</summary>
    public Dictionary<string, string> Fields { get; } = new();
    public Provenance Provenance { get; set; } = new();
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
    /// <summary>The money the statement is narrowed to, where the text says so: appropriation (财政拨款), general-budget
    /// (一般公共预算), government-fund (政府性基金), state-capital (国有资本经营); null for all funds.</summary>
    public string? Funds { get; set; }
    /// <summary>The share of the whole the sentence states (占 x%), in percent; null when it states none.</summary>
    public decimal? SharePercent { get; set; }
    /// <summary>The unit whose budget the sentence gives (XX站预算 …万元), as printed without spaces; null when the
    /// sentence does not open with a unit's budget.</summary>
    public string? BudgetOf { get; set; }
    public string Sentence { get; set; } = "";
    public Provenance Provenance { get; set; } = new();
}
