namespace Extractor.Model;

/// <summary>A failed identity, with its evidence. A finding never changes a printed number.</summary>
public sealed class CheckFinding
{
    /// <summary>Rule id, e.g. tree-sum, row-sum, cross-table-total, prose-vs-table, staffing, header-year, toc-vs-tables, glossary-codes.</summary>
    public string Rule { get; set; } = "";
    public Severity Severity { get; set; } = Model.Severity.Error;
    public TableKind? TableKind { get; set; }
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
    public FindingCause? Cause { get; set; }
    /// <summary>What the cause was judged from, in words.</summary>
    public string? CauseEvidence { get; set; }
    /// <summary>
    /// Stable id of the finding: a hash of the document, the rule and the location (Checks/FindingIds), the
    /// same in every run over the same input. The review page and the reviews file key decisions by it.
    /// </summary>
    public string? Id { get; set; }
    /// <summary>The printed cells the finding is about: the value found wrong first, then the parts or the other
    /// table's value it was compared with; empty where the finding is about prose or a whole table.</summary>
    public List<FindingCell> Cells { get; set; } = new();
    /// <summary>A reviewer's decision read back with <c>extract --reviews</c>: confirmed | dismissed; null when not reviewed.</summary>
    public ReviewDecision? Review { get; set; }
    /// <summary>The reviewer's comment.</summary>
    public string? ReviewComment { get; set; }
}

/// <summary>One printed cell a finding involves, with where it is printed.</summary>
public sealed class FindingCell
{
    /// <summary>checked (the value found wrong) | part (a part added up) | compared (the value it was compared with).</summary>
    public FindingCellRole Role { get; set; } = FindingCellRole.Checked;
    public int TableIndex { get; set; }
    /// <summary>Row and column in the raw table grid (0-based).</summary>
    public int Row { get; set; }
    public int Column { get; set; }
    /// <summary>The text as printed.</summary>
    public string Printed { get; set; } = "";
    public Provenance Provenance { get; set; } = new();
}

/// <summary>A finding cell's part in it: the value found wrong, one of the parts added up, or the other table's value it was compared with.</summary>
public enum FindingCellRole { Checked, Part, Compared }

/// <summary>Reviewer decisions on findings (<see cref="CheckFinding.Review"/>).</summary>
public enum ReviewDecision { Confirmed, Dismissed }

/// <summary>How often a rule was evaluated in a document, and how it came out.</summary>
public sealed class CheckTally
{
    public string Rule { get; set; } = "";
    public int Passed { get; set; }
    public int Failed { get; set; }
    /// <summary>Failures within rounding tolerance, reported as info.</summary>
    public int Rounding { get; set; }
}
