using Extractor.Model;
using Extractor.Vocabulary;

namespace Extractor.Checks;

/// <summary>
/// Government revenue tables: the revenue total = 税收收入 (101) + 非税收入 (103), per amount column. The trees below
/// (101 = Σ its taxes …) are the tree-sum rule's, once the rows have codes (printed, or resolved by name).
/// </summary>
public sealed class GovernmentRevenueCheck : ICheck
{
    public string Rule => CheckRules.GovernmentRevenue;

    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty && t.Kind == TableKind.GovernmentGeneralRevenue))
        {
            var rows = table.Rows.Where(r => r.Side is null).ToList();
            var tax = rows.FirstOrDefault(r => r.Code == "101");
            var nonTax = rows.FirstOrDefault(r => r.Code == "103");
            var total = RevenueTotal(rows, tax);
            if (tax is null || nonTax is null || total is null) continue;
            foreach (var whole in total.Amounts.Where(a => !TableView.IsRatio(a) && a.Unit != "%"))
            {
                var parts = new[] { tax, nonTax }.Select(r => r.Amounts.FirstOrDefault(a => a.Column == whole.Column)).ToList();
                if (!TableView.IsFilled(whole) && parts.All(p => !TableView.IsFilled(p))) continue;
                var sum = parts.Sum(TableView.ValueOrZero);
                var printed = TableView.ValueOrZero(whole);
                var unit = TableView.UnitOf(table);
                context.Compare(Rule, sum, printed, context.Tolerance(2, parts.Select(p => p?.Value).Append(whole.Value)), () => new CheckFinding
                {
                    TableKind = table.Kind, TableIndex = table.Index, Row = total.Index, Column = whole.Column,
                    Location = TableView.Describe(table, total, whole),
                    Expected = CheckContext.Format(sum), Actual = whole.Printed.Length > 0 ? whole.Printed : "(blank)",
                    Message = $"{TableView.RowName(total)} {TableView.ColumnName(whole)} is {CheckContext.Format(printed, unit)} but {GovernmentWords.TaxPlusNonTax} = {CheckContext.Format(sum, unit)}",
                    Provenance = TableView.ProvenanceOf(total, whole),
                    PartRows = new List<int> { tax.Index, nonTax.Index },
                });
            }
        }
    }

    /// <summary>The grand total, else the row printed above 税收收入 naming a revenue total (一般公共预算收入, 收入合计).</summary>
    static TableRow? RevenueTotal(List<TableRow> rows, TableRow? tax)
    {
        if (rows.FirstOrDefault(r => r.IsTotal && r.Code is null) is { } total) return total;
        if (tax is null) return null;
        var above = rows.TakeWhile(r => r != tax).Where(r => r.Code is null && r.Name is not null).ToList();
        return above.LastOrDefault(r => GovernmentRows.RevenueTotalNames.Any(n => PrintedText.LabelKey(r.Name).EndsWith(n)));
    }
}
