using Extractor.Model;

namespace Extractor.Checks.Diagnosis;

/// <summary>Signs that a failed sum is in the document itself: the printed figures are read consistently and still disagree.</summary>
public static class PublishedEvidence
{
    public static IEnumerable<string> For(SumFailure f, BudgetDocument doc, IReadOnlyList<SumFailure> all)
    {
        if (PrintedRounded(f) is { } rounded) yield return rounded;
        if (SameGapInAnotherTable(f, all) is { } same) yield return same;
        if (AnotherTablePrintsTheSum(f, doc) is { } sum) yield return sum;
        if (GapRunsThroughTheTree(f, doc, all) is { } chain) yield return chain;
        if (SameGapBothWays(f, all) is { } both) yield return both;
    }

    /// <summary>A row whose printed figure is off by the same gap against its children (tree sum) and against its own
    /// columns (row sum): one printed figure disagrees with two independent sums of cells that were read.</summary>
    static string? SameGapBothWays(SumFailure f, IReadOnlyList<SumFailure> all)
    {
        var other = all.FirstOrDefault(o => o.Table == f.Table && o.IsTreeSum != f.IsTreeSum && o.Row == f.Row
                                            && Math.Abs(o.GapYuan - f.GapYuan) <= 2 * f.LastDigit * f.Factor);
        return other is null ? null
            : $"the row is off by the same {f.Money(f.Gap)} against its {(f.IsTreeSum ? "own columns" : "children")} " +
              $"({TableView.ColumnName(other.Whole)}): the document's figure disagrees with two sums";
    }

    /// <summary>The whole is printed with fewer decimals than its parts, and the gap is below its last printed digit.</summary>
    static string? PrintedRounded(SumFailure f)
    {
        if (f.Whole.Value is not { } whole) return null;
        var partScale = NumberParser.FinestScale(f.Parts.Select(p => p.Amount?.Value)) ?? 0;
        if (whole.Scale >= partScale) return null;
        var wholeDigit = NumberParser.DigitAt(whole.Scale);
        return Math.Abs(f.Gap) < wholeDigit
            ? $"the whole is printed as '{f.Whole.Printed}' ({whole.Scale} decimals) while its parts carry {partScale}: the document rounded it"
            : null;
    }

    /// <summary>Another table, reconstructed on its own, prints the same row with the same gap: the figures are the document's.</summary>
    static string? SameGapInAnotherTable(SumFailure f, IReadOnlyList<SumFailure> all)
    {
        var twin = all.FirstOrDefault(o => o.Table != f.Table && o.Finding.Rule == f.Finding.Rule && o.Whole.Measure == f.Whole.Measure
                                           && SameRow(o.Row, f.Row) && f.SameYuan(o.GapYuan, f.GapYuan, o.Factor));
        return twin is null ? null
            : $"{TableView.Describe(twin.Table)} (page {twin.Row.Provenance.Page}) prints the same row with the same gap of {f.Money(f.Gap)}: the figures are the document's";
    }

    /// <summary>Another table prints the same row and measure with exactly the parts' sum: this table's whole disagrees with the document.</summary>
    static string? AnotherTablePrintsTheSum(SumFailure f, BudgetDocument doc)
    {
        foreach (var other in doc.Tables.Where(t => t != f.Table))
        {
            var factor = TableView.UnitFactor(other);
            foreach (var r in other.Rows.Where(r => SameRow(r, f.Row)))
            {
                var agreeing = r.Amounts.FirstOrDefault(a => a.Measure == f.Whole.Measure && a.Measure != Measure.Other
                                                             && f.SameYuan(a.Value * factor, f.PartsSum * f.Factor, factor));
                if (agreeing is not null)
                    return $"{TableView.Describe(other)} (page {r.Provenance.Page}) prints {CheckContext.Format(agreeing.Value!.Value, TableView.UnitOf(other))} " +
                           $"for the same row and measure, which is what the parts add up to: this table's printed '{f.Whole.Printed}' disagrees with the document";
            }
        }
        return null;
    }

    /// <summary>
    /// Row sums: the same gap recurs on the row's parent or child rows while no tree sum of the table fails in the
    /// columns involved: every column adds up down the tree, so the cells were read consistently.
    /// </summary>
    static string? GapRunsThroughTheTree(SumFailure f, BudgetDocument doc, IReadOnlyList<SumFailure> all)
    {
        if (f.IsTreeSum) return null;
        var chain = all.Where(o => o != f && o.Table == f.Table && !o.IsTreeSum && o.Whole.Column == f.Whole.Column
                                   && Related(o.Row, f.Row) && Math.Abs(o.GapYuan - f.GapYuan) <= 2 * f.LastDigit * f.Factor).ToList();
        if (chain.Count == 0) return null;
        var columns = f.Parts.Where(p => p.Amount is not null).Select(p => p.Amount!.Column).Append(f.Whole.Column).ToHashSet();
        // a tree sum failing on these rows by the same gap is the same printed disagreement, not a misread cell
        var rows = chain.Select(o => o.Row).Append(f.Row).ToHashSet();
        var treeFails = doc.Checks.Any(c => c.Rule == CheckRules.TreeSum && c.Severity != Severity.Info && c.TableIndex == f.Table.Index
                                            && c.Column is { } col && columns.Contains(col)
                                            && !all.Any(o => o.Finding == c && rows.Contains(o.Row) && Math.Abs(o.GapYuan - f.GapYuan) <= 2 * f.LastDigit * f.Factor));
        if (treeFails) return null;
        return $"the same gap of {f.Money(f.Gap)} recurs on {string.Join(", ", chain.Select(o => f.Describe(o.Row)))} while every column adds up down the tree: " +
               "the cells were read consistently and the document's whole disagrees with its parts";
    }

    /// <summary>The same line in two tables: the same code, or both the grand total.</summary>
    static bool SameRow(TableRow a, TableRow b) =>
        a.Side == b.Side && (a.Code is not null ? a.Code == b.Code : b.Code is null && a.IsTotal && b.IsTotal);

    /// <summary>One row is an ancestor of the other in the code tree, or one of them is the grand total.</summary>
    static bool Related(TableRow a, TableRow b) =>
        a.Code is null && a.IsTotal || b.Code is null && b.IsTotal
        || a.Code is { } x && b.Code is { } y && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));
}
