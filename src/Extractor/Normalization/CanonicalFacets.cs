using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Sets the canonical facets the checks read (Model/Facets) from the printed header, row label and title, so that no
/// check matches printed words: each amount's period, phase, part, of-which level, group and ratio; each row's role;
/// the table's spending part. Words in <see cref="FacetWords"/>. The unit of a ratio column's amounts (%, never yuan) is
/// set where every amount is read, <see cref="TableGrid.ColumnUnit"/>.
/// </summary>
public static class CanonicalFacets
{
    public static void Apply(BudgetTable table)
    {
        table.SpendingPart = PrintedText.Compact(table.Title).Contains(FacetWords.Basic) ? Measure.Basic : null;
        var byLabel = new Dictionary<string, ColumnFacets>();
        foreach (var row in table.Rows)
        {
            row.Role = RoleOf(row.Name);
            foreach (var a in row.Amounts)
            {
                if (!byLabel.TryGetValue(a.ColumnLabel, out var f)) byLabel[a.ColumnLabel] = f = Read(a.ColumnLabel);
                a.Period = f.Period; a.Phase = f.Phase; a.Part = f.Part; a.OfWhichLevel = f.OfWhichLevel; a.Group = f.Group; a.Ratio = f.Ratio;
            }
        }
    }

    /// <summary>A row's role from its label: the grand total of a side (总计), a carry-over (结转); else null.</summary>
    public static RowRole? RoleOf(string? name)
    {
        var key = PrintedText.Compact(name);
        if (key.Contains(FacetWords.GrandTotal)) return RowRole.GrandTotal;
        if (key.Contains(FacetWords.Carryover)) return RowRole.Carryover;
        return null;
    }

    public sealed record ColumnFacets(ColumnPeriod? Period, Phase? Phase, ColumnPart? Part, int? OfWhichLevel, ColumnGroup? Group, bool? Ratio);

    /// <summary>The facets of a header path ("本年收入/其中：X", levels joined with '/').</summary>
    public static ColumnFacets Read(string? label)
    {
        label ??= "";
        var levels = label.Split('/').Select(PrintedText.Label).ToArray();
        int? ofWhich = null;
        for (var i = 0; i < levels.Length; i++)
            if (levels[i].StartsWith(FacetWords.OfWhich, StringComparison.Ordinal)) ofWhich = i;
        return new ColumnFacets(
            label.Contains(FacetWords.PriorYear) ? ColumnPeriod.PriorYear : null,
            FacetWords.Outturn.Any(label.Contains) ? Phase.Final : null,
            FacetWords.SubtotalEndings.Any(w => levels[^1].EndsWith(w, StringComparison.Ordinal)) ? ColumnPart.Subtotal : null,
            ofWhich,
            label.Contains(FacetWords.ThreePublic) ? ColumnGroup.ThreePublic : null,
            IsRatio(label) ? true : null);
    }

    /// <summary>
    /// Whether a header path names a ratio: a percentage (<see cref="IsPercentage"/>), or a level ending in a ratio word
    /// (<see cref="FacetWords.RatioEndings"/>: 抚养比, 占比, 上缴比例).
    /// </summary>
    public static bool IsRatio(string? label) => IsPercentage(label) || EndsIn(label, FacetWords.RatioEndings);

    /// <summary>Whether a header path names a percentage: it prints % (either width) anywhere, or a level ends in a rate
    /// (<see cref="FacetWords.RateEndings"/>: 增长率, 执行率（B/A）).</summary>
    public static bool IsPercentage(string? label) => PrintedText.Fold(label).Contains(FacetWords.Percent) || EndsIn(label, FacetWords.RateEndings);

    /// <summary>Whether a level of the header path ends in one of the words, a trailing bracket ((B/A), cut by the level
    /// separator or not) and % signs aside.</summary>
    static bool EndsIn(string? label, string[] endings) =>
        (label ?? "").Split('/').Select(Stem).Any(l => endings.Any(e => l.EndsWith(e, StringComparison.Ordinal)));

    static string Stem(string level)
    {
        var l = PrintedText.Label(level).TrimEnd(FacetWords.Percent[0]);
        var open = l.LastIndexOf('(');
        if (open > 0 && (l.IndexOf(')', open) is var close && (close < 0 || close == l.Length - 1))) l = l[..open];
        return l.TrimEnd(FacetWords.Percent[0]);
    }
}
