using System.Globalization;
using Extractor.Writers;

namespace Extractor.Tests.Golden;

/// <summary>Line items as tab-separated text (the golden file format): the first 21 LineItem.Columns as header, invariant decimals.</summary>
public static class LineItemTsv
{
    public static string Format(IEnumerable<LineItem> items)
    {
        // the reviewed columns (box and sheet cell columns came later and are checked elsewhere)
        var lines = new List<string> { string.Join('\t', LineItem.Columns.Take(21)) };
        foreach (var i in items)
            lines.Add(string.Join('\t', new object?[]
            {
                i.Document, i.TableIndex, i.UnitName, i.FiscalYear, i.Phase, i.Scope, i.TableKind, i.TableTitle,
                i.Classification, i.Code, i.Name, i.Level, i.ParentCode, i.Measure, i.ColumnLabel, i.Amount, i.AmountUnit,
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
