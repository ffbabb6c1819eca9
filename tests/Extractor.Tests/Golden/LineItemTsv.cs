using System.Globalization;
using Extractor.Datasets;

namespace Extractor.Tests.Golden;

/// <summary>Line items as tab-separated text (the golden file format): the reviewed columns as header, invariant decimals.</summary>
public static class LineItemTsv
{
    /// <summary>The reviewed columns (later columns: box and sheet cell, are checked elsewhere).</summary>
    public static readonly string[] Columns =
    {
        "document", "table_index", "unit_name", "fiscal_year", "phase", "scope", "table_kind", "table_title",
        "classification", "code", "name", "level", "parent_code", "code_source", "measure", "column_label", "amount", "amount_unit",
        "amount_yuan", "page", "row", "column",
    };

    public static string Format(IEnumerable<LineItem> items)
    {
        var lines = new List<string> { string.Join('\t', Columns) };
        foreach (var i in items)
            lines.Add(string.Join('\t', new object?[]
            {
                i.Document, i.TableIndex, i.UnitName, i.FiscalYear, i.Phase, i.Scope, i.TableKind, i.TableTitle,
                i.Classification, i.Code, i.Name, i.Level, i.ParentCode, i.CodeSource, i.Measure, i.ColumnLabel, i.Amount, i.AmountUnit,
                i.AmountYuan, i.Page, i.Row, i.Column,
            }.Select(Cell)));
        return string.Join('\n', lines) + "\n";
    }

    static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!.Replace('\t', ' ').Replace('\n', ' '),
    };
}
