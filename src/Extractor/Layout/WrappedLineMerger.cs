namespace Extractor.Layout;

/// <summary>
/// Unruled tables: a name wrapped over several lines is one cell of one row. A wrapped line holds text in one column
/// only (no code, no amount) and sits closer to its row than rows sit to each other. It continues the row above when
/// that row's text in the column reaches the column's right edge (the name was cut there); it starts the row below
/// when that row prints nothing in the column (amounts vertically centred on a two-line name) or when the line itself
/// reaches the right edge. A line at a full row's distance is a row of its own (a heading row with blank amounts).
/// A line whose amounts each complete an amount cut by its column's edge on the line above (<see cref="WrappedAmount"/>:
/// "370,219.2" above "5"), beside at most a wrapped name, continues the row above.
/// </summary>
public static class WrappedLineMerger
{
    /// <summary>Lines (top to bottom, segments left to right) → rows, each the segments of one or more lines.</summary>
    public static List<List<TextSegment>> Merge(List<List<TextSegment>> lines, List<(double Left, double Right)> columns, LayoutSettings s)
    {
        if (lines.Count < 2) return lines;
        var wrapColumn = lines.Select(l => WrapCandidateColumn(l, columns)).ToArray();
        var amountTail = lines.Select((l, i) => i > 0 && CompletesAmountsAbove(lines[i - 1], l, columns, s)).ToArray();
        if (wrapColumn.All(c => c < 0) && !amountTail.Any(t => t)) return lines;

        var columnRight = new double[columns.Count];
        foreach (var seg in lines.SelectMany(l => l))
            if (Overlapped(seg, columns).ToList() is [var only])
                columnRight[only] = Math.Max(columnRight[only], seg.Right);
        var tight = TightGap(lines, wrapColumn, amountTail, s);

        bool Reaches(TextSegment? seg, int c) => seg != null && seg.Right >= columnRight[c] - s.WrappedLineEdgeRatio * seg.FontSize;
        double Gap(int upper, int lower) => lines[upper][0].Baseline - lines[lower][0].Baseline;

        // owner[i]: the line whose row line i joins (itself when it starts a row)
        var owner = Enumerable.Range(0, lines.Count).ToArray();
        var startedEmpty = new bool[lines.Count]; // a row whose own line printed nothing in the wrapped column
        for (var i = 0; i < lines.Count; i++)
        {
            if (amountTail[i] && Gap(i - 1, i) <= tight) { owner[i] = owner[i - 1]; continue; }
            var c = wrapColumn[i];
            if (c < 0) continue;
            var upGap = i > 0 ? Gap(i - 1, i) : double.MaxValue;
            var downGap = i + 1 < lines.Count ? Gap(i, i + 1) : double.MaxValue;

            var up = false;
            if (i > 0 && upGap <= tight)
            {
                var row = owner[i - 1];
                var above = SegmentIn(lines[i - 1], c, columns);
                up = Reaches(above, c) || (startedEmpty[row] && above == null);
            }
            var down = false;
            if (i + 1 < lines.Count && downGap <= tight && wrapColumn[i + 1] < 0 && IsRow(lines[i + 1]))
            {
                var below = SegmentIn(lines[i + 1], c, columns);
                down = below == null || Reaches(SegmentIn(lines[i], c, columns), c);
            }
            if (up && down) { if (downGap < upGap) up = false; else down = false; }
            if (up) owner[i] = owner[i - 1];
            else if (down)
            {
                owner[i] = i + 1;
                if (SegmentIn(lines[i + 1], c, columns) == null) startedEmpty[i + 1] = true;
            }
        }
        // a line joining the row below waits for it: resolve chains (a prefix line owned by the next line)
        for (var i = lines.Count - 1; i >= 0; i--) if (owner[i] > i) owner[i] = owner[owner[i]];

        var rows = new List<List<TextSegment>>();
        var rowOf = new Dictionary<int, List<TextSegment>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!rowOf.TryGetValue(owner[i], out var row))
            {
                row = new List<TextSegment>();
                rowOf[owner[i]] = row;
                rows.Add(row);
            }
            row.AddRange(lines[i]);
        }
        return rows;
    }

    /// <summary>The column of a line that may be a wrapped part of a name: text (no number) in a single column; -1 otherwise.</summary>
    static int WrapCandidateColumn(List<TextSegment> line, List<(double Left, double Right)> columns)
    {
        if (line.Count != 1 || StreamTableFinder.IsNumber(line[0].Text)) return -1;
        if (!line[0].Text.Any(TextAssembler.IsCjkIdeograph)) return -1;
        var cols = Overlapped(line[0], columns).ToList();
        return cols.Count == 1 ? cols[0] : -1;
    }

    /// <summary>
    /// The line's amounts each complete the amount above them in the same column, which fills the column
    /// (<see cref="WrappedAmount"/>); anything else on it is the wrapped part of a name (text in one column).
    /// </summary>
    static bool CompletesAmountsAbove(List<TextSegment> above, List<TextSegment> line, List<(double Left, double Right)> columns, LayoutSettings s)
    {
        var completed = 0;
        foreach (var seg in line)
        {
            var cols = Overlapped(seg, columns).ToList();
            if (cols.Count != 1) return false;
            var c = cols[0];
            if (!seg.Text.Any(char.IsDigit))
            {
                if (seg.Text.Any(TextAssembler.IsCjkIdeograph)) continue;
                return false;
            }
            if (SegmentIn(above, c, columns) is not { } upper) return false;
            if (!WrappedAmount.Completes(upper.Text, upper.Right - upper.Left, seg.Text, columns[c].Right - columns[c].Left, upper.FontSize, s))
                return false;
            completed++;
        }
        return completed > 0;
    }

    /// <summary>A line of the table's body: several cells, or an amount.</summary>
    static bool IsRow(List<TextSegment> line) =>
        line.Count >= 2 || line.Any(seg => StreamTableFinder.IsNumber(seg.Text));

    /// <summary>Largest gap at which a line still belongs to its neighbour's row: a share of the pitch between adjacent body rows.</summary>
    static double TightGap(List<List<TextSegment>> lines, int[] wrapColumn, bool[] amountTail, LayoutSettings s)
    {
        var pitches = new List<double>();
        for (var i = 0; i + 1 < lines.Count; i++)
            if (wrapColumn[i] < 0 && wrapColumn[i + 1] < 0 && !amountTail[i] && !amountTail[i + 1])
                pitches.Add(lines[i][0].Baseline - lines[i + 1][0].Baseline);
        var size = lines.SelectMany(l => l).Select(x => x.FontSize).OrderBy(x => x).ElementAt(lines.Sum(l => l.Count) / 2);
        if (pitches.Count == 0) return s.WrappedLineFallbackGapRatio * size;
        pitches.Sort();
        return s.WrappedLineGapShare * pitches[pitches.Count / 2];
    }

    static TextSegment? SegmentIn(List<TextSegment> line, int column, List<(double Left, double Right)> columns) =>
        line.FirstOrDefault(seg => Overlapped(seg, columns).Contains(column));

    static IEnumerable<int> Overlapped(TextSegment seg, List<(double Left, double Right)> columns)
    {
        var any = false;
        for (var c = 0; c < columns.Count; c++)
            if (seg.Right > columns[c].Left - 1 && seg.Left < columns[c].Right + 1) { any = true; yield return c; }
        if (!any)
        {
            var mid = (seg.Left + seg.Right) / 2;
            yield return Enumerable.Range(0, columns.Count).MinBy(c => Math.Abs((columns[c].Left + columns[c].Right) / 2 - mid));
        }
    }
}
