using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Checks;

/// <summary>
/// Government tables printed by region (分地区): the total row (合计, 全市, 全省 …) = Σ region rows (XX市, XX县, 市本级),
/// per amount column; only money is summed: a ratio or percent column, or one printing a unit that is not money
/// (债务平均年限（年）), keeps its values but is not added.
/// </summary>
public sealed class RegionSumCheck : ICheck
{
    public string Rule => CheckRules.RegionSum;

    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty))
        {
            RunOnColumns(context, table);
            var regions = table.Rows.Where(r => r.IsRegion && r.Side is null).ToList();
            if (regions.Count < 2) continue;
            var total = table.Rows.FirstOrDefault(r => r.IsTotal && r.Side is null)
                        ?? table.Rows.TakeWhile(r => r != regions[0]).LastOrDefault(r => IsWholeRegion(r.Name))
                        ?? OpeningTotal(table, regions, context.Document);
            if (total is null) continue;
            var parts = regions.Where(r => r.Index != total.Index).ToList();
            List<TableRow>? lines = null;
            foreach (var whole in total.Amounts.Where(TableView.IsMoney))
            {
                var amounts = parts.Select(r => r.Amounts.FirstOrDefault(a => a.Column == whole.Column)).ToList();
                if (amounts.All(a => !TableView.IsFilled(a)) || IsNoSum(whole, amounts)) continue;
                // regions printed under their city or under a subtotal (郑州市, 其中：市本级及市辖区, 巩义市 …; 省级, 各市小计,
                // 济南市 …): when the region rows do not add up, the lines the table's arithmetic puts directly under the
                // total are its parts, if they add up to it
                if (!Adds(context, whole, amounts) && parts.Count > 0 && (lines ??= TopLines(table, total, parts)).Count >= 2)
                {
                    var top = lines.Select(r => r.Amounts.FirstOrDefault(a => a.Column == whole.Column)).ToList();
                    if (Adds(context, whole, top))
                    {
                        Compare(context, table, total, whole, top, $"{lines.Count} top lines ({string.Join(", ", lines.Select(TableView.RowName))})", f => f.PartRows = lines.Select(r => r.Index).ToList());
                        continue;
                    }
                }
                Compare(context, table, total, whole, amounts, $"{parts.Count} region rows", f => f.PartRows = parts.Select(r => r.Index).ToList());
            }
        }
    }

    /// <summary>
    /// Regions printed across the header (分地区 columns): in every row, the total column (合计, 合计决算数) = Σ the region
    /// columns. With several total columns (合计/预算数, 合计/执行数) each adds the region columns of the same figure.
    /// </summary>
    void RunOnColumns(CheckContext context, BudgetTable table)
    {
        var regions = table.Columns.Where(c => c.Region is not null).ToList();
        if (regions.Count < 2) return;
        var totals = TotalColumns(table);
        // the regions go on in the next table (a wide table printed in two parts: 济南市 … 潍坊市, then 济宁市 … 菏泽市
        // with no total of its own): this part's total adds both parts' regions, so this part alone is not checked
        if (totals.Count > 0 && context.Document.Tables.FirstOrDefault(t => t.Index > table.Index) is { } next
            && next.Columns.Count(c => c.Region is not null) >= 2 && TotalColumns(next).Count == 0
            && (next.Title is null || next.Title == table.Title) && !next.Columns.Any(c => c.Region is not null && regions.Any(r => r.Region == c.Region)))
            return;
        foreach (var totalColumn in totals)
        {
            var parts = totals.Count == 1 ? regions : regions.Where(r => Figure(r.Label, r.Region) == Figure(totalColumn.Label, null)).ToList();
            if (parts.Count < 2) continue;
            var partColumns = parts.Select(p => p.Index).ToHashSet();
            foreach (var row in table.Rows.Where(r => r.Side is null))
            {
                var whole = row.Amounts.FirstOrDefault(a => a.Column == totalColumn.Index);
                if (whole is null || !TableView.IsMoney(whole)) continue;
                var amounts = row.Amounts.Where(a => partColumns.Contains(a.Column)).ToList();
                if (amounts.All(a => !TableView.IsFilled(a)) || amounts.Any(a => !TableView.IsMoney(a))) continue;
                Compare(context, table, row, whole, amounts, $"{parts.Count} region columns", f => f.PartColumns = parts.Select(p => p.Index).ToList());
            }
        }
    }

    /// <summary>A column whose total is below one of its regions while none is negative is no sum of them (a mean or a
    /// ratio printed without % or 率: 抚养比, 平均期限): its values are kept, not added.</summary>
    static bool IsNoSum(Amount whole, IReadOnlyList<Amount?> parts) =>
        whole.Value is > 0 && parts.All(p => p?.Value is not < 0) && parts.Count(p => p?.Value is > 0) >= 2
        && parts.Any(p => p?.Value > whole.Value);

    /// <summary>Parts that add up to the whole within the rounding of their printed digits.</summary>
    static bool Adds(CheckContext context, Amount whole, IReadOnlyList<Amount?> amounts) =>
        Math.Abs(amounts.Sum(TableView.ValueOrZero) - TableView.ValueOrZero(whole)) <= context.Tolerance(amounts.Count, amounts.Select(a => a?.Value).Append(whole.Value));

    /// <summary>The lines directly under a by-region total, as the table's arithmetic nests them
    /// (<see cref="GovernmentRowReader.TopLevelLines"/>): the rows printed on the regions' side of the total (after it, or
    /// before it when it closes the table), each city with the regions under it and each subtotal with its lines
    /// folded into one line. An 其中 line counts: it opens a city's or subtotal's list.</summary>
    static List<TableRow> TopLines(BudgetTable table, TableRow total, List<TableRow> regions)
    {
        var rows = table.Rows.Where(r => r.Side is null).ToList();
        var at = rows.IndexOf(total);
        var side = rows.IndexOf(regions[0]) > at ? rows.Skip(at + 1).TakeWhile(r => !r.IsTotal) : rows.Take(at).Reverse().TakeWhile(r => !r.IsTotal).Reverse();
        return GovernmentRowReader.TopLevelLines(side.Where(r => r.Amounts.Any(a => a.Value is not null && TableView.IsMoney(a))).ToList());
    }

    /// <summary>The printed total against the sum of its region parts (rows or columns), with a finding naming them.</summary>
    void Compare(CheckContext context, BudgetTable table, TableRow row, Amount whole, IReadOnlyList<Amount?> amounts, string parts, Action<CheckFinding> withParts)
    {
        var unit = TableView.UnitOf(table, whole);
        var sum = amounts.Sum(TableView.ValueOrZero);
        var printed = TableView.ValueOrZero(whole);
        context.Compare(Rule, sum, printed, context.Tolerance(amounts.Count, amounts.Select(a => a?.Value).Append(whole.Value)), () =>
        {
            var finding = new CheckFinding
            {
                TableKind = table.Kind, TableIndex = table.Index, Row = row.Index, Column = whole.Column,
                Location = TableView.Describe(table, row, whole),
                Expected = CheckContext.Format(sum), Actual = whole.Printed.Length > 0 ? whole.Printed : "(blank)",
                Message = $"{TableView.RowName(row)} {TableView.ColumnName(whole)} is {CheckContext.Format(printed, unit)} but its {parts} add up to {CheckContext.Format(sum, unit)} (difference {CheckContext.Format(printed - sum, unit)})",
                Provenance = TableView.ProvenanceOf(row, whole),
            };
            withParts(finding);
            return finding;
        });
    }

    static List<TableColumn> TotalColumns(BudgetTable table) =>
        table.Columns.Where(c => c.Region is null && c.Role == ColumnRole.Amount && IsTotalColumn(c.Label)).ToList();

    /// <summary>A by-region table's total column: its first header level starts with 合计 or 总计.</summary>
    static bool IsTotalColumn(string label) =>
        Vocabulary.GovernmentTables.TotalColumnWords.Any(w => PrintedText.LabelKey(label.Split('/')[0]).StartsWith(w, StringComparison.Ordinal));

    /// <summary>The figure part of a column label: its header levels without the region (or the total word).</summary>
    static string Figure(string label, string? region)
    {
        var levels = label.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(PrintedText.LabelKey).ToList();
        if (region is not null) levels.Remove(region);
        else if (levels.Count > 0) levels[0] = Vocabulary.GovernmentTables.TotalColumnWords.Aggregate(levels[0], (l, w) => l.StartsWith(w, StringComparison.Ordinal) ? l[w.Length..] : l);
        return string.Concat(levels);
    }

    /// <summary>
    /// The whole printed as the table's first line, before its regions, when no total row was read: a line named as a
    /// total of regions (全省合计, 市县合计) or the government itself (山东省 atop 省本级, 济南市 … in 山东省's document).
    /// </summary>
    static TableRow? OpeningTotal(BudgetTable table, List<TableRow> regions, BudgetDocument doc)
    {
        var first = table.Rows.FirstOrDefault(r => r.Side is null);
        if (first is null || table.Rows.IndexOf(first) > table.Rows.IndexOf(regions[0])) return null;
        var key = PrintedText.LabelKey(first.Name);
        if (!first.IsRegion)
            return Vocabulary.GovernmentLevels.RegionWords.Any(w => key.StartsWith(w, StringComparison.Ordinal)) || Vocabulary.GovernmentWords.TotalEnding().IsMatch(key) ? first : null;
        return first == regions[0] && PrintedText.LabelKey(doc.Metadata.UnitName) is { Length: > 0 } government && key == government ? first : null;
    }

    static bool IsWholeRegion(string? name) =>
        Vocabulary.GovernmentLevels.RegionWords.Any(w => PrintedText.LabelKey(name) == w);
}
