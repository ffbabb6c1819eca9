namespace Extractor.Layout;

/// <summary>
/// Partly ruled tables: a ruled row that holds several data lines (an amount on each, in a column that holds amounts)
/// in several columns has lost its inner horizontal rulings. Gives virtual rulings between those lines; a line without
/// an amount (a wrapped name, a wrapped description) stays with the line above it. A row whose only amounts sit on one line (a project row with a
/// wrapped name and a long description around them) is one row and is never split. A line whose amounts each complete
/// the amount above them in the same cell (<see cref="WrappedAmount"/>: "370,219.2" above "5") is a wrapped amount, not
/// a data line.
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
        // a row lower than two lines of its text cannot hold two data lines
        bool Tall(int r) => byRow[r] is { Count: > 0 } g && grid.Ys[r] - grid.Ys[r + 1] >= 1.9 * g.Max(x => x.FontSize);
        if (!Enumerable.Range(0, grid.Rows).Any(Tall)) return result;

        // each row's text lines, and per line the text of each column
        var rowLines = new List<(TextLine Line, Dictionary<int, string> Columns, Dictionary<int, double> Widths)>?[grid.Rows];
        var numericLines = new int[grid.Columns];
        var textLines = new int[grid.Columns];
        for (var r = 0; r < grid.Rows; r++)
        {
            if (byRow[r] is not { Count: > 0 } rowGlyphs) continue;
            var list = new List<(TextLine, Dictionary<int, string>, Dictionary<int, double>)>();
            foreach (var line in TextAssembler.Lines(rowGlyphs, s))
            {
                var groups = line.Glyphs.GroupBy(g => grid.ColumnAt(g.CenterX)).Where(g => g.Key >= 0).ToList();
                var columns = groups.ToDictionary(g => g.Key, g => TextAssembler.Join(g.ToList(), s));
                var widths = groups.ToDictionary(g => g.Key, g => g.Max(x => x.Right) - g.Min(x => x.Left));
                list.Add((line, columns, widths));
            }
            rowLines[r] = list;
            // header rows (no number at all) do not vote
            if (!list.Any(l => l.Item2.Values.Any(IsAmount))) continue;
            foreach (var (_, columns, _) in list)
                foreach (var (c, text) in columns)
                    if (IsAmount(text)) numericLines[c]++;
                    else if (text.Any(TextAssembler.IsCjkIdeograph)) textLines[c]++;
        }
        // an amount column: most of its lines are numbers (digits inside a column of prose are not amounts)
        var amountColumn = Enumerable.Range(0, grid.Columns).Select(c => numericLines[c] > textLines[c]).ToArray();

        for (var r = 0; r < grid.Rows; r++)
        {
            if (rowLines[r] is not { } lines || !Tall(r)) continue;
            if (lines.Count < s.MinLinesToSplitRow) continue;
            var dataLine = lines.Select((l, k) => l.Columns.Any(kv => amountColumn[kv.Key] && IsAmount(kv.Value))
                && !(k > 0 && CompletesAmountsAbove(lines[k - 1], l, grid, s))).ToArray();
            if (dataLine.Count(d => d) < 2) continue;
            var linesPerColumn = new int[grid.Columns];
            foreach (var (_, columns, _) in lines)
                foreach (var c in columns.Keys) linesPerColumn[c]++;
            var multiLineColumns = linesPerColumn.Count(n => n >= 2);
            if (multiLineColumns < 2) continue;

            for (var k = 1; k < lines.Count; k++)
            {
                if (!dataLine[k]) continue; // wrapped text stays with the line above
                var y = (lines[k - 1].Line.Bottom + lines[k].Line.Top) / 2;
                result.Add(Ruling.H(y, grid.Xs[0], grid.Xs[^1]));
            }
        }
        return result;
    }

    /// <summary>
    /// Every amount of the line completes an amount cut by its cell's edge on the line above (<see cref="WrappedAmount"/>),
    /// and nothing else on the line is a number or a code (a wrapped name may continue beside them).
    /// </summary>
    static bool CompletesAmountsAbove(
        (TextLine Line, Dictionary<int, string> Columns, Dictionary<int, double> Widths) above,
        (TextLine Line, Dictionary<int, string> Columns, Dictionary<int, double> Widths) line, RuledGrid grid, LayoutSettings s)
    {
        var completed = 0;
        foreach (var (c, text) in line.Columns)
        {
            if (!text.Any(char.IsDigit)) continue;
            if (!above.Columns.TryGetValue(c, out var upper)) return false;
            if (!WrappedAmount.Completes(upper, above.Widths[c], text, grid.Xs[c + 1] - grid.Xs[c], above.Line.FontSize, s)) return false;
            completed++;
        }
        return completed > 0;
    }

    static bool IsAmount(string text) => text.Any(char.IsDigit) && StreamTableFinder.IsNumber(text);
}
