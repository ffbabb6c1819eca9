using Extractor.Raw;

namespace Extractor.Recognition;

/// <summary>
/// Which column of the table a continuation part continues each of the part's columns is printed under. Layout joins a
/// part whose columns sit where the table's do; a part recognition marks as a continuation may still be laid out
/// differently: a column more or less (the names beside a grid whose frame held only the amounts, a column lost at the
/// page edge), or the columns drawn at other places. Its columns then correspond by position on the page, not by index:
/// a part's column continues the table's column it overlaps most horizontally, and one that overlaps none, or whose
/// best match is another part column's too, continues none.
/// </summary>
public static class ContinuedColumns
{
    /// <summary>
    /// For each column of <paramref name="part"/>, the column of <paramref name="previous"/> printed at the same place
    /// (null: none); null as a whole when the columns correspond by index (every placed column over the column of the same
    /// index), or when either grid has no positions (a source without boxes keeps the correspondence by index).
    /// </summary>
    public static int?[]? Map(RawTable previous, RawTable part)
    {
        var before = Extents(previous);
        var after = Extents(part);
        if (before.All(e => e is null) || after.All(e => e is null)) return null;
        var map = new int?[part.ColumnCount];
        for (var c = 0; c < after.Length; c++)
        {
            if (after[c] is not { } x) continue;
            var best = -1;
            var bestOverlap = 0.0;
            for (var p = 0; p < before.Length; p++)
            {
                if (before[p] is not { } y) continue;
                var overlap = Math.Min(x.Right, y.Right) - Math.Max(x.Left, y.Left);
                if (overlap > bestOverlap) { bestOverlap = overlap; best = p; }
            }
            if (best >= 0) map[c] = best;
        }
        // a column of the table claimed by two of the part's: neither is known to continue it
        foreach (var shared in map.Where(m => m != null).GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key).ToList())
            for (var c = 0; c < map.Length; c++)
                if (map[c] == shared) map[c] = null;
        var byIndex = Enumerable.Range(0, map.Length).All(c => after[c] is null || map[c] == c);
        return byIndex ? null : map;
    }

    /// <summary>
    /// The column of a continuation part that continues <paramref name="column"/> of the part before, read from the
    /// part's <paramref name="map"/> (<see cref="RecognizedTable.ContinuedColumns"/>): the column printed at its place,
    /// or, with no map, the same index; null when none of the part's <paramref name="partColumns"/> continues it.
    /// </summary>
    public static int? PartColumnOf(int?[]? map, int column, int partColumns)
    {
        if (map is null) return column < partColumns ? column : null;
        var c = Array.IndexOf(map, column);
        return c >= 0 ? c : null;
    }

    /// <summary>Each column's horizontal extent over its single-column cells that print something; null without boxes.</summary>
    static (double Left, double Right)?[] Extents(RawTable table)
    {
        var extents = new (double Left, double Right)?[table.ColumnCount];
        foreach (var cell in table.Cells)
        {
            if (cell.ColSpan != 1 || cell.Box is not { } box || cell.Col >= extents.Length || cell.Text.Trim().Length == 0) continue;
            extents[cell.Col] = extents[cell.Col] is { } e ? (Math.Min(e.Left, box.Left), Math.Max(e.Right, box.Right)) : (box.Left, box.Right);
        }
        return extents;
    }
}
