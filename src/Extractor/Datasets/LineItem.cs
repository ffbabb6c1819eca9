using Extractor.Raw;
namespace Extractor.Datasets;

/// <summary>One amount as a flat row: the columns of line-items.csv and line-items.jsonl, in this order.</summary>
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

    public static readonly string[] Columns =
    {
        "document", "table_index", "unit_name", "fiscal_year", "phase", "scope", "table_kind", "table_title",
        "classification", "code", "name", "level", "parent_code", "code_source", "measure", "column_label", "amount", "amount_unit",
        "amount_yuan", "page", "row", "column", "x0", "y0", "x1", "y1", "sheet", "cell", "unit_is_region",
    };
}
