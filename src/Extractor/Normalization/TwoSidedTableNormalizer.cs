using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Two-sided tables (summary, appropriation-summary): 收入 items and amounts on the left, 支出 on the right. Each
/// printed line gives up to two rows, one per side; 类 names map to their codes (一、一般公共服务支出 → 201); totals
/// (收入总计, 支出总计) are IsTotal.
/// </summary>
public static class TwoSidedTableNormalizer
{
    /// <summary>False when the table does not have two item columns (the caller then treats it as a plain table).</summary>
    public static bool TryFill(BudgetTable table, TableGrid grid, BudgetTable? continues = null)
    {
        var columns = ColumnRoles.Assign(grid, continues);
        if (columns.Any(c => c.Side is not null)) { Rows(table, grid, columns); return true; }
        var names = columns.Where(c => c.Role is ColumnRole.Name or ColumnRole.Text or ColumnRole.Code).ToList();
        if (names.Count < 2) return false;
        var split = SplitColumn(columns, names);
        if (split is null) return false;

        foreach (var col in columns)
        {
            col.Side = col.Index < split.Index ? Side.Income : Side.Expenditure;
            if (col.Role is ColumnRole.Text or ColumnRole.Code) col.Role = ColumnRole.Name;
            if (col.Role == ColumnRole.Name) col.Role = ColumnRole.SideLabel;
            if (col.Role == ColumnRole.Amount && col.Measure == Measure.Other && PrintedText.LabelKey(col.Label.Split('/').Last()) is "收入" or "支出" or "")
                col.Measure = Measure.Total;
        }
        Rows(table, grid, columns);
        return true;
    }

    static void Rows(BudgetTable table, TableGrid grid, List<TableColumn> columns)
    {
        table.Columns.AddRange(columns);
        foreach (var r in grid.DataRows)
            foreach (var side in new[] { Side.Income, Side.Expenditure })
            {
                var label = columns.FirstOrDefault(c => c.Side == side && c.Role == ColumnRole.SideLabel);
                var name = label is null ? "" : grid.At(r, label.Index);
                var amounts = columns.Where(c => c.Side == side && c.Role == ColumnRole.Amount).Select(c => grid.AmountAt(r, c, side)).ToList();
                if (name.Length == 0 && amounts.All(a => a.Printed.Length == 0)) continue;
                var row = new TableRow
                {
                    Index = r, Side = side, Name = name, Classification = Classification.None,
                    Provenance = grid.ProvenanceAt(r, label?.Index ?? 0) with { Column = label?.Index },
                };
                if (RowLabels.IsTotal(name)) { row.IsTotal = true; row.Level = 0; }
                else if (side == Side.Expenditure && FunctionClassCatalog.CodeOf(name) is { } code)
                {
                    row.Code = code; row.Level = 1; row.Classification = Classification.Function; row.CodeSource = CodeSource.Catalog;
                }
                row.Amounts.AddRange(amounts);
                table.Rows.Add(row);
            }
        table.Classification = Classification.None;
        table.CodeTree.AddRange(CodeTreeBuilder.Build(table.Rows, Classification.Function));
    }

    /// <summary>The item column that opens the expenditure side: labelled 支出, or the second item column after an amount.</summary>
    static TableColumn? SplitColumn(List<TableColumn> columns, List<TableColumn> names)
    {
        var labelled = names.FirstOrDefault(n => PrintedText.LabelKey(n.Label).StartsWith("支出"));
        if (labelled is not null && labelled != names[0]) return labelled;
        var firstAmount = columns.FirstOrDefault(c => c.Role == ColumnRole.Amount && c.Index > names[0].Index);
        return firstAmount is null ? null : names.FirstOrDefault(n => n.Index > firstAmount.Index);
    }
}

/// <summary>Sides of a two-sided table.</summary>
public static class Side
{
    public const string Income = "income", Expenditure = "expenditure";
}
