using Extractor.Model;

namespace Extractor.Checks.Diagnosis;

/// <summary>Signs that a failed sum comes from our reading: a cell not read, a row without its code, a row or column left out.</summary>
public static class ExtractionEvidence
{
    public static IEnumerable<string> For(SumFailure f, BudgetDocument doc)
    {
        foreach (var e in UnreadCells(f)) yield return e;
        if (f.IsTreeSum)
        {
            if (UncodedRowEqualToGap(f) is { } uncoded) yield return uncoded;
            if (MissingChildPrintedElsewhere(f, doc) is { } missing) yield return missing;
        }
        else if (UncountedColumnEqualToGap(f) is { } column) yield return column;
    }

    /// <summary>A cell with printed text that did not become a number (and is not a dash).</summary>
    static IEnumerable<string> UnreadCells(SumFailure f) =>
        f.Parts.Select(p => (Row: p.Row, Amount: p.Amount)).Append((Row: f.Row, Amount: (Amount?)f.Whole))
            .Where(p => p.Amount is { Value: null, IsDash: false } a && a.Printed.Trim().Length > 0)
            .Select(p => $"the cell '{p.Amount!.Printed}' ({f.Describe(p.Row)}, {TableView.ColumnName(p.Amount)}) was not read as a number");

    /// <summary>A row without a code among the parent's rows whose amount is exactly the gap: its code was lost.</summary>
    static string? UncodedRowEqualToGap(SumFailure f)
    {
        var rows = f.Table.Rows;
        var start = rows.IndexOf(f.Row);
        if (start < 0 || f.Row.Code is null) return null;
        for (var i = start + 1; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Code is { } code && !code.StartsWith(f.Row.Code, StringComparison.Ordinal)) break;
            if (r.Code is not null || r.IsTotal || r.Side is not null) continue;
            var a = r.Amounts.FirstOrDefault(x => x.Column == f.Whole.Column);
            if (f.EqualsGap(a?.Value))
                return $"row {r.Index} '{r.Name}' under {f.Row.Code} has no code, and its {f.Money(a!.Value!.Value)} is exactly the gap: its code was not read";
        }
        return null;
    }

    /// <summary>Another table prints children of the same parent, absent here, whose amounts add up to the gap: we lost the rows.</summary>
    static string? MissingChildPrintedElsewhere(SumFailure f, BudgetDocument doc)
    {
        if (f.Row.Code is not { } parent) return null;
        var present = f.Table.Rows.Where(r => r.Code is not null).Select(r => r.Code!).ToHashSet();
        var childLength = f.Parts.Select(p => p.Row.Code?.Length ?? 0).DefaultIfEmpty(parent.Length + 2).Max();
        foreach (var other in doc.Tables.Where(t => t != f.Table && t.Classification == f.Table.Classification))
        {
            var missing = other.Rows.Where(r => r.Code is { } c && c.Length == childLength && c.StartsWith(parent, StringComparison.Ordinal) && !present.Contains(c)).ToList();
            if (missing.Count == 0) continue;
            var factor = TableView.UnitFactor(other);
            // the amounts of the same measure, else of the first amount column, add up to the gap
            foreach (var pick in new Func<TableRow, Amount?>[] { r => r.Amounts.FirstOrDefault(a => a.Measure == f.Whole.Measure), r => r.Amounts.FirstOrDefault() })
            {
                var sum = missing.Sum(r => TableView.ValueOrZero(pick(r)) * factor);
                if (f.SameYuan(sum, Math.Abs(f.GapYuan), factor) && f.Gap > 0)
                    return $"{string.Join(", ", missing.Select(r => $"{r.Code} {r.Name}"))} {(missing.Count == 1 ? "is" : "are")} printed under {parent} in " +
                           $"{TableView.Describe(other)} (page {missing[0].Provenance.Page}) with {CheckContext.Format(sum / factor, TableView.UnitOf(other))}, exactly the gap, " +
                           $"but missing from this table: {(other.Number is null && other.Title is null ? "an unjoined continuation of it" : "the rows were lost")}";
            }
        }
        return null;
    }

    /// <summary>Row sums: a column of the row that was not counted as a part holds exactly the gap: its header was read wrong.</summary>
    static string? UncountedColumnEqualToGap(SumFailure f)
    {
        var counted = f.Parts.Where(p => p.Amount is not null).Select(p => p.Amount!.Column).Append(f.Whole.Column).ToHashSet();
        var a = f.Row.Amounts.FirstOrDefault(a => !counted.Contains(a.Column) && !TableView.IsRatio(a) && f.EqualsGap(a.Value)
                                                  && a.Measure != f.Whole.Measure);
        return a is null ? null
            : $"the column {TableView.ColumnName(a)} ({f.Money(a.Value!.Value)}) is not counted as a part of {TableView.ColumnName(f.Whole)} but holds exactly the gap: its header was read wrong";
    }
}
