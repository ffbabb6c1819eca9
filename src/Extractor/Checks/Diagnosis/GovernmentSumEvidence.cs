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
        if (f.Finding.Rule == CheckRules.Balance)
        {
            if (BrokenLineNames(f.Table) is { } broken) yield return broken;
            if (DetailEqualToGap(f) is { } detail) yield return detail;
            else if (CountedWithItsDetailsElsewhere(f, doc) is { } elsewhere) yield return elsewhere;
            yield break;
        }
        if (f.Finding.Rule == CheckRules.RegionSum)
        {
            if (RegionsGoOn(f, doc) is { } goOn) yield return goOn;
            if (LineOverTotal(f) is { } over) yield return over;
            if (TextInFigures(f) is { } text) yield return text;
            yield break;
        }
        if (doc.Metadata.Scope != Scope.Government || f.Finding.Rule != CheckRules.TreeSum) yield break;
        if (f.Row.Code is null && LinesAfterTheClasses(f) is { } lines) yield return lines;
        else if (UncodedRowsUnder(f) is { } uncoded) yield return uncoded;
        if (ColumnShifted(f) is { } shifted) yield return shifted;
    }

    /// <summary>
    /// Region rows short of their total, and the next table goes on with the regions: it has no title of its own (or
    /// this one's), no total row, regions this table does not print, and in the same column they add up to exactly the
    /// gap. One table printed in two blocks (南京市 … 连云港市, then 淮安市 … 宿迁市 beside or below) was read as two.
    /// </summary>
    static string? RegionsGoOn(SumFailure f, BudgetDocument doc)
    {
        if (f.Finding.PartColumns is not null || f.Finding.PartRows is null) return null;
        var next = doc.Tables.FirstOrDefault(t => t.Index > f.Table.Index);
        if (next is null || (next.Title is not null && next.Title != f.Table.Title) || next.Rows.Any(r => r.IsTotal)) return null;
        var mine = f.Table.Rows.Where(r => r.IsRegion).Select(r => r.ReportingUnit).ToHashSet();
        var more = next.Rows.Where(r => r.IsRegion && r.Side is null).ToList();
        if (more.Count < 2 || more.Any(r => mine.Contains(r.ReportingUnit))) return null;
        var label = f.Whole.ColumnLabel;
        var amounts = more.Select(r => r.Amounts.FirstOrDefault(a => a.Column == f.Whole.Column && a.ColumnLabel == label)).ToList();
        if (amounts.All(a => a?.Value is null)) return null;
        var sum = amounts.Sum(TableView.ValueOrZero);
        if (Math.Abs(sum - f.Gap) > f.LastDigit * (more.Count + f.Parts.Count) / 2) return null;
        var page = more[0].Provenance.Page is { } p ? $" (page {p})" : "";
        return $"the next table {next.Index}{page}, untitled and with no total, goes on with {more.Count} regions this one does not print " +
               $"({string.Join(", ", more.Take(NamedRows).Select(r => r.Name))}{(more.Count > NamedRows ? " …" : "")}) adding up to {f.Money(sum)}, exactly the gap: " +
               "one table printed in two blocks was read as two";
    }

    /// <summary>A line that is no region printing more than the total it is part of, while no region is negative (a
    /// region above the total is what a mean or a ratio looks like, not a misreading):
    /// two printed rows or figures were read as one (其中：市本级及市辖区鲁山县 1241132 for 1241 and 132).</summary>
    static string? LineOverTotal(SumFailure f)
    {
        if (f.Finding.PartColumns is not null || f.Whole.Value is not { } whole || whole <= 0 || f.Parts.Any(p => p.Amount?.Value < 0)) return null;
        var over = f.Table.Rows.Where(r => r.Side is null && !r.IsTotal && !r.IsRegion && r != f.Row)
            .Select(r => (Row: r, Amount: r.Amounts.FirstOrDefault(a => a.Column == f.Whole.Column)))
            .FirstOrDefault(x => x.Amount?.Value > whole && TableView.IsMoney(x.Amount));
        return over.Row is null ? null
            : $"row {over.Row.Index} '{over.Row.Name}' prints {over.Amount!.Printed}, more than the total {f.Whole.Printed} it is part of, while no region is negative: " +
              "two printed rows or figures were read as one";
    }

    /// <summary>
    /// A subtotal line printed among the regions (县区合计) that the total adds as printed (total = the regions before it
    /// + the subtotal, exactly) while the regions after it add up to the subtotal ± exactly the gap: every figure was
    /// read, and the document's own subtotal disagrees with its regions.
    /// </summary>
    static string? SubtotalOffItsRegions(SumFailure f)
    {
        if (f.Finding.PartColumns is not null || f.Whole.Value is not { } whole) return null;
        var rows = f.Table.Rows.Where(r => r.Side is null && r != f.Row).ToList();
        foreach (var line in rows.Where(r => !r.IsRegion && !r.IsTotal))
        {
            var at = rows.IndexOf(line);
            if (line.Amounts.FirstOrDefault(a => a.Column == f.Whole.Column)?.Value is not { } subtotal) continue;
            decimal Sum(IEnumerable<TableRow> part) => part.Where(r => r.IsRegion).Sum(r => TableView.ValueOrZero(r.Amounts.FirstOrDefault(a => a.Column == f.Whole.Column)));
            var before = Sum(rows.Take(at));
            var after = Sum(rows.Skip(at + 1));
            if (rows.Skip(at + 1).Count(r => r.IsRegion) < 2 || Math.Abs(before + subtotal - whole) >= f.LastDigit / 2 || !f.EqualsGap(subtotal - after)) continue;
            return $"the total is the regions before row {line.Index} '{line.Name}' plus that subtotal as printed ({f.Money(before)} + {f.Money(subtotal)}), " +
                   $"while the regions after it add up to {f.Money(after)}: the document's subtotal differs from its own regions by the gap";
        }
        return null;
    }

    /// <summary>A line of the table printing text where a figure belongs (验 0.92 for 0.92, the end of a name broken into
    /// the figures): the line's name and figures were not read as printed, so neither were the regions it belongs to.</summary>
    static string? TextInFigures(SumFailure f)
    {
        if (f.Finding.PartColumns is not null) return null;
        var broken = f.Table.Rows.Where(r => r.Side is null)
            .SelectMany(r => r.Amounts.Where(a => a.Value is null && !a.IsDash && a.Printed.Trim().Length > 0 && a.Printed.Any(char.IsAsciiDigit)).Select(a => (Row: r, Amount: a)))
            .FirstOrDefault();
        return broken.Row is null ? null
            : $"row {broken.Row.Index} '{broken.Row.Name}' prints '{broken.Amount.Printed}' under {TableView.ColumnName(broken.Amount)} where a figure belongs: " +
              "a name broken into the figures, so the line and the regions it belongs to were not read as printed";
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
        if (f.Finding.Rule == CheckRules.RegionSum && SubtotalOffItsRegions(f) is { } subtotal) yield return subtotal;
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

    /// <summary>
    /// Judges the balance and debt findings that have no parts to resolve (收入总计 against 支出总计; a debt line's
    /// limit or roll-forward), before the rest are set undetermined: from the table the check read, with the cells named.
    /// </summary>
    public static void JudgeWholes(BudgetDocument doc)
    {
        foreach (var f in doc.Checks.Where(f => f.Cause is null && f.Severity != Severity.Info && f.PartRows is null && f.PartColumns is null))
        {
            var table = doc.Tables.FirstOrDefault(t => t.Index == f.TableIndex);
            if (table is null) continue;
            var (cause, evidence) = f.Rule == CheckRules.Balance ? BalanceTotals(f, table)
                : f.Rule == CheckRules.Debt ? Debt(f, table) : (null, null);
            if (cause is null) continue;
            f.Cause = cause;
            f.CauseEvidence = evidence;
        }
    }

    /// <summary>收入总计 ≠ 支出总计: extraction when the lines' names are broken across rows; published when each side
    /// adds up to its own total as printed (so both totals were read as the document prints them).</summary>
    static (FindingCause?, string?) BalanceTotals(CheckFinding f, BudgetTable table)
    {
        if (BrokenLineNames(table) is { } broken) return (FindingCause.Extraction, broken);
        var sides = BalanceCheck.Sides(table);
        if (sides.Count != 2) return (null, null);
        var (income, spending) = (sides[0], sides[1]);
        var b = spending.Total.Amounts.FirstOrDefault(x => x.Column == f.Column);
        var a = b is null ? null : income.Total.Amounts.FirstOrDefault(x => x.Value is not null && BalanceCheck.Partner(income.Total, spending.Total, x, income.Total == spending.Total) == b);
        if (a?.Value is null || b?.Value is null) return (null, null);
        string? Adds(BalanceCheck.SideLines side, Amount total)
        {
            if (side.PartsSum(total.Column) is not var (sum, rows)) return null;
            var unit = TableView.UnitOf(table);
            return Math.Abs(sum - total.Value!.Value) <= rows.Count * HalfDigitOf(rows.Select(r => r.Amounts.First(x => x.Column == total.Column).Value).Append(total.Value))
                ? $"{side.Total.Name} {TableView.ColumnName(total)} {CheckContext.Format(total.Value.Value, unit)} = Σ its {rows.Count} line{(rows.Count == 1 ? "" : "s")} (row{(rows.Count == 1 ? "" : "s")} {string.Join(", ", rows.Select(r => r.Index))})"
                : null;
        }
        if (Adds(income, a) is { } left && Adds(spending, b) is { } right)
            return (FindingCause.Published, $"each side adds up as printed: {left}; {right}; so both totals were read as the document prints them, and they differ");
        return (FindingCause.Undetermined, "a side's lines do not add up to its total in this column either: see the side's own balance finding");
    }

    /// <summary>
    /// A debt line over its limit or not rolling forward: published when every item the line holds equals the sum of its
    /// 一般债务 and 专项债务 amounts in the same line (the figures were read as printed and agree with each other);
    /// extraction when one of them does not (an amount read under the wrong item or kind). A line is the finding's row
    /// where the table prints its items as columns, its column where it prints them as rows.
    /// </summary>
    static (FindingCause?, string?) Debt(CheckFinding f, BudgetTable table)
    {
        var row = table.Rows.FirstOrDefault(r => r.Index == f.Row && r.Amounts.Any(a => a.Column == f.Column));
        var checkedAmount = row?.Amounts.FirstOrDefault(a => a.Column == f.Column);
        if (row is null || checkedAmount is null || !GovernmentDebtItems.IsDebtMeasure(checkedAmount.Measure)) return (null, null);
        var debt = table.Rows.SelectMany(r => r.Amounts.Select(a => (Row: r, Amount: a)))
            .Where(i => i.Amount.Value is not null && !TableView.IsRatio(i.Amount) && GovernmentDebtItems.IsDebtMeasure(i.Amount.Measure)).ToList();
        // items as columns when the finding's row holds several items, else as rows (the finding's column)
        var byRow = debt.Where(i => i.Row == row).Select(i => i.Amount.Measure).Distinct().Count() > 1;
        var line = debt.Where(i => byRow ? i.Row == row : i.Amount.Column == checkedAmount.Column).ToList();
        var where = byRow ? $"on {row.Name}" : $"in column {TableView.ColumnName(checkedAmount)}";
        var cells = line.GroupBy(i => (i.Amount.Measure, i.Amount.DebtKind))
            .Select(g => g.GroupBy(i => i.Row.Level ?? 1).OrderBy(l => l.Key).First().ToList()).Where(g => g.Count == 1)
            .ToDictionary(g => (g[0].Amount.Measure, g[0].Amount.DebtKind), g => g[0]);
        var items = cells.Keys.Where(k => k.DebtKind == checkedAmount.DebtKind).Select(k => k.Measure).Distinct().ToList();
        var agree = new List<string>();
        foreach (var item in items)
        {
            if (!cells.TryGetValue((item, null), out var whole)) continue;
            var parts = Canonical.All<DebtKind>().Select(k => cells.TryGetValue((item, k), out var p) ? p : default((TableRow Row, Amount Amount)?)).ToList();
            if (parts.Any(p => p is null)) continue;
            var sum = parts.Sum(p => p!.Value.Amount.Value!.Value);
            var named = $"{Named(whole)} {CheckContext.Format(whole.Amount.Value!.Value)} = {string.Join(" + ", parts.Select(p => $"{Named(p!.Value)} {CheckContext.Format(p!.Value.Amount.Value!.Value)}"))}";
            if (Math.Abs(sum - whole.Amount.Value.Value) > parts.Count * HalfDigitOf(parts.Select(p => p!.Value.Amount.Value).Append(whole.Amount.Value)))
                return (FindingCause.Extraction, $"{where} the items do not agree with each other ({named.Replace(" = ", " ≠ ")}): an amount was read under the wrong item or kind");
            agree.Add(named);
        }
        return agree.Count == 0 ? (null, null)
            : (FindingCause.Published, $"{where} every item's amounts agree ({string.Join("; ", agree)}): the figures were read as printed, and the document's own figures break the rule");

        string Named((TableRow Row, Amount Amount) i) => byRow ? TableView.ColumnName(i.Amount) : $"{i.Row.Name}";
    }

    /// <summary>Half a unit of the finest printed digit among figures.</summary>
    static decimal HalfDigitOf(IEnumerable<decimal?> values) => NumberParser.DigitAt(Math.Min(6, NumberParser.FinestScale(values) ?? 0)) / 2;

    /// <summary>A 平衡表 whose line names are broken across rows (a name of one character, or a name running into the next
    /// line's number, 非税收入二、上级补助收): the layout's lines were split or merged, so its lines were not read as printed.</summary>
    static string? BrokenLineNames(BudgetTable table)
    {
        var broken = table.Rows.Where(r => PrintedText.LabelKey(r.Name) is { Length: > 0 } key
                                           && (key.Length == 1 || NumberInside(key))).ToList();
        if (broken.Count < 2) return null;
        return $"{broken.Count} line names of the table are broken across rows ({string.Join(", ", broken.Take(NamedRows).Select(r => $"row {r.Index} '{r.Name}'"))}): " +
               "its printed lines were split or merged in reading, so the lines its totals add were not read as printed";
    }

    /// <summary>A line's number (二、) printed inside a name: two lines read as one.</summary>
    static bool NumberInside(string key) =>
        Enumerable.Range(1, Math.Max(0, key.Length - 2)).Any(i => GovernmentRows.TopLevelNumber.IsMatch(key[i..]) && !GovernmentRows.TopLevelNumber.IsMatch(key[(i - 1)..]));

    /// <summary>A balance line sum that misses by exactly one line of the side printed as a detail (no role), or counts
    /// one line too many: we placed the line at the wrong level.</summary>
    static string? DetailEqualToGap(SumFailure f)
    {
        var side = f.Table.Rows.Where(r => r.Side == f.Row.Side && r != f.Row && r.Role != RowRole.GrandTotal).ToList();
        var candidates = f.Gap > 0 ? side.Where(r => r.Role is null && !IsOfWhich(r)) : side.Where(r => r.Role is not null);
        var line = candidates.FirstOrDefault(r => f.EqualsGap(r.Amounts.FirstOrDefault(a => a.Column == f.Whole.Column)?.Value));
        if (line is null) return null;
        return f.Gap > 0
            ? $"row {line.Index} '{line.Name}' was read as the detail of another line, and its {f.Money(f.Gap)} is exactly what the lines fall short: our reading placed the lines at the wrong level"
            : $"row {line.Index} '{line.Name}' was counted as a line of the total, and its {f.Money(-f.Gap)} is exactly what the lines exceed the total by: our reading counted a line and its details both";
    }

    /// <summary>
    /// A balance line sum over its total where another column of the same total shows the cause: there the lines exceed
    /// the total by exactly one line, so that line was counted together with its details; a line's role is the same in
    /// every column, so it is counted twice here too (the details printed only in this column, the other column's blank).
    /// </summary>
    static string? CountedWithItsDetailsElsewhere(SumFailure f, BudgetDocument doc)
    {
        if (f.Gap >= 0) return null;
        foreach (var other in doc.Checks.Where(c => c != f.Finding && c.Rule == CheckRules.Balance && c.TableIndex == f.Finding.TableIndex
                                                    && c.Row == f.Finding.Row && c.Column != f.Finding.Column && c.Severity != Severity.Info))
        {
            if (SumFailure.From(other, doc) is not { Gap: < 0 } o || o.Row.Side != f.Row.Side) continue;
            var side = o.Table.Rows.Where(r => r.Side == o.Row.Side && r != o.Row && r.Role is not null && r.Role != RowRole.GrandTotal);
            var line = side.FirstOrDefault(r => o.EqualsGap(r.Amounts.FirstOrDefault(a => a.Column == o.Whole.Column)?.Value));
            if (line is null || line.Amounts.FirstOrDefault(a => a.Column == f.Whole.Column)?.Value is not { } here || here == 0) continue;
            return $"row {line.Index} '{line.Name}' was counted as a line of the total together with its details: in column {TableView.ColumnName(o.Whole)} " +
                   $"its {o.Money(-o.Gap)} is exactly what the lines exceed the total by, and a line is read the same in every column";
        }
        return null;
    }

    static bool IsOfWhich(TableRow r) => PrintedText.IsOfWhich(r.Name);
}
