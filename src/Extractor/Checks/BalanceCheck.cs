using Extractor.Model;
using Extractor.Normalization;
using Extractor.Vocabulary;

namespace Extractor.Checks;

/// <summary>
/// 平衡表 (balance) tables, from the row roles normalization gives (<see cref="GovernmentRowReader.MarkBalanceLines"/>):
/// per side and figure column, the side's total = Σ the lines it adds (收入总计 = 本级收入 + 上级补助 + 调入 + 债务转贷 +
/// 上年结转 …; 支出总计 = 本级支出 + 上解 + 调出 + 还本 + 结转下年 …), and 收入总计 = 支出总计 in every figure column
/// (预算数, 执行数, 决算数 …), a side's lines printed after its total (年终结余 under 支出总计) added to it. Sides are the
/// halves of a table printed side by side, or the blocks ending at each total of a table printing them one below the
/// other. The row-sum rule leaves a 平衡表's two totals to this rule.
/// </summary>
public sealed class BalanceCheck : ICheck
{
    public string Rule => CheckRules.Balance;

    /// <summary>A side of a balance table: its total row, the lines printed before and after it (lines with a role).</summary>
    public sealed record SideLines(TableRow Total, List<TableRow> Before, List<TableRow> After)
    {
        /// <summary>The lines the total adds: those printed before it, or after it when the total is printed first.</summary>
        public List<TableRow> Parts => Before.Count > 0 ? Before : After;
        /// <summary>Lines printed after a total that has its lines above it (年终结余 under 支出总计): the side's closing adds them.</summary>
        public List<TableRow> Extra => Before.Count > 0 ? After : new();

        /// <summary>Σ of the parts' figures in a column, and the rows printing one; null when no part prints one.</summary>
        public (decimal Sum, List<TableRow> Rows)? PartsSum(int column) => SumOf(Parts, column);

        /// <summary>The total's figure in a column plus the lines printed after it.</summary>
        public decimal Closing(Amount total) => total.Value!.Value + (SumOf(Extra, total.Column)?.Sum ?? 0);

        static (decimal Sum, List<TableRow> Rows)? SumOf(List<TableRow> rows, int column)
        {
            var printed = rows.Select(r => (Row: r, Amount: r.Amounts.FirstOrDefault(a => a.Column == column))).Where(x => x.Amount?.Value is not null).ToList();
            return printed.Count == 0 ? null : (printed.Sum(x => x.Amount!.Value!.Value), printed.Select(x => x.Row).ToList());
        }
    }

    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty && t.Kind == TableKind.Balance))
        {
            var sides = Sides(table);
            foreach (var side in sides) LineSums(context, table, side);
            if (sides.Count == 2) TotalsAgree(context, table, sides[0], sides[1]);
        }
    }

    /// <summary>The table's sides that print a total, income first: by the rows' side, else the blocks of rows ending at
    /// each total.</summary>
    public static List<SideLines> Sides(BudgetTable table)
    {
        var blocks = new List<List<TableRow>>();
        if (table.Rows.Any(r => r.Side is not null))
            blocks.AddRange(new[] { Side.Income, Side.Expenditure }.Select(s => table.Rows.Where(r => r.Side == s).ToList()));
        else
        {
            var block = new List<TableRow>();
            foreach (var row in table.Rows)
            {
                block.Add(row);
                if (row.Role == RowRole.GrandTotal) { blocks.Add(block); block = new List<TableRow>(); }
            }
        }
        var sides = new List<SideLines>();
        foreach (var rows in blocks.Take(2))
        {
            var total = rows.FirstOrDefault(r => r.Role == RowRole.GrandTotal);
            if (total is null) continue;
            var at = rows.IndexOf(total);
            bool IsLine(TableRow r) => r.Role is not null && r.Role != RowRole.GrandTotal;
            sides.Add(new SideLines(total, rows.Take(at).Where(IsLine).ToList(), rows.Skip(at + 1).Where(IsLine).ToList()));
        }
        return sides;
    }

    /// <summary>A side's total = Σ its lines, in every figure column of the total.</summary>
    void LineSums(CheckContext context, BudgetTable table, SideLines side)
    {
        var unit = TableView.UnitOf(table);
        foreach (var a in Figures(side.Total))
        {
            if (side.PartsSum(a.Column) is not var (sum, rows)) continue;
            var parts = rows.Select(r => r.Amounts.First(x => x.Column == a.Column)).ToList();
            context.Compare(Rule, sum, a.Value!.Value, context.Tolerance(parts.Count, parts.Select(p => p.Value).Append(a.Value)), () => new CheckFinding
            {
                TableKind = table.Kind, TableIndex = table.Index, Row = side.Total.Index, Column = a.Column,
                Location = TableView.Describe(table, side.Total, a),
                Expected = CheckContext.Format(sum), Actual = a.Printed,
                Message = $"{side.Total.Name} {TableView.ColumnName(a)} is {CheckContext.Format(a.Value!.Value, unit)} but its {rows.Count} lines " +
                          $"({string.Join(", ", rows.Select(r => PrintedText.LabelKey(r.Name)))}) add up to {CheckContext.Format(sum, unit)}",
                Provenance = TableView.ProvenanceOf(side.Total, a),
                PartRows = rows.Select(r => r.Index).ToList(),
            });
        }
    }

    /// <summary>收入总计 = 支出总计 (each with the lines printed after it) in every figure column.</summary>
    void TotalsAgree(CheckContext context, BudgetTable table, SideLines income, SideLines spending)
    {
        var unit = TableView.UnitOf(table);
        var sameRow = income.Total == spending.Total;
        foreach (var a in Figures(income.Total).Where(a => a.Side is null || a.Side == Side.Income))
        {
            var b = Partner(income.Total, spending.Total, a, sameRow);
            if (b?.Value is null) continue;
            decimal left = income.Closing(a), right = spending.Closing(b);
            var extra = spending.Extra.Concat(income.Extra).Where(r => r.Amounts.Any(x => x.Value is not null)).ToList();
            var also = extra.Count == 0 ? "" : $" (with {string.Join(", ", extra.Select(r => PrintedText.LabelKey(r.Name)))} printed after the total)";
            context.Compare(Rule, left, right, context.Tolerance(1 + extra.Count, new[] { a.Value, b.Value }), () => new CheckFinding
            {
                TableKind = table.Kind, TableIndex = table.Index, Row = spending.Total.Index, Column = b.Column,
                Location = TableView.Describe(table, spending.Total, b),
                Expected = CheckContext.Format(left), Actual = b.Printed,
                Message = $"{income.Total.Name} {TableView.ColumnName(a)} is {CheckContext.Format(left, unit)} but {spending.Total.Name} {TableView.ColumnName(b)} is {CheckContext.Format(right, unit)}{also}",
                Provenance = TableView.ProvenanceOf(spending.Total, b),
            });
        }
    }

    static IEnumerable<Amount> Figures(TableRow row) => row.Amounts.Where(a => a.Value is not null && a.Unit != "%" && !TableView.IsRatio(a));

    /// <summary>The expenditure total's amount of the same figure: same measure and the same column group, in order.</summary>
    public static Amount? Partner(TableRow income, TableRow spending, Amount a, bool sameRow)
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
