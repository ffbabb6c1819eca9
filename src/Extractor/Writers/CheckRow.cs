namespace Extractor.Writers;

/// <summary>One finding as a flat row: the columns of checks.csv, in this order.</summary>
public sealed record CheckRow(
    string Document,
    string Rule,
    string Severity,
    string? TableKind,
    string Location,
    string? Expected,
    string? Actual,
    string Message,
    string? Cause = null,
    string? CauseEvidence = null)
{
    public static readonly string[] Columns =
        { "document", "rule", "severity", "table_kind", "location", "expected", "actual", "message", "cause", "cause_evidence" };
}
