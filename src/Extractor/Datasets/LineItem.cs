using Extractor.Raw;
namespace Extractor.Datasets;

/// <summary>One amount as a flat row of the line-items dataset (its columns: <see cref="Datasets.LineItems"/>).</summary>
public sealed record LineItem(
    string Document,
    int TableIndex,
    string? UnitName,
    int? FiscalYear,
    string? Phase,
    string? Scope,
    string TableKind,
    string? TableTitle,
    string Classification,
    string? Code,
    string? Name,
    int? Level,
    string? ParentCode,
    string Measure,
    string ColumnLabel,
    decimal? Amount,
    string? AmountUnit,
    decimal? AmountYuan,
    int? Page,
    int? Row,
    int? Column,
    BoundingBox? Box = null,
    string? Sheet = null,
    string? Cell = null,
    bool UnitIsRegion = false)
{
    /// <summary>printed | catalog (a names-only row resolved through the subject-code catalog); null without code.</summary>
    public string? CodeSource { get; init; }
    /// <summary>high | low for catalog codes (see <see cref="Model.CodeConfidence"/>); null for printed codes and without code.</summary>
    public string? CodeConfidence { get; init; }
    /// <summary>Government tables: the table's coverage, region (全市) | own-level (本级); null when unstated.</summary>
    public string? TableCoverage { get; init; }
}
