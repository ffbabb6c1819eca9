using Extractor.Raw;

namespace Extractor.Sources.Tabular;

/// <summary>One cell of a <see cref="CellGrid"/>: an anchor that may span, with the source's own row and column.</summary>
public sealed class GridCell
{
    public int Row { get; set; }
    public int Col { get; set; }
    public int RowSpan { get; set; } = 1;
    public int ColSpan { get; set; } = 1;
    public string Text { get; set; } = "";
    /// <summary>The text with its hard line breaks (<see cref="PrintedText.LineBreak"/>) where the cell has several lines.</summary>
    public string? Source { get; set; }
    /// <summary>The printed lines of the cell (one for a single-line cell).</summary>
    public IEnumerable<string> Lines => Source != null ? PrintedText.Lines(Source) : Text.Length > 0 ? new[] { Text } : Array.Empty<string>();
    public decimal? Value { get; set; }
    /// <summary>Source line or sheet row number (1-based) where the source has one.</summary>
    public int? Line { get; set; }

    public bool IsEmpty => Text.Length == 0 && Value is null;
    public override string ToString() => $"({Row},{Col} {RowSpan}x{ColSpan}) {Text}";
}

/// <summary>
/// A table as a grid of anchored, spanning cells while a reader builds it, before it becomes a <see cref="RawTable"/>.
/// The shared shaping steps (dropping empty or hidden lines, lifting caption rows) live here so HTML, spreadsheet
/// and Word tables come out alike.
/// </summary>
public sealed class CellGrid
{
    public List<GridCell> Cells { get; } = new();
    public int RowCount { get; set; }
    public int ColumnCount { get; set; }

    /// <summary>Cells by anchor row, built on first use and dropped whenever the grid changes.</summary>
    Dictionary<int, List<GridCell>>? _byRow;

    public void Add(GridCell cell)
    {
        _byRow = null;
        Cells.Add(cell);
        RowCount = Math.Max(RowCount, cell.Row + cell.RowSpan);
        ColumnCount = Math.Max(ColumnCount, cell.Col + cell.ColSpan);
    }

    /// <summary>Rows (or columns) holding at least one non-empty anchored cell.</summary>
    public bool[] RowsWithContent() => Occupied(c => c.Row, RowCount);
    public bool[] ColumnsWithContent() => Occupied(c => c.Col, ColumnCount);

    bool[] Occupied(Func<GridCell, int> index, int count)
    {
        var used = new bool[count];
        foreach (var c in Cells) if (!c.IsEmpty) used[index(c)] = true;
        return used;
    }

    /// <summary>
    /// Keeps only the given rows and columns, renumbering cells and shrinking spans over removed lines; a cell left
    /// with no kept row or column disappears.
    /// </summary>
    public void Keep(bool[] keepRow, bool[] keepCol)
    {
        var newRow = Renumber(keepRow);
        var newCol = Renumber(keepCol);
        var kept = new List<GridCell>();
        foreach (var c in Cells)
        {
            var (r, rs) = Remap(c.Row, c.RowSpan, keepRow, newRow);
            var (k, ks) = Remap(c.Col, c.ColSpan, keepCol, newCol);
            if (rs == 0 || ks == 0) continue;
            c.Row = r; c.RowSpan = rs; c.Col = k; c.ColSpan = ks;
            kept.Add(c);
        }
        Cells.Clear();
        Cells.AddRange(kept);
        _byRow = null;
        RowCount = keepRow.Count(x => x);
        ColumnCount = keepCol.Count(x => x);
    }

    /// <summary>Drops rows and columns where nothing is printed (spacers, trailing blanks).</summary>
    public void DropEmptyLines() => Keep(RowsWithContent(), ColumnsWithContent());

    static int[] Renumber(bool[] keep)
    {
        var map = new int[keep.Length];
        var n = 0;
        for (var i = 0; i < keep.Length; i++) map[i] = keep[i] ? n++ : -1;
        return map;
    }

    static (int Start, int Span) Remap(int start, int span, bool[] keep, int[] map)
    {
        int first = -1, count = 0;
        for (var i = start; i < Math.Min(keep.Length, start + span); i++)
        {
            if (!keep[i]) continue;
            if (first < 0) first = map[i];
            count++;
        }
        return (first, count);
    }

    /// <summary>A copy of rows [fromRow, toRow) with every column; cells reaching outside are clipped.</summary>
    public CellGrid Slice(int fromRow, int toRow)
    {
        var copy = new CellGrid { RowCount = RowCount, ColumnCount = ColumnCount };
        foreach (var c in Cells)
            copy.Cells.Add(new GridCell { Row = c.Row, Col = c.Col, RowSpan = c.RowSpan, ColSpan = c.ColSpan, Text = c.Text, Source = c.Source, Value = c.Value, Line = c.Line });
        copy.Keep(Enumerable.Range(0, RowCount).Select(r => r >= fromRow && r < toRow).ToArray(), Enumerable.Repeat(true, ColumnCount).ToArray());
        return copy;
    }

    /// <summary>Non-empty cells of a row, left to right.</summary>
    public List<GridCell> RowCells(int row) => AnchoredIn(row).Where(c => !c.IsEmpty).OrderBy(c => c.Col).ToList();

    /// <summary>Every cell anchored in a row, empty ones included.</summary>
    public IReadOnlyList<GridCell> AnchoredIn(int row)
    {
        _byRow ??= Cells.GroupBy(c => c.Row).ToDictionary(g => g.Key, g => g.ToList());
        return _byRow.TryGetValue(row, out var list) ? list : (IReadOnlyList<GridCell>)Array.Empty<GridCell>();
    }

    /// <summary>Removes the first <paramref name="count"/> rows.</summary>
    public void RemoveLeadingRows(int count)
    {
        if (count <= 0) return;
        Keep(Enumerable.Range(0, RowCount).Select(r => r >= count).ToArray(), Enumerable.Repeat(true, ColumnCount).ToArray());
    }

    /// <summary>Removes the last <paramref name="count"/> rows.</summary>
    public void RemoveTrailingRows(int count)
    {
        if (count <= 0) return;
        Keep(Enumerable.Range(0, RowCount).Select(r => r < RowCount - count).ToArray(), Enumerable.Repeat(true, ColumnCount).ToArray());
    }

    /// <summary>
    /// The raw table, dense: every position is covered by exactly one cell, blank positions by an empty cell, so a
    /// table reads the same whichever format it came from.
    /// </summary>
    public RawTable ToRawTable(int page, string method, int? line)
    {
        var table = new RawTable { Page = page, LastPage = page, Method = method, Line = line, RowCount = RowCount, ColumnCount = ColumnCount };
        var covered = new bool[RowCount, ColumnCount];
        foreach (var c in Cells)
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                for (var k = c.Col; k < c.Col + c.ColSpan; k++)
                    covered[r, k] = true;
        var all = new List<GridCell>(Cells);
        for (var r = 0; r < RowCount; r++)
            for (var k = 0; k < ColumnCount; k++)
                if (!covered[r, k]) all.Add(new GridCell { Row = r, Col = k });
        foreach (var c in all.OrderBy(c => c.Row).ThenBy(c => c.Col))
            table.Cells.Add(new RawCell
            {
                Row = c.Row, Col = c.Col, RowSpan = c.RowSpan, ColSpan = c.ColSpan,
                Text = c.Text, Value = c.Value, Page = page, Line = c.Line,
            });
        return table;
    }
}
