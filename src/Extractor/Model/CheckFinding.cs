namespace Extractor.Model;

/// <summary>A failed identity, with its evidence. A finding never changes a printed number.</summary>
public sealed class CheckFinding
{
    /// <summary>Rule id, e.g. tree-sum, row-sum, cross-table-total, prose-vs-table, staffing, header-year, toc-vs-tables, glossary-codes.</summary>
    public string Rule { get; set; } = "";
    public string Severity { get; set; } = Model.Severity.Error;
    public string? TableKind { get; set; }
    public int? TableIndex { get; set; }
    /// <summary>Human-readable location: "table 3 (expenditure) row 5 code 20141 column total", or the sentence.</summary>
    public string Location { get; set; } = "";
    public int? Row { get; set; }
    public int? Column { get; set; }
    public string? Expected { get; set; }
    public string? Actual { get; set; }
    public string Message { get; set; } = "";
    public Provenance? Provenance { get; set; }
    /// <summary>Tree sums: the row indexes of the parts that were added up.</summary>
    public List<int>? PartRows { get; set; }
    /// <summary>Row sums: the column indexes of the parts that were added up.</summary>
    public List<int>? PartColumns { get; set; }
    /// <summary>Sum findings: published | extraction | undetermined (<see cref="FindingCause"/>).</summary>
    public string? Cause { get; set; }
    /// <summary>What the cause was judged from, in words.</summary>
    public string? CauseEvidence { get; set; }
}

/// <summary>How often a rule was evaluated in a document, and how it came out.</summary>
public sealed class CheckTally
{
    public string Rule { get; set; } = "";
    public int Passed { get; set; }
    public int Failed { get; set; }
    /// <summary>Failures within rounding tolerance, reported as info.</summary>
    public int Rounding { get; set; }
}
