using Extractor.Model;
using Extractor.Recognition.Narrative;

namespace Extractor.Checks;

/// <summary>
/// Performance-target funds: 年度资金总额 = 财政拨款 + 其他资金 + 上年结转; 财政拨款 agrees with a unit whose revenue is all
/// 财政拨款; a single project's funds do not exceed the expenditure table's 项目支出.
/// </summary>
public sealed class PerformanceFundsCheck : ICheck
{
    public string Rule => CheckRules.PerformanceFunds;

    public void Run(CheckContext context)
    {
        var doc = context.Document;
        var allAppropriation = AllRevenueIsAppropriation(doc);
        foreach (var target in doc.PerformanceTargets)
        {
            var table = doc.Tables.FirstOrDefault(t => t.Index == target.TableIndex);
            var unit = target.FundsUnit ?? AmountUnits.TenThousand;
            var where = $"{(table is null ? "performance targets" : TableView.Describe(table))} project {target.ProjectName}";
            var parts = new[] { target.FundsAppropriation, target.FundsOther, target.FundsCarryover };
            if (target.FundsTotal is { } total && parts.Any(p => p is not null))
            {
                var sum = parts.Sum(p => p ?? 0);
                context.Compare(Rule, sum, total, context.Tolerance(parts.Count(p => p is not null)), () => new CheckFinding
                {
                    TableKind = TableKind.PerformanceTargets, TableIndex = target.TableIndex, Row = target.Provenance.Row,
                    Location = $"{where} {OutputText.AnnualFunds}",
                    Expected = CheckContext.Format(sum), Actual = CheckContext.Format(total),
                    Message = $"{OutputText.AnnualFunds} is {CheckContext.Format(total, unit)} but {OutputText.Appropriation} {Show(target.FundsAppropriation)} + {OutputText.OtherFunds} {Show(target.FundsOther)} + {OutputText.Carryover} {Show(target.FundsCarryover)} = {CheckContext.Format(sum, unit)}",
                    Provenance = target.Provenance,
                });
            }

            if (allAppropriation is { } evidence && target.FundsTotal is { } funds && target.FundsAppropriation is { } appropriation)
                context.Compare(Rule, funds, appropriation, context.Tolerance(1), () => new CheckFinding
                {
                    TableKind = TableKind.PerformanceTargets, TableIndex = target.TableIndex, Row = target.Provenance.Row,
                    Location = $"{where} {OutputText.OfWhichAppropriation}",
                    Expected = CheckContext.Format(funds), Actual = CheckContext.Format(appropriation),
                    Message = $"the performance table puts {CheckContext.Format(appropriation, unit)} of the project's {CheckContext.Format(funds, unit)} under {OutputText.Appropriation}, " +
                              $"but {evidence}, so the project's funds are {OutputText.Appropriation}",
                    Provenance = target.Provenance,
                });
        }

        // The projects' funds cannot exceed the expenditure table's 项目支出.
        var expenditure = doc.Tables.FirstOrDefault(t => t.Kind == TableKind.Expenditure && !t.DeclaredEmpty && t.Rows.Count > 0);
        // Only targets whose funds unit is known (printed in the label, or the table's unit line) can be added up.
        string? FundsUnit(PerformanceTarget t) => t.FundsUnit ?? doc.Tables.FirstOrDefault(x => x.Index == t.TableIndex)?.AmountUnit;
        var withFunds = doc.PerformanceTargets.Where(t => t.FundsTotal is not null && AmountUnits.FactorToYuan(FundsUnit(t)) is not null).ToList();
        // Only for a single project: many targets may include transfer payments or other units' projects (seen in real documents).
        if (expenditure is not null && withFunds.Count == 1 && doc.PerformanceTargets.Count == 1
            && TableView.GrandTotalValue(expenditure, Measure.Project) is { } project)
        {
            var projectYuan = project * TableView.UnitFactor(expenditure);
            var fundsYuan = withFunds.Sum(t => t.FundsTotal!.Value * AmountUnits.FactorToYuan(FundsUnit(t))!.Value);
            if (fundsYuan <= projectYuan + context.Tolerance(withFunds.Count) * TableView.UnitFactor(expenditure)) context.Pass(Rule);
            else
                context.Fail(new CheckFinding
                {
                    Rule = Rule, Severity = Severity.Warning, TableKind = expenditure.Kind, TableIndex = expenditure.Index,
                    Location = $"performance targets against {TableView.Describe(expenditure)} {OutputText.ProjectExpenditureTotal}",
                    Expected = $"≤ {CheckContext.Format(project)}", Actual = CheckContext.Format(fundsYuan / TableView.UnitFactor(expenditure)),
                    Message = $"the performance tables' projects hold {CheckContext.Format(fundsYuan / TableView.UnitFactor(expenditure), TableView.UnitOf(expenditure))} but {OutputText.ProjectExpenditure} is {CheckContext.Format(project, TableView.UnitOf(expenditure))}",
                });
        }
    }

    static string Show(decimal? v) => v is null ? "(blank)" : CheckContext.Format(v.Value);

    /// <summary>Evidence in words that all the unit's revenue is 财政拨款 (revenue table, else the prose), or null.</summary>
    static string? AllRevenueIsAppropriation(BudgetDocument doc)
    {
        var revenue = doc.Tables.FirstOrDefault(t => t.Kind == TableKind.Revenue && !t.DeclaredEmpty && t.Rows.Count > 0);
        if (revenue is not null && TableView.GrandTotal(revenue) is { } row
            && TableView.Get(row, Measure.Total)?.Value is { } total && total > 0)
        {
            var appropriation = TableView.Get(row, Measure.Appropriation)?.Value
                                ?? row.Amounts.Where(a => RowSumCheck.AppropriationParts.Contains(a.Measure)).Select(a => a.Value).Sum();
            if (appropriation == total)
                return $"{TableView.Describe(revenue)} shows all {CheckContext.Format(total, TableView.UnitOf(revenue))} of the unit's revenue as {OutputText.Appropriation}";
            return null;
        }
        var facts = doc.Narrative.Facts;
        var rt = facts.FirstOrDefault(f => f.Subject == SubjectCatalog.RevenueTotal)?.Yuan;
        var ar = facts.FirstOrDefault(f => f.Subject == SubjectCatalog.AppropriationRevenue)?.Yuan;
        return rt is > 0 && rt == ar ? $"the text states all revenue is {OutputText.AppropriationRevenue}" : null;
    }
}
