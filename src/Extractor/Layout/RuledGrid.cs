using Extractor.Raw;

namespace Extractor.Layout;

/// <summary>
/// A table's grid found from rulings: column boundaries Xs (left to right), row boundaries Ys (top to bottom) and
/// the cells, each an elementary block or a merged run of them.
/// </summary>
public sealed class RuledGrid
{
    public required double[] Xs { get; init; }
    public required double[] Ys { get; init; }
    public required List<GridCell> Cells { get; init; }
    public int Rows => Ys.Length - 1;
    public int Columns => Xs.Length - 1;
    public BoundingBox Box => new(Xs[0], Ys[^1], Xs[^1], Ys[0]);

    /// <summary>Column holding x, or -1.</summary>
    public int ColumnAt(double x) => Locate(Xs, x, ascending: true);
    /// <summary>Row holding y, or -1.</summary>
    public int RowAt(double y) => Locate(Ys, y, ascending: false);

    static int Locate(double[] bounds, double v, bool ascending)
    {
        int lo = 0, hi = bounds.Length - 2;
        if (ascending ? v < bounds[0] || v > bounds[^1] : v > bounds[0] || v < bounds[^1]) return -1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (ascending ? bounds[mid] <= v : bounds[mid] >= v) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}

/// <summary>A cell of a ruled grid, anchored at (Row, Col).</summary>
public sealed record GridCell(int Row, int Col, int RowSpan, int ColSpan, BoundingBox Box);
