using Extractor.Model;
using Extractor.Normalization;
using Extractor.Vocabulary;

namespace Extractor.Checks.Diagnosis;

/// <summary>
/// Evidence for failed sums of government documents (issue 11), beside the general <see cref="ExtractionEvidence"/> and
/// <see cref="PublishedEvidence"/>: a grand total that also adds the lines printed after the classes (转移性支出,
/// 债务还本支出 …), a whole that equals its parts in another column (columns shifted), a whole the document leaves
/// blank, and a parent whose whole block of rows was read, every row coded and every cell a number, so that the
/// document itself prints fewer rows than its whole covers.
/// </summary>
public static class GovernmentSumEvidence
{
    public static IEnumerable<string> Extraction(SumFailure f, BudgetDocument doc)
    {
        if (doc.Metadata.Scope != Scope.Government || f.Finding.Rule != CheckRules.TreeSum) yield break;
        if (f.Row.Code is null && LinesAfterTheClasses(f) is { } lines) yield return lines;
        else if (UncodedRowsUnder(f) is { } uncoded) yield return uncoded;
        if (ColumnShifted(f) is { } shifted) yield return shifted;
    }

    /// <summary>Most rows a message names.</summary>
    const int NamedRows = 3;

    /// <summary>Rows printed inside the parent's block (or, for the grand total, before the last coded row) with a
    /// figure in the column but no code: our reading did not place them in the tree.</summary>
    static string? UncodedRowsUnder(SumFailure f)
    {
        var block = f.Row.Code is { } parent ? Block(f.Table.Rows, f.Row, parent)
            : f.Table.Rows.Take(f.Table.Rows.FindLastIndex(r => r.Code is not null) + 1).Where(r => r.Side is null && !r.IsTotal && r != f.Row).ToList();
        var uncoded = block.Where(r => r.Code is null && !IsOfWhich(r) && r.Amounts.Any(a => a.Column == f.Whole.Column && a.Value is not null && a.Value != 0)).ToList();
        if (uncoded.Count == 0) return null;
        var names = string.Join(", ", uncoded.Take(NamedRows).Select(r => $"row {r.Index} '{r.Name}'")) + (uncoded.Count > NamedRows ? $" and {uncoded.Count - NamedRows} more" : "");
        return $"{uncoded.Count} row{(uncoded.Count == 1 ? "" : "s")} printed under {f.Describe(f.Row)} with a figure but no code ({names}): our reading did not place {(uncoded.Count == 1 ? "it" : "them")} in the tree";
    }

    /// <summary>The rows printed after a coded parent until a row outside its code, a total or the other side.</summary>
    static List<TableRow> Block(List<TableRow> rows, TableRow parentRow, string parent)
    {
        var block = new List<TableRow>();
        for (var i = rows.IndexOf(parentRow) + 1; i > 0 && i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.IsTotal || r.Side is not null || (r.Code is { } c && !(c.StartsWith(parent, StringComparison.Ordinal) && c.Length > parent.Length))) break;
            block.Add(r);
        }
        return block;
    }

    public static IEnumerable<string> Published(SumFailure f, BudgetDocument doc)
    {
        if (doc.Metadata.Scope != Scope.Government || f.Finding.Rule != CheckRules.TreeSum) yield break;
        if (BlankWhole(f) is { } blank) yield return blank;
        else if (f.Row.Code is not null && BlockFullyRead(f, doc) is { } read) yield return read;
    }

    /// <summary>The grand total adds the uncoded lines printed after the last class, and they are exactly the gap: the
    /// classes were added up to a total that is not theirs.</summary>
    static string? LinesAfterTheClasses(SumFailure f)
    {
        var rows = f.Table.Rows.Where(r => r.Side is null).ToList();
        var lastCoded = rows.FindLastIndex(r => r.Code is not null);
        if (lastCoded < 0) return null;
        var lines = rows.Skip(lastCoded + 1).Where(r => r != f.Row && !r.IsTotal && r.Code is null && !IsOfWhich(r)
                                                        && r.Amounts.Any(a => a.Column == f.Whole.Column && a.Value is not null)).ToList();
        if (lines.Count == 0) return null;
        var sum = lines.Sum(r => TableView.ValueOrZero(r.Amounts.FirstOrDefault(a => a.Column == f.Whole.Column)));
        if (Math.Abs(sum - f.Gap) > f.LastDigit * (lines.Count + f.Parts.Count) / 2) return null;
        return $"the total also adds the lines printed after the classes ({string.Join(", ", lines.Select(r => r.Name))}: {f.Money(sum)}), exactly the gap: " +
               "the classes were added up to a total that is not theirs";
    }

    /// <summary>The parts add up, in another column of the same rows, to exactly the printed whole: cells were read into the wrong column.</summary>
    static string? ColumnShifted(SumFailure f)
    {
        if (f.Whole.Value is not { } whole || whole == 0) return null;
        foreach (var other in f.Row.Amounts.Where(a => a.Column != f.Whole.Column && !TableView.IsRatio(a)))
        {
            var parts = f.Parts.Select(p => p.Row.Amounts.FirstOrDefault(a => a.Column == other.Column)).ToList();
            if (parts.All(p => p?.Value is null)) continue;
            var sum = parts.Sum(TableView.ValueOrZero);
            if (Math.Abs(sum - whole) <= f.LastDigit * f.Parts.Count / 2 && Math.Abs(TableView.ValueOrZero(other) - whole) > f.LastDigit)
                return $"the parts' {TableView.ColumnName(other)} add up to exactly the printed {TableView.ColumnName(f.Whole)} ({f.Money(whole)}): cells were read into the wrong column";
        }
        return null;
    }

    /// <summary>The document prints no figure for the whole while its parts print figures.</summary>
    static string? BlankWhole(SumFailure f) =>
        f.Whole.Value is null && !f.Whole.IsDash && f.Whole.Printed.Trim().Length == 0 && f.PartsSum != 0
        && f.Row.Amounts.Any(a => a.Value is not null)
            ? $"the document leaves {TableView.ColumnName(f.Whole)} of {f.Describe(f.Row)} blank while its parts print {f.Money(f.PartsSum)}"
            : null;

    /// <summary>Every row printed under the parent was read with its code and every cell of the column is a number (or
    /// a dash or blank as printed), and no missing child is printed elsewhere: the document's printed parts do not
    /// reach its whole (rows left out of the publication).</summary>
    static string? BlockFullyRead(SumFailure f, BudgetDocument doc)
    {
        if (f.Row.Code is not { } parent) return null;
        var block = Block(f.Table.Rows, f.Row, parent);
        if (block.Count == 0) return null;
        var inColumn = block.Select(r => (Row: r, Amount: r.Amounts.FirstOrDefault(a => a.Column == f.Whole.Column))).ToList();
        if (inColumn.Any(x => x.Row.Code is null && !IsOfWhich(x.Row) && x.Amount?.Value is not null)) return null; // a row without its code
        if (inColumn.Append((Row: f.Row, Amount: (Amount?)f.Whole)).Any(x => x.Amount is { Value: null, IsDash: false } a && a.Printed.Trim().Length > 0)) return null;
        var pages = block.Select(r => r.Provenance.Page).Append(f.Row.Provenance.Page).Where(p => p is not null).Select(p => p!.Value).Distinct().Order().ToList();
        var where = pages.Count == 0 ? "" : pages.Count == 1 ? $" (page {pages[0]})" : $" (pages {pages[0]}–{pages[^1]})";
        return $"all {block.Count} rows printed under {parent}{where} were read, each with its code, and every cell of {TableView.ColumnName(f.Whole)} is a number; " +
               $"no missing child of {parent} is printed elsewhere in the document: its printed parts fall {f.Money(Math.Abs(f.Gap))} {(f.Gap > 0 ? "short of" : "above")} its whole";
    }

    static bool IsOfWhich(TableRow r) => PrintedText.Label(r.Name).StartsWith(GovernmentWords.OfWhich, StringComparison.Ordinal);
}
