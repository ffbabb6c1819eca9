using System.Text.RegularExpressions;
using Extractor.Raw;

namespace Extractor.Layout;

/// <summary>
/// Unruled tables (tabula's stream mode): runs of lines split into several aligned segments. Columns come from the
/// body lines with the most segments; header and wrapped lines are placed by overlap and may span columns.
/// </summary>
public static partial class StreamTableFinder
{
    /// <summary>A found table: its rows of segments (top to bottom) and column boundaries.</summary>
    public sealed record StreamTable(List<List<TextSegment>> Rows, List<(double Left, double Right)> Columns)
    {
        public BoundingBox Box => new(Columns[0].Left, Rows[^1].Min(s => s.Bottom), Columns[^1].Right, Rows[0].Max(s => s.Top));
    }

    /// <summary>Finds tables among lines (top to bottom); returns the tables and the indices of the lines they use.</summary>
    public static List<(StreamTable Table, int FirstLine, int LastLine)> Find(List<List<TextSegment>> lines, LayoutSettings s)
    {
        var found = new List<(StreamTable, int, int)>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsRowLike(lines[i], s)) { i++; continue; }
            var j = i;
            var last = i;
            // extend while lines stay close; tolerate a few lines that are not row-like (wrapped names, a header part)
            while (j + 1 < lines.Count)
            {
                var gap = lines[j][0].Baseline - lines[j + 1][0].Baseline;
                if (gap > s.StreamRowGapRatio * lines[j][0].FontSize) break;
                j++;
                if (IsRowLike(lines[j], s)) last = j;
                else if (j - last > s.MaxStreamWrappedLines) break;
            }
            var rowLike = Enumerable.Range(i, last - i + 1).Count(k => IsRowLike(lines[k], s));
            if (rowLike >= s.MinStreamRows)
            {
                // a header line just above (fewer segments, close by) belongs to the table
                var first = i;
                while (first > 0 && lines[first - 1].Count >= 2
                       && lines[first - 1][0].Baseline - lines[first][0].Baseline <= 2.2 * lines[first][0].FontSize
                       && first > i - 2) first--;
                var table = Build(lines.GetRange(first, last - first + 1), s);
                if (table != null) found.Add((table, first, last));
                i = last + 1;
            }
            else i = Math.Max(i + 1, last + 1);
        }
        return found;
    }

    static bool IsRowLike(List<TextSegment> line, LayoutSettings s) =>
        line.Count >= s.MinStreamColumns
        || (line.Count >= 2 && line.Skip(1).Any(seg => NumberParser.LooksLikeAmount(seg.Text)))
        || SubjectCode().IsMatch(line[0].Text);

    /// <summary>A 类, 款 or 项 code (3, 5 or 7 digits) opening a row whose amounts are blank (its name beside it, or
    /// wrapped above and below it).</summary>
    [GeneratedRegex(@"^\d{3}(\d{2}){0,2}$")]
    private static partial Regex SubjectCode();

    static StreamTable? Build(List<List<TextSegment>> rows, LayoutSettings s)
    {
        var maxSegments = rows.Max(r => r.Count);
        // columns from lines with the most segments: merge overlapping x-intervals
        var intervals = rows.Where(r => r.Count >= Math.Max(2, maxSegments - 1)).SelectMany(r => r)
            .Select(seg => (seg.Left, seg.Right)).OrderBy(x => x.Left).ToList();
        var columns = new List<(double Left, double Right)>();
        foreach (var (l, r) in intervals)
        {
            if (columns.Count > 0 && l <= columns[^1].Right + 1)
                columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, r));
            else columns.Add((l, r));
        }
        columns = JoinHeaderToItsAmounts(columns, rows);
        if (columns.Count < s.MinTableColumns) return null;
        // budget tables name their rows: a scatter of numbers (an infographic) is not a table
        var namedRows = rows.Count(r => r.Any(seg => seg.Text.Any(PrintedText.IsIdeograph)));
        if (namedRows * 2 < rows.Count) return null;
        return new StreamTable(WrappedLineMerger.Merge(rows, columns, s), columns);
    }

    /// <summary>
    /// A header label printed flush left over amounts printed flush right gives two columns that never meet: one only
    /// the header lines use, the next only the body lines (from the first line with an amount) use. They are one column.
    /// </summary>
    static List<(double Left, double Right)> JoinHeaderToItsAmounts(List<(double Left, double Right)> columns, List<List<TextSegment>> rows)
    {
        var firstBody = rows.FindIndex(r => r.Any(seg => NumberParser.LooksLikeAmount(seg.Text)));
        if (firstBody <= 0 || columns.Count < 3) return columns;
        bool Used(int c, IEnumerable<List<TextSegment>> lines) =>
            lines.SelectMany(l => l).Any(seg => seg.Right > columns[c].Left - 1 && seg.Left < columns[c].Right + 1);
        var header = rows.Take(firstBody).ToList();
        var body = rows.Skip(firstBody).ToList();
        var joined = new List<(double Left, double Right)>();
        for (var c = 0; c < columns.Count; c++)
        {
            if (c + 1 < columns.Count && !Used(c, body) && Used(c, header) && !Used(c + 1, header) && Used(c + 1, body))
            {
                joined.Add((columns[c].Left, columns[c + 1].Right));
                c++;
            }
            else joined.Add(columns[c]);
        }
        return joined;
    }

    /// <summary>Segments of one cell: side by side on a line joined by a space; lines (a wrapped name) joined top to bottom.</summary>
    static string CellText(List<TextSegment> segs)
    {
        if (segs.Count == 1) return segs[0].Text;
        var lines = new List<string>();
        double? baseline = null;
        foreach (var seg in segs.OrderByDescending(x => x.Baseline).ThenBy(x => x.Left))
        {
            if (baseline is { } b && Math.Abs(b - seg.Baseline) < 0.5 * seg.FontSize) lines[^1] += " " + seg.Text;
            else { lines.Add(seg.Text); baseline = seg.Baseline; }
        }
        return TextAssembler.JoinLines(lines);
    }

    /// <summary>The raw table of a stream table: one row per row of lines, segments placed by overlap with columns.</summary>
    public static RawTable ToRawTable(StreamTable t, int page)
    {
        var table = new RawTable { Page = page, LastPage = page, Method = "stream", Box = t.Box };
        var cols = t.Columns;
        for (var r = 0; r < t.Rows.Count; r++)
        {
            var taken = new Dictionary<int, (int Span, List<TextSegment> Segs)>();
            foreach (var seg in t.Rows[r])
            {
                int c0 = -1, c1 = -1;
                for (var c = 0; c < cols.Count; c++)
                    if (seg.Right > cols[c].Left - 1 && seg.Left < cols[c].Right + 1) { if (c0 < 0) c0 = c; c1 = c; }
                if (c0 < 0)
                {
                    // in a gutter: nearest column
                    var mid = (seg.Left + seg.Right) / 2;
                    c0 = c1 = Enumerable.Range(0, cols.Count).MinBy(c => Math.Abs((cols[c].Left + cols[c].Right) / 2 - mid));
                }
                if (taken.TryGetValue(c0, out var existing)) { existing.Segs.Add(seg); taken[c0] = (Math.Max(existing.Span, c1 - c0 + 1), existing.Segs); }
                else taken[c0] = (c1 - c0 + 1, new List<TextSegment> { seg });
            }
            var end = -1;
            foreach (var (c, (span, segs)) in taken.OrderBy(kv => kv.Key))
            {
                if (c <= end) continue; // overlapped by a wider segment to its left
                var box = segs.Select(x => x.Box).Aggregate((a, b) => a.Union(b));
                table.Cells.Add(new RawCell { Row = r, Col = c, ColSpan = span, Text = CellText(segs), Box = box, Page = page });
                end = c + span - 1;
            }
        }
        table.RowCount = t.Rows.Count;
        table.ColumnCount = cols.Count;
        return table;
    }
}
