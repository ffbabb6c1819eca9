using Extractor.Model;
using Extractor.Raw;

namespace Extractor.Normalization;

/// <summary>
/// Every cell of a table printed like an amount whose text does not read as a number (<see cref="NumberParser.LooksNumeric"/>
/// but no value), in any row and column, header rows included: a row of such amounts may have been taken for a header.
/// A spreadsheet cell with a stored value, and a dash, are read. Each cell is listed once however far it spans. Also
/// every amount of a data row in a column that no column of the table reads (a continued part printed wider than the
/// part it continues).
/// </summary>
public static class UnreadCellCollector
{
    /// <param name="columnsRead">The table's columns are all it reads (coded tables): list amounts outside them too.
    /// Tables read as forms (two-sided, 三公, performance) pick their cells themselves.</param>
    public static void Collect(BudgetTable table, TableGrid grid, bool columnsRead)
    {
        var seen = new HashSet<RawCell>(ReferenceEqualityComparer.Instance);
        // an amount in a data row under no column of the table (a continued part wider than the part it continues)
        var read = table.Columns.Select(c => c.Index).ToHashSet();
        var unreadColumns = new HashSet<RawCell>(ReferenceEqualityComparer.Instance);
        if (columnsRead && read.Count > 0)
            foreach (var r in grid.DataRows)
                for (var c = 0; c < grid.Cells[r].Length; c++)
                {
                    if (read.Contains(c) || grid.Cells[r][c] is not { } cell || !unreadColumns.Add(cell)) continue;
                    if (Enumerable.Range(cell.Col, cell.ColSpan).Any(read.Contains)) continue;
                    var text = cell.Text.Trim();
                    if ((cell.Value ?? NumberParser.Parse(text)?.Value) is null) continue;
                    table.UnreadCells.Add(new UnreadCell
                    {
                        Row = r, Column = c, Printed = text, ColumnLabel = null, Provenance = grid.ProvenanceAt(r, c, cell),
                        Reason = "in a column the table does not read",
                    });
                }
        for (var r = 0; r < grid.Cells.Length; r++)
            for (var c = 0; c < grid.Cells[r].Length; c++)
            {
                if (grid.Cells[r][c] is not { } cell || !seen.Add(cell) || cell.Value is not null) continue;
                var text = cell.Text.Trim();
                if (!NumberParser.LooksNumeric(text) || NumberParser.Parse(text) is { Value: not null } or { IsDash: true }) continue;
                table.UnreadCells.Add(new UnreadCell
                {
                    Row = r, Column = c, Printed = text,
                    ColumnLabel = table.Columns.FirstOrDefault(col => col.Index == c)?.Label is { Length: > 0 } label ? label : null,
                    Provenance = grid.ProvenanceAt(r, c, cell),
                    Reason = "does not read as a number",
                });
            }
    }
}
