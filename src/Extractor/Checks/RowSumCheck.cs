using Extractor.Model;

namespace Extractor.Checks;

/// <summary>
/// Identities within a row: 合计 = 基本 + 项目 (+ other spending columns); 基本 = 人员 + 公用; revenue 合计 = Σ sources;
/// 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营; 三公 合计 = 出国 + 接待 + 用车, 用车 = 购置 + 运行;
/// and in two-sided tables 收入总计 = 支出总计.
/// </summary>
public sealed class RowSumCheck : ICheck
{
    public string Rule => CheckRules.RowSum;

    /// <summary>Columns that add up to 合计 in spending tables.</summary>
    public static readonly Measure[] SpendingParts =
    {
        Measure.Basic, Measure.Project, Measure.OperatingExpenditure, Measure.SubsidyToSubsidiary, Measure.TransferToSuperior,
    };

    /// <summary>Revenue sources that add up to 合计 (财政拨款 counted once: as its 小计, or as its three parts).</summary>
    public static readonly Measure[] RevenueSources =
    {
        Measure.Carryover, Measure.Appropriation, Measure.BusinessIncome, Measure.OperatingIncome, Measure.SubsidiaryIncome,
        Measure.SuperiorSubsidy, Measure.OtherIncome, Measure.NonAppropriationBalance, Measure.SpecialAccount, Measure.Other,
    };

    public static readonly Measure[] AppropriationParts = { Measure.GeneralBudget, Measure.GovernmentFund, Measure.StateCapital };

    public void Run(CheckContext context)
    {
        // A performance table's funds row (年度资金总额 = 财政拨款 + 其他 + 上年结转) belongs to the performance-funds rule.
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty && t.Kind != TableKind.PerformanceTargets))
        {
            // a 平衡表's two totals are the balance rule's (every figure column, with the lines printed after a total)
            if (table.Kind != TableKind.Balance) TwoSidedTotals(context, table);
            var measures = table.Rows.SelectMany(r => r.Amounts).Select(a => a.Measure).ToHashSet();
            bool Has(Measure m) => measures.Contains(m);

            foreach (var row in table.Rows.Where(r => r.Side is null))
            {
                if (table.Kind == TableKind.ThreePublic || Has(Measure.Outbound) || Has(Measure.Reception))
                {
                    var vehicleParts = Has(Measure.Vehicles) ? new[] { Measure.Vehicles } : new[] { Measure.VehiclePurchase, Measure.VehicleOperation };
                    // 合计 may also hold columns beside 三公 (会议费, 培训费, and `other` columns beside the 合计): they count as parts
                    SumIdentity(context, table, row, Measure.Total, new[] { Measure.Outbound, Measure.Reception, Measure.Meeting, Measure.Training, Measure.Other }.Concat(vehicleParts).ToArray());
                    SumIdentity(context, table, row, Measure.Vehicles, new[] { Measure.VehiclePurchase, Measure.VehicleOperation });
                    continue;
                }
                if (Has(Measure.Basic) || Has(Measure.Project))
                {
                    // 基本支出 printed only as its parts (人员 | 公用, no 小计): the parts stand in for it.
                    var spendingParts = Has(Measure.Basic) ? SpendingParts
                        : SpendingParts.Where(m => m != Measure.Basic).Concat(new[] { Measure.Personnel, Measure.Public }).ToArray();
                    SumIdentity(context, table, row, Measure.Total, spendingParts.Append(Measure.Other).ToArray());
                    SumIdentity(context, table, row, Measure.Basic, new[] { Measure.Personnel, Measure.Public });
                }
                else if (Has(Measure.Personnel) && Has(Measure.Public))
                    SumIdentity(context, table, row, Measure.Total, new[] { Measure.Personnel, Measure.Public, Measure.Other });
                else if (table.Kind == TableKind.Revenue)
                {
                    var sources = Has(Measure.Appropriation)
                        ? RevenueSources
                        : RevenueSources.Concat(AppropriationParts).ToArray();
                    SumIdentity(context, table, row, Measure.Total, sources);
                }
                SumIdentity(context, table, row, Measure.Appropriation, AppropriationParts);
            }
        }
    }

    /// <summary>whole = Σ parts for one row; skipped when the row lacks the whole column or every part column.</summary>
    static void SumIdentity(CheckContext context, BudgetTable table, TableRow row, Measure whole, Measure[] parts)
    {
        var wholes = row.Amounts.Where(a => a.Measure == whole).ToList();
        // several groups (当年 | 上年) each have their whole; otherwise the first column of the measure is the whole
        if (wholes.Select(TableView.Group).Distinct().Count() < wholes.Count || wholes.Any(w => TableView.Group(w) is null)) wholes = wholes.Take(1).ToList();
        foreach (var w in wholes) SumIdentity(context, table, row, w, parts);
    }

    static void SumIdentity(CheckContext context, BudgetTable table, TableRow row, Amount? wholeAmount, Measure[] parts)
    {
        // One column per measure (the first: a group's 小计 comes before its own sub-columns); an `other` column counts
        // beside its whole, or under a group that no counted 小计 stands for (ColumnGroups.OtherIsPart).
        // Several column groups (当年 | 上年): the parts come from the whole's own group when it has one.
        // the 三公 group's own total covers 出国, 接待, 用车 only: 会议费 and 培训费 beside it are no part of it
        if (wholeAmount?.Group == ColumnGroup.ThreePublic) parts = parts.Except(new[] { Measure.Meeting, Measure.Training }).ToArray();
        var group = TableView.Group(wholeAmount ?? new Amount());
        var sameGroup = row.Amounts.Where(a => group is not null && TableView.Group(a) == group && parts.Contains(a.Measure)).ToList();
        var pool = sameGroup.Count > 0 ? sameGroup : row.Amounts;
        // A ratio column (增长%) is never a part.
        var candidates = pool.Where(a => parts.Contains(a.Measure) && a != wholeAmount && !TableView.IsRatio(a)).ToList();
        var named = candidates.Where(a => a.Measure != Measure.Other).GroupBy(a => a.Measure).Select(g => g.First()).ToList();
        var partAmounts = candidates
            .Where(a => a.Measure != Measure.Other ? named.Contains(a) : ColumnGroups.OtherIsPart(a, wholeAmount, named))
            .ToList();
        // Parts that are all unrecognised columns (years, 调整预算数) are not a sum.
        if (wholeAmount is null || TableView.IsRatio(wholeAmount) || partAmounts.All(a => a.Measure == Measure.Other)) return;
        if (!TableView.IsFilled(wholeAmount) && partAmounts.All(a => !TableView.IsFilled(a))) return;
        // figures printed in different units (a column printing its own 元 beside the table's 万元) are no sum as printed
        if (partAmounts.Any(a => a.Unit != wholeAmount.Unit)) return;
        var sum = partAmounts.Sum(TableView.ValueOrZero);
        var printed = TableView.ValueOrZero(wholeAmount);
        var unit = TableView.UnitOf(table, wholeAmount);
        var tolerance = context.Tolerance(partAmounts.Count, partAmounts.Select(a => a.Value).Append(wholeAmount.Value));
        context.Compare(CheckRules.RowSum, sum, printed, tolerance, () => new CheckFinding
        {
            TableKind = table.Kind, TableIndex = table.Index, Row = row.Index, Column = wholeAmount.Column,
            Location = TableView.Describe(table, row, wholeAmount),
            Expected = CheckContext.Format(sum), Actual = wholeAmount.Printed.Length > 0 ? wholeAmount.Printed : "(blank)",
            Message = $"{TableView.RowName(row)}: {TableView.ColumnName(wholeAmount)} is {CheckContext.Format(printed, unit)} but " +
                      $"{string.Join(" + ", partAmounts.Select(TableView.ColumnName))} = {CheckContext.Format(sum, unit)}",
            Provenance = TableView.ProvenanceOf(row, wholeAmount),
            PartColumns = partAmounts.Select(a => a.Column).ToList(),
        });
    }

    /// <summary>Two-sided tables: the income side's 总计 equals the expenditure side's 总计.</summary>
    static void TwoSidedTotals(CheckContext context, BudgetTable table)
    {
        var income = SideTotal(table, Side.Income);
        var spending = SideTotal(table, Side.Expenditure);
        if (income is null || spending is null) return;
        var unit = TableView.UnitOf(table);
        var tolerance = context.Tolerance(1, new[] { income.Value.Amount.Value, spending.Value.Amount.Value });
        context.Compare(CheckRules.RowSum, income.Value.Amount.Value ?? 0, spending.Value.Amount.Value ?? 0, tolerance, () => new CheckFinding
        {
            TableKind = table.Kind, TableIndex = table.Index, Row = spending.Value.Row.Index, Column = spending.Value.Amount.Column,
            Location = $"{TableView.Describe(table)} {TableView.Describe(spending.Value.Row)}",
            Expected = CheckContext.Format(income.Value.Amount.Value ?? 0), Actual = spending.Value.Amount.Printed,
            Message = $"{OutputText.RevenueGrandTotal} is {CheckContext.Format(income.Value.Amount.Value ?? 0, unit)} but {OutputText.ExpenditureGrandTotal} is {CheckContext.Format(spending.Value.Amount.Value ?? 0, unit)}",
            Provenance = spending.Value.Row.Provenance,
        });
    }

    /// <summary>The side's 总计 row (by name), else its last total row; its total amount (or first amount).</summary>
    public static (TableRow Row, Amount Amount)? SideTotal(BudgetTable table, Side side)
    {
        var rows = table.Rows.Where(r => r.Side == side || r.Amounts.Any(a => a.Side == side)).ToList();
        var total = rows.LastOrDefault(r => r.Role == RowRole.GrandTotal) ?? rows.LastOrDefault(r => r.IsTotal);
        if (total is null) return null;
        var amounts = total.Amounts.Where(a => a.Side is null || a.Side == side).ToList();
        var amount = amounts.FirstOrDefault(a => a.Measure == Measure.Total) ?? amounts.FirstOrDefault(a => a.Value is not null);
        return amount is null ? null : (total, amount);
    }
}
