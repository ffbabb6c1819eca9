namespace Extractor.Raw;

/// <summary>
/// A grid of cells as the source laid it out. Cells are anchored at (Row, Col) and may span; positions covered
/// by a span hold no cell of their own. Rows and columns are 0-based.
/// </summary>
public sealed class RawTable : RawBlock
{
    public List<RawCell> Cells { get; } = new();
    public int RowCount { get; set; }
    public int ColumnCount { get; set; }
    /// <summary>Last page the table reaches (stitched multi-page tables).</summary>
    public int LastPage { get; set; }
    /// <summary>How the table was found: text-tabs, ruled, stream, html, sheet, docx.</summary>
    public string Method { get; init; } = "";
    /// <summary>Hidden rows/columns left out of the grid (spreadsheets), by their original index and content.</summary>
    public List<string> Omitted { get; } = new();

    /// <summary>The cell anchored at or spanning over (row, col), or null.</summary>
    public RawCell? At(int row, int col)
    {
        foreach (var c in Cells)
            if (row >= c.Row && row < c.Row + c.RowSpan && col >= c.Col && col < c.Col + c.ColSpan)
                return c;
        return null;
    }

    /// <summary>A dense [row][col] view; spanned positions repeat the anchoring cell.</summary>
    public RawCell?[][] ToGrid()
    {
        var grid = new RawCell?[RowCount][];
        for (var r = 0; r < RowCount; r++) grid[r] = new RawCell?[ColumnCount];
        foreach (var c in Cells)
            for (var r = c.Row; r < Math.Min(RowCount, c.Row + c.RowSpan); r++)
                for (var k = c.Col; k < Math.Min(ColumnCount, c.Col + c.ColSpan); k++)
                    grid[r][k] = c;
        return grid;
    }

    /// <summary>Text of each row, spanned positions repeated, empty string where no cell.</summary>
    public string[][] ToTextGrid() =>
        ToGrid().Select(row => row.Select(c => c?.Text ?? "").ToArray()).ToArray();
}

/// <summary>One cell of a raw table.</summary>
public sealed class RawCell
{
    public int Row { get; init; }
    public int Col { get; init; }
    public int RowSpan { get; init; } = 1;
    public int ColSpan { get; init; } = 1;
    /// <summary>Text as printed (lines inside the cell joined without separator for CJK, space otherwise).</summary>
    public string Text { get; init; } = "";
    public BoundingBox? Box { get; init; }
    /// <summary>Page this cell is on (tables stitched over pages keep each cell's own page).</summary>
    public int Page { get; init; }
    /// <summary>Source line (text sources).</summary>
    public int? Line { get; init; }
    /// <summary>The stored numeric value where the source has one (spreadsheet cells); Text stays as printed.</summary>
    public decimal? Value { get; init; }
    /// <summary>PDF: the cell's last line of text reaches the cell's right edge, as a name cut by wrapping does (its rest
    /// may follow in the next row or on the next page); null where the source does not say.</summary>
    public bool? LastLineFull { get; init; }
    /// <summary>Spreadsheets: the sheet's name and the cell's address in it (C12), hidden rows and columns counted.</summary>
    public string? Sheet { get; init; }
    public string? Address { get; init; }

    public override string ToString() => $"({Row},{Col}{(RowSpan > 1 || ColSpan > 1 ? $" {RowSpan}x{ColSpan}" : "")}) {Text}";
}
