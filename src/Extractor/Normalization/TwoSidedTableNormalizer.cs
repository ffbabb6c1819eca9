using Extractor.Catalog;
using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Two-sided tables (summary, appropriation-summary): 收入 items and amounts on the left, 支出 on the right. Each
/// printed line gives up to two rows, one per side; 类 names map to their codes (一、一般公共服务支出 → 201); totals
/// (收入总计, 支出总计) are IsTotal. A side printing its subjects as a 科目编码 column beside a 科目名称 column (a 收支
/// table of 收入分类 and 支出功能分类 codes) gives each row its printed code from the one and its name from the other.
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
            // a code column keeps its role where its side's name column follows it; otherwise it is the side's label
            if (col.Role == ColumnRole.Code && !IsNamed(columns, col, split)) col.Role = ColumnRole.Name;
            if (col.Role == ColumnRole.Text) col.Role = ColumnRole.Name;
            if (col.Role == ColumnRole.Name) col.Role = ColumnRole.SideLabel;
            if (col.Role == ColumnRole.Amount && col.Measure == Measure.Other && PrintedText.LabelKey(col.Label.Split('/').Last()) is SubjectCatalog.RevenueWord or SubjectCatalog.ExpenditureWord or "")
                col.Measure = Measure.Total;
        }
        Rows(table, grid, columns);
        return true;
    }

    static void Rows(BudgetTable table, TableGrid grid, List<TableColumn> columns)
    {
        table.Columns.AddRange(columns);
        var sides = new[] { Side.Income, Side.Expenditure }.Select(side => (Side: side, Panels: Panels(columns, side))).ToList();
        var expanders = sides.SelectMany(s => s.Panels).ToDictionary(p => p, _ => new CodeExpander());
        foreach (var r in grid.DataRows)
            foreach (var (side, panels) in sides)
            {
                TableRow? first = null;
                for (var p = 0; p < panels.Count; p++)
                {
                    var (label, codeColumn, amountColumns) = panels[p];
                    var name = label is null ? "" : grid.At(r, label.Index);
                    var printed = codeColumn is null ? null : CodeCellParser.ParseCodeOnly(grid.At(r, codeColumn.Index));
                    var amounts = amountColumns.Select(c => grid.AmountAt(r, c, side)).ToList();
                    // a line printed across the panels (本年支出合计, 支出总计): a later panel without a label of its own
                    // prints the same line's amounts, kept on the first panel's row
                    if (p > 0 && name.Length == 0 && printed is null && first is not null) { first.Amounts.AddRange(amounts); continue; }
                    if (name.Length == 0 && printed is null && amounts.All(a => a.Printed.Length == 0)) continue;
                    var row = new TableRow
                    {
                        Index = r, Side = side, Name = name, Classification = Classification.None,
                        Provenance = grid.ProvenanceAt(r, label?.Index ?? 0) with { Column = label?.Index },
                    };
                    if (RowLabels.IsTotal(name) && printed is null) { row.IsTotal = true; row.Level = 0; }
                    else if (printed is not null && expanders[panels[p]].Expand(printed.Digits, amounts.FirstOrDefault(a => a.Value is not null)?.Value) is { } full)
                    {
                        row.Code = full; row.PrintedCode = printed.Printed; row.CodeSource = CodeSource.Printed;
                        row.Level = CodeExpander.LevelOf(full); row.ParentCode = CodeExpander.ParentOf(full);
                        row.Classification = CodeCatalog.ClassificationOf(full) ?? Classification.None;
                    }
                    else if (p == 0 && side == Side.Expenditure && FunctionClassCatalog.CodeOf(name) is { } code)
                    {
                        row.Code = code; row.Level = 1; row.Classification = Classification.Function; row.CodeSource = CodeSource.Catalog;
                    }
                    row.Amounts.AddRange(amounts);
                    table.Rows.Add(row);
                    if (p == 0) first = row;
                }
            }
        table.Classification = Classification.None;
        // one tree per classification printed (收入分类 codes on the income side, 支出功能分类 on the expenditure side)
        table.CodeTree.AddRange(CodeTreeBuilder.BuildPerClassification(table.Rows));
    }

    /// <summary>A code column followed, before any amount, by a name column of the same side.</summary>
    static bool IsNamed(List<TableColumn> columns, TableColumn code, TableColumn split)
    {
        var side = code.Index < split.Index;
        var next = columns.Where(c => c.Index > code.Index && (c.Index < split.Index) == side).OrderBy(c => c.Index).FirstOrDefault();
        return next is { Role: ColumnRole.Name or ColumnRole.Text };
    }

    /// <summary>
    /// A side printed as several panels, each its own item column and amounts (支出功能分类科目 | 预算数 | 部门预算支出经济分类科目
    /// | 预算数 | 政府预算支出经济分类科目 | 预算数): each panel's items are rows of their own, never the first panel's.
    /// One panel where the side prints one item column (or none).
    /// </summary>
    static List<(TableColumn? Label, TableColumn? Code, List<TableColumn> Amounts)> Panels(List<TableColumn> columns, Side side)
    {
        var panels = new List<(TableColumn? Label, TableColumn? Code, List<TableColumn> Amounts)>();
        var own = columns.Where(c => c.Side == side).OrderBy(c => c.Index).ToList();
        if (own.Count(c => c.Role == ColumnRole.SideLabel) <= 1)
        {
            panels.Add((own.FirstOrDefault(c => c.Role == ColumnRole.SideLabel), own.FirstOrDefault(c => c.Role == ColumnRole.Code),
                own.Where(c => c.Role == ColumnRole.Amount).ToList()));
            return panels;
        }
        TableColumn? code = null;
        foreach (var c in own)
        {
            if (c.Role == ColumnRole.Code) code = c;
            else if (c.Role == ColumnRole.SideLabel)
            {
                if (panels.Count == 0 || panels[^1].Amounts.Count > 0) panels.Add((c, code, new List<TableColumn>()));
                code = null;
            }
            else if (c.Role == ColumnRole.Amount)
            {
                if (panels.Count == 0) panels.Add((null, null, new List<TableColumn>()));
                panels[^1].Amounts.Add(c);
            }
        }
        if (panels.Count == 0) panels.Add((null, null, new List<TableColumn>()));
        return panels;
    }

    /// <summary>The item column that opens the expenditure side: labelled 支出, or the second item column after an amount.</summary>
    static TableColumn? SplitColumn(List<TableColumn> columns, List<TableColumn> names)
    {
        var labelled = names.FirstOrDefault(n => PrintedText.LabelKey(n.Label).StartsWith(SubjectCatalog.ExpenditureWord));
        if (labelled is not null && labelled != names[0]) return labelled;
        var firstAmount = columns.FirstOrDefault(c => c.Role == ColumnRole.Amount && c.Index > names[0].Index);
        return firstAmount is null ? null : names.FirstOrDefault(n => n.Index > firstAmount.Index);
    }
}
