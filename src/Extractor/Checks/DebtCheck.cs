using Extractor.Model;
using Extractor.Normalization;
using Extractor.Vocabulary;

namespace Extractor.Checks;

/// <summary>
/// Debt tables (限额和余额, 发行和还本): 年末余额 ≤ 限额, and 上年末余额 + 新增 − 还本 = 年末余额, per line and per debt
/// kind (一般债务 | 专项债务 | both), from the debt measures and kinds normalization gives the amounts
/// (<see cref="GovernmentDebtItems"/>). Items may be printed as columns (one row per region or category: a line is a
/// row) or as rows (one column per region or figure: a line is a column); a line is checked only when it holds each
/// item it needs once (of several, the one on the row of the lowest level: 二、债务限额 before its detail lines). A
/// limit of the year before (上年债务限额) is not the limit a year-end balance is held to.
/// </summary>
public sealed class DebtCheck : ICheck
{
    public string Rule => CheckRules.Debt;

    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty && t.Kind == TableKind.Debt))
        {
            var items = table.Rows.SelectMany(r => r.Amounts.Select(a => (Row: r, Amount: a)))
                .Where(i => GovernmentDebtItems.IsDebtMeasure(i.Amount.Measure) && i.Amount.Value is not null && i.Amount.Unit != "%" && i.Amount.Ratio != true)
                .ToList();
            // figures of one line in one unit only: a column printing its own (发行量（亿元）) is not compared with the table's 万元
            foreach (var line in items.GroupBy(i => (i.Row, i.Amount.Unit)).Where(g => g.Count() > 1)) Line(context, table, line.ToList());
            foreach (var line in items.GroupBy(i => (i.Amount.Column, i.Amount.Unit)).Where(g => g.Count() > 1)) Line(context, table, line.ToList());
        }
    }

    void Line(CheckContext context, BudgetTable table, List<(TableRow Row, Amount Amount)> items)
    {
        foreach (var kind in Canonical.All<DebtKind>().Select(k => (DebtKind?)k).Append(null))
        {
            var byItem = items.Where(i => i.Amount.DebtKind == kind)
                .Where(i => !(i.Amount.Measure == Measure.DebtLimit && i.Amount.Period == ColumnPeriod.PriorYear))
                .GroupBy(i => i.Amount.Measure)
                .Select(g => g.GroupBy(i => i.Row.Level ?? 1).OrderBy(l => l.Key).First().ToList())
                .Where(g => g.Count == 1).ToDictionary(g => g[0].Amount.Measure, g => g[0]);
            var unit = TableView.UnitOf(table, items[0].Amount);
            if (byItem.TryGetValue(Measure.DebtBalance, out var closing) && byItem.TryGetValue(Measure.DebtLimit, out var limit))
            {
                var over = closing.Amount.Value!.Value - limit.Amount.Value!.Value;
                if (over <= 0) context.Pass(Rule);
                else context.Compare(Rule, limit.Amount.Value.Value, closing.Amount.Value.Value, context.Tolerance(1, new[] { closing.Amount.Value, limit.Amount.Value }), () => new CheckFinding
                {
                    TableKind = table.Kind, TableIndex = table.Index, Row = closing.Row.Index, Column = closing.Amount.Column,
                    Location = TableView.Describe(table, closing.Row, closing.Amount),
                    Expected = $"≤ {CheckContext.Format(limit.Amount.Value.Value)}", Actual = closing.Amount.Printed,
                    Message = $"{closing.Row.Name} {TableView.ColumnName(closing.Amount)} {CheckContext.Format(closing.Amount.Value.Value, unit)} exceeds the limit {Cell(limit)} {CheckContext.Format(limit.Amount.Value.Value, unit)}",
                    Provenance = TableView.ProvenanceOf(closing.Row, closing.Amount),
                }, Severity.Warning);
            }
            if (byItem.TryGetValue(Measure.DebtBalanceOpening, out var opening) && byItem.TryGetValue(Measure.DebtNew, out var added)
                && byItem.TryGetValue(Measure.DebtRepayment, out var repaid) && byItem.TryGetValue(Measure.DebtBalance, out var end))
            {
                var expected = opening.Amount.Value!.Value + added.Amount.Value!.Value - repaid.Amount.Value!.Value;
                var parts = new[] { opening.Amount, added.Amount, repaid.Amount };
                context.Compare(Rule, expected, end.Amount.Value!.Value, context.Tolerance(3, parts.Select(p => p.Value).Append(end.Amount.Value)), () => new CheckFinding
                {
                    TableKind = table.Kind, TableIndex = table.Index, Row = end.Row.Index, Column = end.Amount.Column,
                    Location = TableView.Describe(table, end.Row, end.Amount),
                    Expected = CheckContext.Format(expected), Actual = end.Amount.Printed,
                    Message = $"{Cell(end)} is {CheckContext.Format(end.Amount.Value.Value, unit)} but " +
                              $"{Cell(opening)} {CheckContext.Format(opening.Amount.Value.Value)} + {Cell(added)} {CheckContext.Format(added.Amount.Value.Value)} − {Cell(repaid)} {CheckContext.Format(repaid.Amount.Value.Value)} = {CheckContext.Format(expected, unit)}",
                    Provenance = TableView.ProvenanceOf(end.Row, end.Amount),
                });
            }
        }
    }

    /// <summary>A cell named by its row and column (items as rows or as columns alike).</summary>
    static string Cell((TableRow Row, Amount Amount) i) => $"{i.Row.Name} {TableView.ColumnName(i.Amount)}";
}
