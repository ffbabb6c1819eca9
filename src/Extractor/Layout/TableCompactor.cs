using Extractor.Raw;

namespace Extractor.Layout;

/// <summary>Removes rows and columns in which no cell with text is anchored; spans shrink accordingly.</summary>
public static class TableCompactor
{
    public static List<RawCell> Compact(List<RawCell> cells, int rows, int cols, out int newRows, out int newCols, bool rowsOnly = false)
    {
        var keepRow = new bool[rows];
        var keepCol = new bool[cols];
        if (rowsOnly) Array.Fill(keepCol, true);
        foreach (var c in cells)
            if (c.Text.Length > 0) { keepRow[c.Row] = true; keepCol[c.Col] = true; }
        var rowMap = Prefix(keepRow, out newRows);
        var colMap = Prefix(keepCol, out newCols);
        var result = new List<RawCell>();
        foreach (var c in cells)
        {
            if (!keepRow[c.Row] || !keepCol[c.Col]) continue;
            var rowSpan = Count(keepRow, c.Row, c.RowSpan);
            var colSpan = Count(keepCol, c.Col, c.ColSpan);
            result.Add(new RawCell
            {
                Row = rowMap[c.Row], Col = colMap[c.Col], RowSpan = rowSpan, ColSpan = colSpan,
                Text = c.Text, Box = c.Box, Page = c.Page, LastLineFull = c.LastLineFull,
            });
        }
        return result;
    }

    /// <summary>Compacts a table in place (after stitching, so that pages agree on columns first).</summary>
    public static void CompactInPlace(RawTable table)
    {
        var cells = Compact(table.Cells, table.RowCount, table.ColumnCount, out var rows, out var cols);
        table.Cells.Clear();
        table.Cells.AddRange(cells);
        table.RowCount = rows;
        table.ColumnCount = cols;
    }

    static int[] Prefix(bool[] keep, out int count)
    {
        var map = new int[keep.Length];
        count = 0;
        for (var i = 0; i < keep.Length; i++) { map[i] = count; if (keep[i]) count++; }
        return map;
    }

    static int Count(bool[] keep, int from, int span)
    {
        var n = 0;
        for (var i = from; i < Math.Min(keep.Length, from + span); i++) if (keep[i]) n++;
        return Math.Max(1, n);
    }
}
