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
    /// A frame whose border on one side was not drawn as a ruling (or was clipped away by a clip path a hair inside it):
    /// when the rulings crossing that side, the outer two among them, run on past the outermost ruling parallel to it,
    /// their common end is that border. Top and bottom: the first row of a continued table printed right under the
    /// page's top edge would otherwise fall outside the grid. Left and right: a last column (金额) whose right border is
    /// missing would fall outside the grid with every amount in it; there every row's horizontal, not only the outer
    /// two, must run on to the common end (a double frame drawn a few points outside the table is no column).
    /// </summary>
    public static List<Ruling> CloseOpenEdges(List<Ruling> group, LayoutSettings s)
    {
        var hs = group.Where(r => r.Horizontal).ToList();
        var vs = group.Where(r => !r.Horizontal).ToList();
        if (hs.Count == 0 || vs.Count < 2) return group;
        List<Ruling>? closed = null;
        foreach (var edge in OpenEdges(vs, hs, everyCrossing: false, s)) (closed ??= new List<Ruling>(group)).Add(Ruling.H(edge.Position, edge.From, edge.To));
        if (hs.Count >= 2)
            foreach (var edge in OpenEdges(hs, vs, everyCrossing: true, s)) (closed ??= new List<Ruling>(group)).Add(Ruling.V(edge.Position, edge.From, edge.To));
        return closed ?? group;
    }

    /// <summary>
    /// The missing borders across <paramref name="crossing"/> rulings (the verticals for a missing top or bottom; the
    /// horizontals for a missing left or right): where the outer two crossing rulings both run on past the outermost
    /// parallel ruling to a common end (with <paramref name="everyCrossing"/>: every crossing ruling does).
    /// </summary>
    static IEnumerable<(double Position, double From, double To)> OpenEdges(List<Ruling> crossing, List<Ruling> parallel, bool everyCrossing, LayoutSettings s)
    {
        var low = crossing.Min(r => r.Position);
        var high = crossing.Max(r => r.Position);
        var tol = s.IntersectionTolerance;
        var first = parallel.Min(r => r.Position);
        var last = parallel.Max(r => r.Position);
        var end = crossing.Max(r => r.End);
        bool Reach(Func<Ruling, bool> reaches) =>
            OuterRulingsReach(crossing, low, high, reaches, tol) && (!everyCrossing || crossing.All(reaches));
        if (end > last + s.MinCellSize && Reach(r => r.End >= end - tol))
            yield return (end, low, high);
        var start = crossing.Min(r => r.Start);
        if (start < first - s.MinCellSize && Reach(r => r.Start <= start + tol))
            yield return (start, low, high);
    }

    static bool OuterRulingsReach(List<Ruling> rulings, double low, double high, Func<Ruling, bool> reaches, double tol) =>
        rulings.Any(r => Math.Abs(r.Position - low) <= tol && reaches(r)) && rulings.Any(r => Math.Abs(r.Position - high) <= tol && reaches(r));

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
