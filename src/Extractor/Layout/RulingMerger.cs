namespace Extractor.Layout;

/// <summary>Snap parallel rulings to shared positions, then join collinear pieces (pdfplumber's snap → join → merge).</summary>
public static class RulingMerger
{
    public static List<Ruling> Merge(IEnumerable<Ruling> rulings, LayoutSettings s)
    {
        var all = rulings.ToList();
        var result = new List<Ruling>();
        result.AddRange(Join(Snap(all.Where(r => r.Horizontal).ToList(), s.SnapTolerance), s.JoinTolerance));
        result.AddRange(Join(Snap(all.Where(r => !r.Horizontal).ToList(), s.SnapTolerance), s.JoinTolerance));
        return result;
    }

    /// <summary>Rulings whose positions chain within the tolerance move to the group's mean position.</summary>
    public static List<Ruling> Snap(List<Ruling> rulings, double tolerance)
    {
        rulings.Sort((a, b) => a.Position.CompareTo(b.Position));
        var result = new List<Ruling>(rulings.Count);
        var i = 0;
        while (i < rulings.Count)
        {
            var j = i + 1;
            while (j < rulings.Count && rulings[j].Position - rulings[j - 1].Position <= tolerance) j++;
            double sum = 0;
            for (var k = i; k < j; k++) sum += rulings[k].Position;
            var mean = sum / (j - i);
            for (var k = i; k < j; k++) result.Add(rulings[k] with { Position = mean });
            i = j;
        }
        return result;
    }

    /// <summary>Rulings at one position that overlap or nearly touch become one.</summary>
    public static List<Ruling> Join(List<Ruling> rulings, double tolerance)
    {
        var result = new List<Ruling>();
        foreach (var group in rulings.GroupBy(r => r.Position))
        {
            Ruling? current = null;
            foreach (var r in group.OrderBy(r => r.Start))
            {
                if (current is { } c && r.Start <= c.End + tolerance)
                    current = c with { End = Math.Max(c.End, r.End) };
                else
                {
                    if (current is { } done) result.Add(done);
                    current = r;
                }
            }
            if (current is { } last) result.Add(last);
        }
        return result;
    }
}
