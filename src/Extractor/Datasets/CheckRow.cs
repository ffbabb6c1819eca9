using Extractor.Raw;
namespace Extractor.Datasets;

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
    string? CauseEvidence = null,
    string? FindingId = null,
    int? Page = null,
    BoundingBox? Box = null,
    string? Sheet = null,
    string? Cell = null,
    string? Review = null,
    string? ReviewComment = null)
{
    public static readonly string[] Columns =
        { "document", "rule", "severity", "table_kind", "location", "expected", "actual", "message", "cause", "cause_evidence",
          "finding_id", "page", "x0", "y0", "x1", "y1", "sheet", "cell", "review", "review_comment" };
}
