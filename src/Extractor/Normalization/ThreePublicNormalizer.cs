using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// "三公" tables. Column form: one or a few rows, columns → total/outbound/reception/vehicles/vehicle-purchase/
/// vehicle-operation (sub-columns such as 一般公务出国(境)费 stay other with their label). Transposed form: rows
/// are the measures (因公出国(境)费, 公务接待费, 其中：公务用车购置费 …) with one or more amount columns.
/// A column takes the 三公 item named at any level of its header, the fund source (一般公共预算 …) staying in its label.
/// Rows by year (2025年 | 2026年 | 增减变化金额): the fiscal year's row keeps the column measures, an earlier year's row
/// (or 上年) holds the prior year and a 增减 row the change.
/// </summary>
public static class ThreePublicNormalizer
{
    public static void Fill(BudgetTable table, TableGrid grid, BudgetTable? continues = null)
    {
        var transposed = !grid.Header.Paths.Any(p => HeaderCatalog.IsThreePublicItem(HeaderCatalog.ThreePublicMeasureOf(p)))
            && grid.DataRows.Any(r => HeaderCatalog.IsThreePublicItem(RowMeasure(grid, r)));
        if (!transposed)
        {
            CodedTableNormalizer.Fill(table, grid, continues);
            ApplyColumnMeasures(table);
            ApplyYearRows(table, grid);
            foreach (var row in table.Rows) if (row.Name is null && row.IsTotal is false) row.Name = grid.Source.Caption.ReportingUnit;
            table.Classification = Classification.None;
            foreach (var row in table.Rows) { row.Classification = Classification.None; row.Code = null; row.Level = row.IsTotal ? 0 : null; row.ParentCode = null; }
            table.CodeTree.Clear();
            return;
        }

        var columns = ColumnRoles.Assign(grid);
        foreach (var col in columns.Where(c => c.Role == ColumnRole.Amount)) col.Measure = ColumnMeasure(col);
        table.Columns.AddRange(columns);
        var amountColumns = columns.Where(c => c.Role == ColumnRole.Amount).ToList();
        foreach (var r in grid.DataRows)
        {
            var labelCol = columns.FirstOrDefault(c => c.Role is not (ColumnRole.Amount or ColumnRole.Ordinal) && grid.At(r, c.Index).Length > 0);
            var label = labelCol is null ? "" : grid.At(r, labelCol.Index);
            var measure = RowMeasure(grid, r) ?? Measure.Other;
            var row = new TableRow
            {
                Index = r, Name = label, Classification = Classification.None, IsTotal = measure == Measure.Total,
                Level = measure == Measure.Total ? 0 : null,
                Provenance = grid.ProvenanceAt(r, labelCol?.Index ?? 0),
            };
            foreach (var col in amountColumns)
            {
                var amount = grid.AmountAt(r, col);
                if (col.Measure is Measure.Total or Measure.Other or null) amount.Measure = measure;
                row.Amounts.Add(amount);
            }
            if (label.Length == 0 && row.Amounts.All(a => a.Printed.Length == 0)) continue;
            table.Rows.Add(row);
        }
        table.Classification = Classification.None;
    }

    /// <summary>The column's measure in a 三公 table: a prior year found by <see cref="ColumnRoles"/> (2025年 beside 2026年)
    /// stays; otherwise the 三公 item named at any header level.</summary>
    static Measure ColumnMeasure(TableColumn column) =>
        column.Measure is Measure.PriorYear or Measure.Change ? column.Measure.Value : HeaderCatalog.ThreePublicMeasureOf(column.Label);

    static void ApplyColumnMeasures(BudgetTable table)
    {
        var measures = new Dictionary<int, Measure>();
        foreach (var col in table.Columns.Where(c => c.Role == ColumnRole.Amount))
        {
            var measure = ColumnMeasure(col);
            col.Measure = measure;
            measures[col.Index] = measure;
        }
        foreach (var wider in WiderTotals(table.Columns).ToList())
        {
            wider.Measure = Measure.Other;
            measures[wider.Index] = Measure.Other;
        }
        foreach (var amount in table.Rows.SelectMany(r => r.Amounts))
            if (measures.TryGetValue(amount.Column, out var measure)) amount.Measure = measure;
    }

    /// <summary>
    /// Totals wider than the 三公: where the header prints a 三公 group with its own total (“三公”经费/小计) and 会议费 or
    /// 培训费 beside it, a 合计 above or beside that group (合计 = 三公 + 会议费 + 培训费) is not the 三公 total the
    /// table's measure total stands for; it keeps its label under measure other.
    /// </summary>
    public static IEnumerable<TableColumn> WiderTotals(IReadOnlyList<TableColumn> columns)
    {
        var amounts = columns.Where(c => c.Role == ColumnRole.Amount).ToList();
        if (!amounts.Any(c => c.Measure is Measure.Meeting or Measure.Training)) return Array.Empty<TableColumn>();
        var groupTotals = amounts.Where(c => c.Measure == Measure.Total && CanonicalFacets.Read(c.Label).Group == ColumnGroup.ThreePublic).ToList();
        return amounts.Where(c => c.Measure == Measure.Total && !groupTotals.Contains(c)
                                  && groupTotals.Any(g => g.Label.StartsWith(ParentOf(c.Label), StringComparison.Ordinal))).ToList();
    }

    /// <summary>The header path above a column ("当年/" of "当年/合计"), "" at the top.</summary>
    static string ParentOf(string label) => label.LastIndexOf('/') is var i and > 0 ? label[..(i + 1)] : "";

    /// <summary>Rows by year: an earlier year than the document's (shown beside a row of the document's own year) or 上年
    /// → prior-year; 增减变化金额 → change. The column label keeps the 三公 item.</summary>
    static void ApplyYearRows(BudgetTable table, TableGrid grid)
    {
        var fiscalYear = grid.Metadata.FiscalYear;
        var rowYears = table.Rows.ToDictionary(r => r, r => RowTexts(grid, r.Index).Select(HeaderCatalog.YearOfRowLabel).FirstOrDefault(y => y is not null));
        var fiscalYearShown = fiscalYear is not null && rowYears.Values.Contains(fiscalYear);
        foreach (var row in table.Rows)
        {
            Measure? measure = null;
            if (fiscalYearShown && rowYears[row] is { } year && year < fiscalYear && year >= fiscalYear - 2) measure = Measure.PriorYear;
            else if (RowTexts(grid, row.Index).Select(HeaderCatalog.MeasureOfLevel).FirstOrDefault(m => m is Measure.PriorYear or Measure.Change) is { } comparison)
                measure = comparison;
            if (measure is null) continue;
            foreach (var amount in row.Amounts) amount.Measure = measure.Value;
            row.IsTotal = false;
            row.Level = null;
        }
    }

    /// <summary>The row's printed text cells (labels, not amounts).</summary>
    static IEnumerable<string> RowTexts(TableGrid grid, int r)
    {
        if (r < 0 || r >= grid.Text.Length) yield break;
        for (var c = 0; c < grid.ColumnCount; c++)
            if (grid.At(r, c) is { Length: > 0 } t && NumberParser.Parse(t) is null) yield return t;
    }

    /// <summary>The measure named by the row's first text cell (因公出国(境)费 → outbound), or null.</summary>
    static Measure? RowMeasure(TableGrid grid, int r)
    {
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            var t = grid.At(r, c);
            if (t.Length == 0 || NumberParser.Parse(t) is not null) continue;
            return HeaderCatalog.MeasureOfLevel(t);
        }
        return null;
    }
}
