using Extractor.Raw;

namespace Extractor.Sources.Tabular;

/// <summary>
/// Turns a source grid into blocks the way a reader of the printed page sees them: title and unit rows above the
/// grid become text blocks before the table, note rows under it text blocks after it, and a grid too small to be a
/// table (one row or one column, as in layout tables and cover sheets) becomes text lines.
/// </summary>
public static class TableShaper
{
    public static List<RawBlock> Shape(CellGrid grid, int page, string method, int? line)
    {
        var blocks = new List<RawBlock>();
        grid.DropEmptyLines();
        if (grid.RowCount == 0) return blocks;

        var captions = LeadingCaptionRows(grid);
        foreach (var r in Enumerable.Range(0, captions))
            foreach (var c in grid.RowCells(r))
                foreach (var text in c.Lines)
                    blocks.Add(new TextBlock { Text = text, Hint = TextHint.Paragraph, Page = page, Line = c.Line ?? line });
        grid.RemoveLeadingRows(captions);

        var notes = TrailingNoteRows(grid);
        var noteBlocks = new List<RawBlock>();
        foreach (var r in Enumerable.Range(grid.RowCount - notes, notes))
            foreach (var c in grid.RowCells(r))
                foreach (var text in c.Lines)
                    noteBlocks.Add(new TextBlock { Text = text, Page = page, Line = c.Line ?? line });
        grid.RemoveTrailingRows(notes);
        grid.DropEmptyLines();

        if (grid.RowCount < TableShapingRules.MinTableRows || grid.ColumnCount < TableShapingRules.MinTableColumns)
        {
            foreach (var r in Enumerable.Range(0, grid.RowCount))
                foreach (var c in grid.RowCells(r))
                    foreach (var text in c.Lines)
                        blocks.Add(new TextBlock { Text = text, Page = page, Line = c.Line ?? line });
        }
        else
        {
            var firstLine = grid.Cells.Where(c => c.Line.HasValue).Select(c => c.Line).DefaultIfEmpty(line).Min();
            blocks.Add(grid.ToRawTable(page, method, firstLine ?? line));
        }
        blocks.AddRange(noteBlocks);
        return blocks;
    }

    /// <summary>
    /// Splits a grid holding several tables one under another (a sheet with two titled tables, a Word table into which
    /// the annex tables were pasted one after another) where a caption follows grid rows: at the blank rows before a
    /// caption row, or, with no blank row between, at a run of two or more caption rows (附表7 / the title / 单位：万元)
    /// that holds a caption keyword and starts with one or with a title merged across the whole width. A name-only
    /// row of the grid (a subject with blank amounts) is never such a start. Each part is shaped on its own.
    /// </summary>
    public static List<RawBlock> ShapeStacked(CellGrid grid, int page, string method, int? line)
    {
        var content = grid.RowsWithContent();
        var starts = new List<int> { 0 };
        var sawGridRow = false;
        for (var r = 0; r < grid.RowCount; r++)
        {
            if (!content[r]) continue;
            var afterBlank = r > 0 && !content[r - 1];
            var caption = IsCaptionRow(grid, r);
            if (caption && sawGridRow && (afterBlank || OpensCaptionRun(grid, r, content)))
            {
                starts.Add(r);
                sawGridRow = false;
            }
            if (!caption) sawGridRow = true;
        }
        // A part without a grid of its own (a lone 合计 row after a blank line) stays with the part above.
        for (var i = starts.Count - 1; i >= 1; i--)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : grid.RowCount;
            var gridRows = Enumerable.Range(starts[i], end - starts[i]).Count(r => content[r] && !IsCaptionRow(grid, r));
            if (gridRows < TableShapingRules.MinTableRows) starts.RemoveAt(i);
        }
        if (starts.Count == 1) return Shape(grid, page, method, line);
        var blocks = new List<RawBlock>();
        for (var i = 0; i < starts.Count; i++)
            blocks.AddRange(Shape(grid.Slice(starts[i], i + 1 < starts.Count ? starts[i + 1] : grid.RowCount), page, method, line));
        return blocks;
    }

    /// <summary>Row <paramref name="row"/> opens a run of caption rows (no blank row inside) of two or more that holds a
    /// caption keyword: it is itself a keyword row, or a single cell across the whole width (a merged title).</summary>
    static bool OpensCaptionRun(CellGrid grid, int row, bool[] content)
    {
        if (!IsCaptionKeywordRow(grid, row) && !(grid.RowCells(row) is [var only] && only.ColSpan >= grid.ColumnCount)) return false;
        var end = row;
        while (end + 1 < grid.RowCount && end + 1 - row < TableShapingRules.MaxCaptionRows && content[end + 1] && IsCaptionRow(grid, end + 1)) end++;
        return end > row && Enumerable.Range(row, end - row + 1).Any(r => IsCaptionKeywordRow(grid, r));
    }

    static bool IsCaptionKeywordRow(CellGrid grid, int row) => grid.RowCells(row).Any(c => SourcePatterns.CaptionKeyword().IsMatch(c.Text));

    /// <summary>How many leading rows are title, unit or table-number lines rather than part of the grid.</summary>
    static int LeadingCaptionRows(CellGrid grid)
    {
        var n = 0;
        while (n < TableShapingRules.MaxCaptionRows && grid.RowCount - n > TableShapingRules.MinTableRows && IsCaptionRow(grid, n)) n++;
        return n;
    }

    static bool IsCaptionRow(CellGrid grid, int row)
    {
        var cells = grid.RowCells(row);
        if (cells.Count == 0 || cells.Count > TableShapingRules.MaxCaptionCells) return false;
        // A row covered in part by a cell spanning down from it belongs to the header.
        if (grid.AnchoredIn(row).Any(c => c.RowSpan > 1)) return false;
        if (cells.Any(c => c.Value.HasValue || NumberParser.LooksLikeAmount(c.Text))) return false;
        if (cells.Count == 1) return grid.ColumnCount >= TableShapingRules.MinTableColumns;
        return cells.Any(c => SourcePatterns.CaptionKeyword().IsMatch(c.Text));
    }

    /// <summary>
    /// How many trailing rows are notes: single-cell text rows at the bottom, from the first one that opens a note
    /// (注：…) down to the end, so a numbered note over several rows (注：1.… / 2.…) leaves the grid whole.
    /// </summary>
    static int TrailingNoteRows(CellGrid grid)
    {
        var n = 0;
        var notes = 0;
        while (grid.RowCount - n > TableShapingRules.MinTableRows)
        {
            var cells = grid.RowCells(grid.RowCount - 1 - n);
            if (cells.Count != 1 || cells[0].Value.HasValue || NumberParser.LooksLikeAmount(cells[0].Text)) break;
            n++;
            if (SourcePatterns.NoteKeyword().IsMatch(cells[0].Text)) notes = n;
        }
        return notes;
    }
}
