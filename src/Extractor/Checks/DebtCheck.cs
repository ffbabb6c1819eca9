using Extractor.Model;
using Extractor.Normalization;
using Extractor.Vocabulary;

namespace Extractor.Checks;

/// <summary>
/// Debt tables (限额和余额, 发行和还本): 年末余额 ≤ 限额, and 上年末余额 + 新增 − 还本 = 年末余额, per line and per debt
/// kind (一般债务 | 专项债务 | both). Items may be printed as columns (one row per region or category) or as rows
/// (one column per figure); a line is checked only when it prints each item it needs exactly once.
/// </summary>
public sealed class DebtCheck : ICheck
{
    public string Rule => CheckRules.Debt;


    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty && t.Kind == TableKind.Debt))
        {
            // items as columns: one line per row
            var columnLabels = table.Rows.SelectMany(r => r.Amounts).Select(a => a.ColumnLabel).Distinct().ToList();
            foreach (var row in table.Rows.Where(r => r.Amounts.Count > 1))
                Line(context, table, row.Amounts.Select(a => (Label: a.ColumnLabel, Row: row, Amount: a)).ToList(), columnLabels);
            // items as rows: one line per column
            foreach (var column in table.Rows.SelectMany(r => r.Amounts).Select(a => a.Column).Distinct())
                Line(context, table, table.Rows.Select(r => (Label: r.Name ?? "", Row: r, Amount: r.Amounts.FirstOrDefault(a => a.Column == column)))
                    .Where(x => x.Amount is not null).Select(x => (x.Label, x.Row, x.Amount!)).ToList(), Array.Empty<string>());
        }
    }

    void Line(CheckContext context, BudgetTable table, List<(string Label, TableRow Row, Amount Amount)> items, IReadOnlyCollection<string> columnLabels)
    {
        foreach (var kind in GovernmentDebtItems.Kinds.Append(""))
        {
            var mine = items.Where(i => GovernmentDebtItems.KindOf(i.Label) == kind)
                .Where(i => i.Amount.Value is not null && i.Amount.Unit != "%").ToList();
            var byItem = mine.Select(i => (Item: GovernmentDebtItems.ItemOf(i.Label, columnLabels), i.Row, i.Amount)).Where(i => i.Item is not null)
                .GroupBy(i => i.Item!.Value).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
            var unit = TableView.UnitOf(table);
            if (byItem.TryGetValue(DebtItem.Closing, out var closing) && byItem.TryGetValue(DebtItem.Limit, out var limit))
            {
                var over = closing.Amount.Value!.Value - limit.Amount.Value!.Value;
                if (over <= 0) context.Pass(Rule);
                else context.Compare(Rule, limit.Amount.Value.Value, closing.Amount.Value.Value, context.Tolerance(1, new[] { closing.Amount.Value, limit.Amount.Value }), () => new CheckFinding
                {
                    TableKind = table.Kind, TableIndex = table.Index, Row = closing.Row.Index, Column = closing.Amount.Column,
                    Location = TableView.Describe(table, closing.Row, closing.Amount),
                    Expected = $"≤ {CheckContext.Format(limit.Amount.Value.Value)}", Actual = closing.Amount.Printed,
                    Message = $"{closing.Row.Name} {TableView.ColumnName(closing.Amount)} {CheckContext.Format(closing.Amount.Value.Value, unit)} exceeds the limit {TableView.ColumnName(limit.Amount)} {CheckContext.Format(limit.Amount.Value.Value, unit)}",
                    Provenance = TableView.ProvenanceOf(closing.Row, closing.Amount),
                }, Severity.Warning);
            }
            if (byItem.TryGetValue(DebtItem.Opening, out var opening) && byItem.TryGetValue(DebtItem.New, out var added)
                && byItem.TryGetValue(DebtItem.Repaid, out var repaid) && byItem.TryGetValue(DebtItem.Closing, out var end))
            {
                var expected = opening.Amount.Value!.Value + added.Amount.Value!.Value - repaid.Amount.Value!.Value;
                var parts = new[] { opening.Amount, added.Amount, repaid.Amount };
                context.Compare(Rule, expected, end.Amount.Value!.Value, context.Tolerance(3, parts.Select(p => p.Value).Append(end.Amount.Value)), () => new CheckFinding
                {
                    TableKind = table.Kind, TableIndex = table.Index, Row = end.Row.Index, Column = end.Amount.Column,
                    Location = TableView.Describe(table, end.Row, end.Amount),
                    Expected = CheckContext.Format(expected), Actual = end.Amount.Printed,
                    Message = $"{TableView.ColumnName(end.Amount)} {end.Row.Name} is {CheckContext.Format(end.Amount.Value.Value, unit)} but " +
                              $"{CheckContext.Format(opening.Amount.Value.Value)} + {CheckContext.Format(added.Amount.Value.Value)} − {CheckContext.Format(repaid.Amount.Value.Value)} = {CheckContext.Format(expected, unit)}",
                    Provenance = TableView.ProvenanceOf(end.Row, end.Amount),
                });
            }
        }
    }
}
