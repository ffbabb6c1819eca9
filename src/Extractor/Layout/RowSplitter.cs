namespace Extractor.Layout;

/// <summary>
/// Partly ruled tables: a ruled row that holds several data lines (an amount on each, in a column that holds amounts)
/// in several columns has lost its inner horizontal rulings. Gives virtual rulings between those lines; a line without
/// an amount (a wrapped name, a wrapped description) stays with the line above it. A row whose only amounts sit on one line (a project row with a
/// wrapped name and a long description around them) is one row and is never split. An amount wrapped inside its cell
/// (<see cref="WrappedAmount"/>: "370,219.2" above "5") is one amount: its tail is no data line, and a row whose every
/// column holds at most one amount once tails are joined (amounts centred beside a wrapped amount) is one row.
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
        var rowLines = new List<(TextLine Line, Dictionary<int, string> Columns, Dictionary<int, (double Left, double Right)> Extents)>?[grid.Rows];
        var numericLines = new int[grid.Columns];
        var textLines = new int[grid.Columns];
        for (var r = 0; r < grid.Rows; r++)
        {
            if (byRow[r] is not { Count: > 0 } rowGlyphs) continue;
            var list = new List<(TextLine, Dictionary<int, string>, Dictionary<int, (double, double)>)>();
            foreach (var line in TextAssembler.Lines(rowGlyphs, s))
            {
                var groups = line.Glyphs.GroupBy(g => grid.ColumnAt(g.CenterX)).Where(g => g.Key >= 0).ToList();
                var columns = groups.ToDictionary(g => g.Key, g => TextAssembler.Join(g.ToList(), s));
                var extents = groups.ToDictionary(g => g.Key, g => (g.Min(x => x.Left), g.Max(x => x.Right)));
                list.Add((line, columns, extents));
            }
            rowLines[r] = list;
            // header rows (no number at all) do not vote
            if (!list.Any(l => l.Item2.Values.Any(IsAmount))) continue;
            foreach (var (_, columns, _) in list)
                foreach (var (c, text) in columns)
                    if (IsAmount(text)) numericLines[c]++;
                    else if (text.Any(PrintedText.IsIdeograph)) textLines[c]++;
        }
        // an amount column: most of its lines are numbers (digits inside a column of prose are not amounts)
        var amountColumn = Enumerable.Range(0, grid.Columns).Select(c => numericLines[c] > textLines[c]).ToArray();

        for (var r = 0; r < grid.Rows; r++)
        {
            if (rowLines[r] is not { } lines || !Tall(r)) continue;
            if (lines.Count < s.MinLinesToSplitRow) continue;
            // amounts wrapped inside their cells ("370,219.2" above "5"): a tail is part of the amount above it, and a row
            // whose every column holds at most one amount once its tails are joined is one row (amounts centred on it)
            var tails = WrappedTails(lines, grid, s);
            if (tails.Count > 0 && Enumerable.Range(0, grid.Columns).All(c =>
                    lines.Select((l, k) => (l, k)).Count(x => x.l.Columns.TryGetValue(c, out var t) && IsAmount(t) && !tails.Contains((x.k, c))) <= 1))
                continue;
            var dataLine = lines.Select((l, k) => l.Columns.Any(kv => amountColumn[kv.Key] && IsAmount(kv.Value) && !tails.Contains((k, kv.Key)))).ToArray();
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
    /// The (line, column) texts that complete the amount printed above them in the same cell, on the nearest line above
    /// with text in that column (<see cref="WrappedAmount"/>: that amount fills the cell, the two join into one number).
    /// None where a column's earlier line stops short of its cell's right edge with another line under it: that cell
    /// holds separate lines (rows that lost their ruling), not one wrapped text.
    /// </summary>
    static HashSet<(int Line, int Column)> WrappedTails(
        List<(TextLine Line, Dictionary<int, string> Columns, Dictionary<int, (double Left, double Right)> Extents)> lines, RuledGrid grid, LayoutSettings s)
    {
        var tails = new HashSet<(int, int)>();
        for (var k = 1; k < lines.Count; k++)
            foreach (var (c, text) in lines[k].Columns)
            {
                var j = k - 1;
                while (j >= 0 && !lines[j].Columns.ContainsKey(c)) j--;
                if (j < 0) continue;
                var (left, right) = lines[j].Extents[c];
                var size = lines[j].Line.FontSize;
                if (right < grid.Xs[c + 1] - s.WrappedLineEdgeRatio * size) return new HashSet<(int, int)>(); // stops short: not wrapped
                if (tails.Contains((j, c))) continue;
                if (WrappedAmount.Completes(lines[j].Columns[c], right - left, text, grid.Xs[c + 1] - grid.Xs[c], size, s))
                    tails.Add((k, c));
            }
        return tails;
    }

    static bool IsAmount(string text) => text.Any(char.IsDigit) && NumberParser.LooksLikeAmount(text);
}
