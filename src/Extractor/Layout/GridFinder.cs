using Extractor.Raw;

namespace Extractor.Layout;

/// <summary>
/// Ruled tables from merged rulings: connected rulings → grid lines → elementary cells → cells merged where the
/// ruling between them is missing (spans).
/// </summary>
public static class GridFinder
{
    public static List<RuledGrid> Find(List<Ruling> rulings, LayoutSettings s)
    {
        var grids = new List<RuledGrid>();
        foreach (var group in ConnectedGroups(rulings, s.IntersectionTolerance))
        {
            var grid = BuildGrid(CloseOpenEdges(group, s), s);
            if (grid != null) grids.Add(grid);
        }
        grids.Sort((a, b) => b.Ys[0].CompareTo(a.Ys[0]));
        return grids;
    }

    /// <summary>
    /// A frame whose top (or bottom) border was not drawn as a ruling: when the verticals, the outer two among them,
    /// run on past the outermost horizontal, their common end is that border (the first row of a continued table
    /// printed right under the page's top edge would otherwise fall outside the grid).
    /// </summary>
    public static List<Ruling> CloseOpenEdges(List<Ruling> group, LayoutSettings s)
    {
        var hs = group.Where(r => r.Horizontal).ToList();
        var vs = group.Where(r => !r.Horizontal).ToList();
        if (hs.Count == 0 || vs.Count < 2) return group;
        var left = vs.Min(v => v.Position);
        var right = vs.Max(v => v.Position);
        var top = hs.Max(h => h.Position);
        var bottom = hs.Min(h => h.Position);
        var tol = s.IntersectionTolerance;
        List<Ruling>? closed = null;
        var vTop = vs.Max(v => v.End);
        if (vTop > top + s.MinCellSize && OuterVerticalsReach(vs, left, right, v => v.End >= vTop - tol, tol))
            (closed ??= new List<Ruling>(group)).Add(Ruling.H(vTop, left, right));
        var vBottom = vs.Min(v => v.Start);
        if (vBottom < bottom - s.MinCellSize && OuterVerticalsReach(vs, left, right, v => v.Start <= vBottom + tol, tol))
            (closed ??= new List<Ruling>(group)).Add(Ruling.H(vBottom, left, right));
        return closed ?? group;
    }

    static bool OuterVerticalsReach(List<Ruling> vs, double left, double right, Func<Ruling, bool> reaches, double tol) =>
        vs.Any(v => Math.Abs(v.Position - left) <= tol && reaches(v)) && vs.Any(v => Math.Abs(v.Position - right) <= tol && reaches(v));

    /// <summary>Groups of rulings that touch one another (a horizontal crossing or meeting a vertical).</summary>
    public static List<List<Ruling>> ConnectedGroups(List<Ruling> rulings, double tol)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int FindRoot(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }

        var hs = new List<int>();
        var vs = new List<int>();
        for (var i = 0; i < rulings.Count; i++) (rulings[i].Horizontal ? hs : vs).Add(i);
        // verticals sorted by x so each horizontal only scans the verticals within its x range
        vs.Sort((a, b) => rulings[a].Position.CompareTo(rulings[b].Position));
        var vx = vs.Select(i => rulings[i].Position).ToArray();
        foreach (var hi in hs)
        {
            var h = rulings[hi];
            var k = LowerBound(vx, h.Start - tol);
            for (; k < vs.Count && vx[k] <= h.End + tol; k++)
            {
                var v = rulings[vs[k]];
                if (h.Position >= v.Start - tol && h.Position <= v.End + tol)
                    parent[FindRoot(hi)] = FindRoot(vs[k]);
            }
        }
        return Enumerable.Range(0, rulings.Count).GroupBy(FindRoot).Select(g => g.Select(i => rulings[i]).ToList()).ToList();
    }

    static int LowerBound(double[] sorted, double v)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid] < v) lo = mid + 1; else hi = mid; }
        return lo;
    }

    /// <summary>The grid of one connected group, or null when it holds no cell of table size.</summary>
    public static RuledGrid? BuildGrid(List<Ruling> group, LayoutSettings s)
    {
        var hs = group.Where(r => r.Horizontal).ToList();
        var vs = group.Where(r => !r.Horizontal).ToList();
        if (hs.Count < 2 || vs.Count < 2) return null;
        var xs = Distinct(vs.Select(v => v.Position), s.MinCellSize).ToArray();
        var ys = Distinct(hs.Select(h => h.Position), s.MinCellSize).AsEnumerable().Reverse().ToArray();
        if (xs.Length < s.MinTableColumns + 1 || ys.Length < 2) return null;

        int rows = ys.Length - 1, cols = xs.Length - 1;
        var tol = s.IntersectionTolerance;
        // the rulings lying on each grid line, so a border test looks at one line only
        var onX = LinesOn(xs, vs, s.MinCellSize);
        var onY = LinesOn(ys, hs, s.MinCellSize);
        bool VerticalAt(int xi, double y) => onX[xi].Any(v => v.Start - tol <= y && y <= v.End + tol);
        bool HorizontalAt(int yi, double x) => onY[yi].Any(h => h.Start - tol <= x && x <= h.End + tol);

        // union elementary cells that no ruling separates
        var parent = new int[rows * cols];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        int FindRoot(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        for (var r = 0; r < rows; r++)
        {
            var midY = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c < cols; c++)
            {
                var midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !VerticalAt(c + 1, midY)) parent[FindRoot(r * cols + c)] = FindRoot(r * cols + c + 1);
                if (r + 1 < rows && !HorizontalAt(r + 1, midX)) parent[FindRoot(r * cols + c)] = FindRoot((r + 1) * cols + c);
            }
        }
        // cells outside the ruled outline (an L-shaped group) are dropped: they touch no ruling on some side
        var cells = new List<GridCell>();
        foreach (var comp in Enumerable.Range(0, rows * cols).GroupBy(FindRoot))
        {
            int r0 = int.MaxValue, r1 = -1, c0 = int.MaxValue, c1 = -1;
            foreach (var i in comp) { r0 = Math.Min(r0, i / cols); r1 = Math.Max(r1, i / cols); c0 = Math.Min(c0, i % cols); c1 = Math.Max(c1, i % cols); }
            cells.Add(new GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, new BoundingBox(xs[c0], ys[r1 + 1], xs[c1 + 1], ys[r0])));
        }
        if (cells.Count < 2) return null;
        cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Col.CompareTo(b.Col));
        return new RuledGrid { Xs = xs, Ys = ys, Cells = cells };
    }

    static List<Ruling>[] LinesOn(double[] positions, List<Ruling> rulings, double tol)
    {
        var result = positions.Select(_ => new List<Ruling>()).ToArray();
        foreach (var r in rulings)
        {
            var best = -1;
            var bestDist = tol;
            for (var i = 0; i < positions.Length; i++)
            {
                var d = Math.Abs(positions[i] - r.Position);
                if (d <= bestDist) { best = i; bestDist = d; }
            }
            if (best >= 0) result[best].Add(r);
        }
        return result;
    }

    /// <summary>Sorted positions with near duplicates (closer than tol) merged to their mean.</summary>
    public static List<double> Distinct(IEnumerable<double> values, double tol)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var result = new List<double>();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i + 1;
            while (j < sorted.Count && sorted[j] - sorted[j - 1] < tol) j++;
            double sum = 0;
            for (var k = i; k < j; k++) sum += sorted[k];
            result.Add(sum / (j - i));
            i = j;
        }
        return result;
    }
}
