using Extractor.Raw;
namespace Extractor.Datasets;

/// <summary>One finding as a flat row of the checks dataset (its columns: <see cref="Datasets.Checks"/>).</summary>
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
    string? ReviewComment = null);
