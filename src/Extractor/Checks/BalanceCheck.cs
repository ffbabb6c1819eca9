using Extractor.Model;
using Extractor.Normalization;
using Extractor.Vocabulary;

namespace Extractor.Checks;

/// <summary>
/// 平衡表 (balance) tables: 收入总计 = 支出总计 in every figure column (预算数, 执行数, 决算数 …), the income side's
/// revenue, 上级补助, 调入, 债务转贷 and 上年结转 lines against the expenditure side's spending, 上解, 调出, 还本 and
/// 结转下年. The first column's totals are the row-sum rule's (two-sided 总计); this rule checks every other figure
/// column, and tables printing both sides one below the other.
/// </summary>
public sealed class BalanceCheck : ICheck
{
    public string Rule => CheckRules.Balance;

    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty && t.Kind == TableKind.Balance))
        {
            var (income, spending) = Totals(table);
            if (income is null || spending is null) continue;
            var unit = TableView.UnitOf(table);
            foreach (var a in income.Amounts.Where(a => a.Value is not null && a.Unit != "%" && !TableView.IsRatio(a) && (a.Side is null || a.Side == Side.Income)))
            {
                var b = Partner(income, spending, a, income == spending);
                if (b?.Value is null) continue;
                // the row-sum rule already compares the first total column of a two-sided table
                if (a.Side is not null && a == income.Amounts.FirstOrDefault(x => x.Side == Side.Income && x.Measure == Measure.Total)) continue;
                context.Compare(Rule, a.Value!.Value, b.Value.Value, context.Tolerance(1, new[] { a.Value, b.Value }), () => new CheckFinding
                {
                    TableKind = table.Kind, TableIndex = table.Index, Row = spending.Index, Column = b.Column,
                    Location = TableView.Describe(table, spending, b),
                    Expected = CheckContext.Format(a.Value!.Value), Actual = b.Printed,
                    Message = $"{income.Name} {TableView.ColumnName(a)} is {CheckContext.Format(a.Value!.Value, unit)} but {spending.Name} {TableView.ColumnName(b)} is {CheckContext.Format(b.Value.Value, unit)}",
                    Provenance = TableView.ProvenanceOf(spending, b),
                });
            }
        }
    }

    /// <summary>The income and expenditure grand-total rows (收入总计, 支出总计), by side or by name.</summary>
    static (TableRow? Income, TableRow? Spending) Totals(BudgetTable table)
    {
        TableRow? Find(Side side, string[] names) =>
            table.Rows.LastOrDefault(r => (r.Side == side || r.Side is null) && names.Contains(PrintedText.LabelKey(r.Name)))
            ?? table.Rows.LastOrDefault(r => r.Side == side && PrintedText.LabelKey(r.Name).EndsWith(GovernmentWords.GrandTotalEnding));
        return (Find(Side.Income, GovernmentRows.BalanceIncomeTotals), Find(Side.Expenditure, GovernmentRows.BalanceExpenditureTotals));
    }

    /// <summary>The expenditure total's amount of the same figure: same measure and the same column group, in order.</summary>
    static Amount? Partner(TableRow income, TableRow spending, Amount a, bool sameRow)
    {
        var candidates = spending.Amounts.Where(b => b != a && b.Measure == a.Measure && (sameRow ? b.Side != a.Side : b.Side is null || b.Side == Side.Expenditure)).ToList();
        if (candidates.Count == 0) return null;
        if (a.Side is null) return candidates.FirstOrDefault(b => b.Column == a.Column);
        // two-sided: the column of the same printed figure (2026年预算数 with 2026年预算数), else the n-th column of this
        // measure on the income side with the n-th on the expenditure side (never a 2025 column with a 2026 one)
        if (candidates.FirstOrDefault(b => LastLabel(b) == LastLabel(a)) is { } same) return same;
        var incomeSide = income.Amounts.Where(x => x.Measure == a.Measure && x.Side == a.Side).ToList();
        var n = incomeSide.IndexOf(a);
        return n >= 0 && incomeSide.Count == candidates.Count && Year(candidates[n]) == Year(a) ? candidates[n] : null;
    }

    static string LastLabel(Amount a) => PrintedText.Label(a.ColumnLabel.Split('/').Last());

    static string? Year(Amount a) => GovernmentWords.HeaderYear().Match(a.ColumnLabel) is { Success: true } m ? m.Groups[1].Value : null;
}
