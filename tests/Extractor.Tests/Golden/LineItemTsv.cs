using System.Globalization;
using Extractor.Datasets;

namespace Extractor.Tests.Golden;

/// <summary>Line items as tab-separated text (the golden file format): the reviewed columns as header, invariant decimals.</summary>
public static class LineItemTsv
{
    /// <summary>The reviewed columns: those of the line-items dataset before the cell box (box and sheet cell are checked elsewhere).</summary>
    public static readonly string[] Columns = Extractor.Datasets.Datasets.LineItems.Fields.Select(f => f.Name).TakeWhile(n => n != "x0").ToArray();

    public static string Format(IEnumerable<LineItem> items)
    {
        var lines = new List<string> { string.Join('\t', Columns) };
        foreach (var i in items)
            lines.Add(string.Join('\t', Extractor.Datasets.Datasets.LineItems.Values(i).Take(Columns.Length).Select(Cell)));
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
