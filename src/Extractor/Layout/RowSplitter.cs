namespace Extractor.Layout;

/// <summary>
/// Partly ruled tables: a ruled row that holds several data lines (an amount on each) in several columns has lost
/// its inner horizontal rulings. Gives virtual rulings between those lines; a line without an amount (a wrapped name,
/// a wrapped description) stays with the line above it. A row whose only amounts sit on one line (a project row with a
/// wrapped name and a long description around them) is one row and is never split.
/// </summary>
public static class RowSplitter
{
    public static List<Ruling> VirtualRulings(RuledGrid grid, IReadOnlyList<Glyph> glyphs, LayoutSettings s)
    {
        var result = new List<Ruling>();
        var byRow = new List<Glyph>[grid.Rows];
        foreach (var g in glyphs)
        {
            var r = grid.RowAt(g.CenterY);
            var c = grid.ColumnAt(g.CenterX);
            if (r < 0 || c < 0) continue;
            (byRow[r] ??= new List<Glyph>()).Add(g);
        }
        for (var r = 0; r < grid.Rows; r++)
        {
            if (byRow[r] is not { Count: > 0 } rowGlyphs) continue;
            // a row lower than two lines of its text cannot hold two data lines
            var size = rowGlyphs.Max(g => g.FontSize);
            if (grid.Ys[r] - grid.Ys[r + 1] < 1.9 * size) continue;
            var lines = TextAssembler.Lines(rowGlyphs, s);
            if (lines.Count < s.MinLinesToSplitRow) continue;
            var dataLine = lines.Select(l => HasAmount(l, grid, s)).ToArray();
            if (dataLine.Count(d => d) < 2) continue;
            var linesPerColumn = new int[grid.Columns];
            foreach (var line in lines)
                foreach (var c in line.Glyphs.Select(g => grid.ColumnAt(g.CenterX)).Where(c => c >= 0).Distinct())
                    linesPerColumn[c]++;
            var multiLineColumns = linesPerColumn.Count(n => n >= 2);
            if (multiLineColumns < 2) continue;

            for (var k = 1; k < lines.Count; k++)
            {
                if (!dataLine[k]) continue; // wrapped text stays with the line above
                var y = (lines[k - 1].Bottom + lines[k].Top) / 2;
                result.Add(Ruling.H(y, grid.Xs[0], grid.Xs[^1]));
            }
        }
        return result;
    }

    /// <summary>The line prints a whole number in some column (its text there is an amount, not digits inside prose).</summary>
    static bool HasAmount(TextLine line, RuledGrid grid, LayoutSettings s)
    {
        foreach (var column in line.Glyphs.GroupBy(g => grid.ColumnAt(g.CenterX)))
        {
            if (column.Key < 0) continue;
            var text = TextAssembler.Join(column.ToList(), s);
            if (text.Any(char.IsDigit) && StreamTableFinder.IsNumber(text)) return true;
        }
        return false;
    }
}
