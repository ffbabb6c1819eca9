namespace Extractor.Layout;

/// <summary>
/// Unruled tables: a name wrapped over several lines is one cell of one row. A wrapped line holds text in one column
/// only (no code, no amount) and sits closer to its row than rows sit to each other. It continues the row above when
/// that row's text in the column reaches the column's right edge (the name was cut there); it starts the row below
/// when that row prints nothing in the column (amounts vertically centred on a two-line name) or when the line itself
/// reaches the right edge. A line at a full row's distance is a row of its own (a heading row with blank amounts).
/// A line whose amounts each complete an amount cut by its column's edge on the line above (<see cref="WrappedAmount"/>:
/// "370,219.2" above "5"), beside at most a wrapped name, continues the row above; when the amounts are centred on the
/// row, their heads are one line above the row's own line and their tails one line below, and all three are one row.
/// </summary>
public static class WrappedLineMerger
{
    /// <summary>Lines (top to bottom, segments left to right) → rows, each the segments of one or more lines.</summary>
    public static List<List<TextSegment>> Merge(List<List<TextSegment>> lines, List<(double Left, double Right)> columns, LayoutSettings s)
    {
        if (lines.Count < 2) return lines;
        var wrapColumn = lines.Select(l => WrapCandidateColumn(l, columns)).ToArray();
        // amounts wrapped inside their cells: the lines their parts were printed on (head: the line above, or the line
        // two above when the row's own line sits between, amounts centred on the row)
        var tailOf = lines.Select((l, i) => AmountTailSources(lines, i, columns, s)).ToArray();
        var amountTail = tailOf.Select(t => t is not null).ToArray();
        var amountHead = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
            if (tailOf[i] is { } from && from.Contains(i - 2)) amountHead[i - 2] = true;
        if (wrapColumn.All(c => c < 0) && !amountTail.Any(t => t)) return lines;

        var columnRight = new double[columns.Count];
        foreach (var seg in lines.SelectMany(l => l))
            if (Overlapped(seg, columns).ToList() is [var only])
                columnRight[only] = Math.Max(columnRight[only], seg.Right);
        var tight = TightGap(lines, wrapColumn, amountTail.Zip(amountHead, (t, h) => t || h).ToArray(), s);

        bool Reaches(TextSegment? seg, int c) => seg != null && seg.Right >= columnRight[c] - s.WrappedLineEdgeRatio * seg.FontSize;
        double Gap(int upper, int lower) => lines[upper][0].Baseline - lines[lower][0].Baseline;

        // owner[i]: the line whose row line i joins (itself when it starts a row)
        var owner = Enumerable.Range(0, lines.Count).ToArray();
        var startedEmpty = new bool[lines.Count]; // a row whose own line printed nothing in the wrapped column
        for (var i = 0; i < lines.Count; i++)
        {
            if (tailOf[i] is { } heads && Gap(i - 1, i) <= tight)
            {
                if (!heads.Contains(i - 2)) { owner[i] = owner[i - 1]; continue; }
                // head above the row's own line, tail below it: all three are the row of the line between
                if (Gap(i - 2, i - 1) <= tight && !amountTail[i - 1])
                {
                    owner[i - 2] = owner[i - 1] = owner[i] = i - 1;
                    continue;
                }
            }
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
        if (line.Count != 1 || NumberParser.LooksLikeAmount(line[0].Text)) return -1;
        if (!line[0].Text.Any(PrintedText.IsIdeograph)) return -1;
        var cols = Overlapped(line[0], columns).ToList();
        return cols.Count == 1 ? cols[0] : -1;
    }

    /// <summary>
    /// When line <paramref name="i"/> is the tail of amounts wrapped inside their cells, the lines their heads were
    /// printed on; null otherwise. Each of its amounts completes the amount on the nearest line above with text in its
    /// column, one or two lines up (<see cref="WrappedAmount"/>: that amount fills the column); anything else on it is
    /// the wrapped part of a name (text in one column). A head two lines up must itself hold only such heads and name
    /// text (the row's own line, between, holds the code and the amounts that did not wrap).
    /// </summary>
    static HashSet<int>? AmountTailSources(List<List<TextSegment>> lines, int i, List<(double Left, double Right)> columns, LayoutSettings s)
    {
        if (i == 0) return null;
        var sources = new HashSet<int>();
        var heads = new HashSet<TextSegment>();
        foreach (var seg in lines[i])
        {
            var cols = Overlapped(seg, columns).ToList();
            if (cols.Count != 1) return null;
            var c = cols[0];
            if (!seg.Text.Any(char.IsDigit))
            {
                // the wrapped part of a name: the name above it in its column was cut at the column's edge
                if (!seg.Text.Any(PrintedText.IsIdeograph)) return null;
                var n = i - 1;
                if (SegmentIn(lines[n], c, columns) is null && i >= 2) n = i - 2;
                if (SegmentIn(lines[n], c, columns) is not { } name || name.Right < columns[c].Right - s.WrappedLineEdgeRatio * name.FontSize) return null;
                continue;
            }
            var j = i - 1;
            if (SegmentIn(lines[j], c, columns) is null && i >= 2) j = i - 2;
            if (SegmentIn(lines[j], c, columns) is not { } upper) return null;
            if (!WrappedAmount.Completes(upper.Text, upper.Right - upper.Left, seg.Text, columns[c].Right - columns[c].Left, upper.FontSize, s))
                return null;
            sources.Add(j);
            heads.Add(upper);
        }
        if (sources.Count == 0) return null;
        if (sources.Contains(i - 2) && !lines[i - 2].All(seg => heads.Contains(seg) || (!seg.Text.Any(char.IsDigit) && seg.Text.Any(PrintedText.IsIdeograph))))
            return null;
        return sources;
    }

    /// <summary>A line of the table's body: several cells, or an amount.</summary>
    static bool IsRow(List<TextSegment> line) =>
        line.Count >= 2 || line.Any(seg => NumberParser.LooksLikeAmount(seg.Text));

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
