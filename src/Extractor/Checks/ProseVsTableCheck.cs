using Extractor.Model;
using Extractor.Recognition.Narrative;
using S = Extractor.Vocabulary.SubjectCatalog;

namespace Extractor.Checks;

/// <summary>
/// Amounts stated in the 情况说明 against the tables: totals, 基本/项目, function 类, economic 类, 三公, 机关运行经费
/// (against the basic table's 公用经费), and a described project's 年度预算安排 against its performance table.
/// </summary>
public sealed class ProseVsTableCheck : ICheck
{
    public string Rule => CheckRules.ProseVsTable;

    /// <summary>三公 fact subjects → three-public table measures.</summary>
    static readonly Dictionary<string, Measure> ThreePublicMeasures = new()
    {
        [S.ThreePublic] = Measure.Total, [S.Outbound] = Measure.Outbound, [S.Reception] = Measure.Reception,
        [S.Vehicles] = Measure.Vehicles, [S.VehiclePurchase] = Measure.VehiclePurchase, [S.VehicleOperation] = Measure.VehicleOperation,
    };

    public void Run(CheckContext context)
    {
        var doc = context.Document;
        foreach (var fact in doc.Narrative.Facts.Where(f => f.Yuan is not null))
        {
            if (SpeaksOfAnotherUnit(doc, fact)) continue;
            var spending = SpendingTablesFor(doc, fact);
            switch (fact.Subject)
            {
                case S.RevenueTotal when fact.Funds is null:
                    CompareTotal(context, fact, Tables(doc, TableKind.Revenue), Measure.Total, OutputText.RevenueTotal);
                    break;
                case S.AppropriationRevenue:
                    var (measure, what) = fact.Funds switch
                    {
                        "general-budget" => (Measure.GeneralBudget, OutputText.GeneralBudgetRevenue),
                        "government-fund" => (Measure.GovernmentFund, OutputText.GovernmentFundRevenue),
                        "state-capital" => (Measure.StateCapital, OutputText.StateCapitalRevenue),
                        _ => (Measure.Appropriation, OutputText.Appropriation),
                    };
                    CompareTotal(context, fact, Tables(doc, TableKind.Revenue), measure, what);
                    break;
                case S.ExpenditureTotal:
                    CompareTotal(context, fact, spending, Measure.Total, OutputText.ExpenditureTotal);
                    break;
                case S.AppropriationTotal:
                    CompareTotal(context, fact, AppropriationTables(doc), Measure.Total, OutputText.AppropriationExpenditureTotal);
                    break;
                case S.Basic:
                    CompareTotal(context, fact, spending, Measure.Basic, OutputText.BasicExpenditureTotal);
                    break;
                case S.Project:
                    CompareTotal(context, fact, spending, Measure.Project, OutputText.ProjectExpenditureTotal);
                    break;
                case S.FunctionClass when fact.Code is not null:
                    // 财政拨款 spending by 类 may be told for the whole year, carry-over included, as the 财政拨款收支总表 prints it
                    if ((fact.Funds == "appropriation" || fact.Section == SectionCatalog.AppropriationExplanation) && AppropriationSummaryClass(doc, fact.Code) is { } summary)
                    {
                        var factor = TableView.UnitFactor(summary.Table);
                        if (Math.Abs(summary.Value * factor - fact.Yuan!.Value) <= 0.005m * factor)
                        {
                            context.Pass(CheckRules.ProseVsTable);
                            break;
                        }
                    }
                    CompareCode(context, fact, spending, fact.Code, absentIsZero: true);
                    break;
                case S.EconomicClass when fact.Code is not null && EconomicParagraphIsBasic(doc, fact):
                    CompareCode(context, fact, Tables(doc, TableKind.GeneralBasicExpenditure), fact.Code, absentIsZero: false);
                    break;
                case S.OperatingCosts when doc.Metadata.Scope == Scope.Unit:
                    // 机关运行经费 is the 公用经费 of 行政 and 参公 units only: comparable for a single unit, not a department.
                    CompareTotal(context, fact, Tables(doc, TableKind.GeneralBasicExpenditure), Measure.Public, OutputText.PublicTotal, Severity.Warning);
                    break;
                case S.ProjectBudget:
                    CompareProjectBudget(context, fact);
                    break;
                default:
                    if (ThreePublicMeasures.TryGetValue(fact.Subject, out var threePublic)) CompareThreePublic(context, fact, threePublic);
                    break;
            }
        }
    }

    /// <summary>
    /// The tables a spending fact speaks of: by its qualifier (一般公共预算…, 政府性基金…, 财政拨款…), else by its section
    /// (财政拨款, 一般公共预算, 政府性基金, 国有资本经营 explanations), else the expenditure table.
    /// </summary>
    static List<BudgetTable> SpendingTablesFor(BudgetDocument doc, NarrativeFact fact) => fact.Funds switch
    {
        "appropriation" => AppropriationTables(doc),
        "general-budget" => Tables(doc, TableKind.GeneralExpenditure),
        "government-fund" => Tables(doc, TableKind.GovernmentFundExpenditure),
        "state-capital" => Tables(doc, TableKind.StateCapitalExpenditure),
        _ => Tables(doc, TableKind.Expenditure),
    };


    /// <summary>
    /// "深圳市水务工程质量安全监督站预算3,687.57万元，包括…项目支出2,150.38万元": a sentence about one unit of a department,
    /// not the document's own unit, whose amounts are not the tables' totals.
    /// </summary>
    static bool SpeaksOfAnotherUnit(BudgetDocument doc, NarrativeFact fact)
    {
        if (fact.BudgetOf is not { } unit) return false;
        var own = PrintedText.Compact(doc.Metadata.UnitName ?? "");
        return own.Length == 0 || unit != own;
    }

    /// <summary>A 类's amount on the spending side of the 财政拨款收支总表, or null.</summary>
    static (decimal Value, BudgetTable Table)? AppropriationSummaryClass(BudgetDocument doc, string code)
    {
        foreach (var table in doc.Tables.Where(t => t.Kind == TableKind.AppropriationSummary))
            foreach (var row in table.Rows.Where(r => r.Code == code))
                if (row.Amounts.FirstOrDefault(a => a.Value is not null && a.Side != Side.Income) is { } amount)
                    return (amount.Value!.Value, table);
        return null;
    }

    static List<BudgetTable> Tables(BudgetDocument doc, TableKind kind) => doc.Tables.Where(t => t.Kind == kind).ToList();

    /// <summary>The tables of appropriation spending: general budget, government fund and state capital.</summary>
    static List<BudgetTable> AppropriationTables(BudgetDocument doc) =>
        doc.Tables.Where(t => t.Kind is TableKind.GeneralExpenditure or TableKind.GovernmentFundExpenditure or TableKind.StateCapitalExpenditure).ToList();

    /// <summary>Sums a measure's grand totals over tables (empty tables count as zero); null when no populated table has it.</summary>
    static (decimal Yuan, BudgetTable Table)? TotalYuan(List<BudgetTable> tables, Measure measure)
    {
        decimal sum = 0;
        BudgetTable? first = null;
        foreach (var t in tables)
        {
            if (t.DeclaredEmpty || t.Rows.Count == 0) continue;
            var v = TableView.GrandTotalValue(t, measure);
            if (v is null && measure == Measure.Appropriation && TableView.GrandTotal(t) is { } row)
            {
                var parts = row.Amounts.Where(a => RowSumCheck.AppropriationParts.Contains(a.Measure)).ToList();
                if (parts.Count > 0) v = parts.Sum(TableView.ValueOrZero);
            }
            if (v is null) continue;
            sum += v.Value * TableView.UnitFactor(t);
            first ??= t;
        }
        return first is null ? null : (sum, first);
    }

    static void CompareTotal(CheckContext context, NarrativeFact fact, List<BudgetTable> tables, Measure measure, string what,
        Severity severity = Severity.Error)
    {
        if (TotalYuan(tables, measure) is not { } total) return;
        Report(context, fact, total.Yuan, total.Table, $"{TableView.Describe(total.Table)} {what}", severity);
    }

    /// <summary>
    /// A 类 amount against its row: by code, or in tables printed with names only, by the 类's catalog names. A class
    /// absent from a coded table counts as zero where <paramref name="absentIsZero"/>; from a table without codes it is skipped.
    /// </summary>
    static void CompareCode(CheckContext context, NarrativeFact fact, List<BudgetTable> tables, string code, bool absentIsZero)
    {
        var populated = tables.Where(t => !t.DeclaredEmpty && t.Rows.Count > 0).ToList();
        if (populated.Count == 0) return;
        var names = SubjectCatalog.FunctionClasses.Concat(SubjectCatalog.EconomicClasses).Where(n => n.Value == code).Select(n => n.Key).ToHashSet();
        decimal sum = 0;
        var found = false;
        var coded = false;
        foreach (var t in populated)
        {
            var tableCoded = TableView.CodedRows(t).Any(r => r.Code!.Length == 3);
            coded |= tableCoded;
            var rows = tableCoded
                ? TableView.CodedRows(t).Where(r => r.Code == code && r.Side is null)
                : t.Rows.Where(r => r.Code is null && !r.IsTotal && r.Side is null && r.Level is null or 1 && names.Contains(ClassName(r.Name)));
            foreach (var row in rows.Take(tableCoded ? int.MaxValue : 1))
            {
                sum += TableView.ValueOrZero(TableView.Get(row, Measure.Total)) * TableView.UnitFactor(t);
                found = true;
            }
        }
        if (!found && (!coded || !absentIsZero && fact.Yuan != 0)) return;
        Report(context, fact, sum, populated[0], $"{TableView.Describe(populated[0])} {(coded ? "code " + code : $"{OutputText.Class} " + string.Join("/", names.Take(1)))}" + (found ? "" : " (not in the table)"), Severity.Error);
    }

    /// <summary>A printed row name as a 类 name: no numbering (一、), no （类）, no spaces.</summary>
    static string ClassName(string? name) =>
        PrintedText.WithoutOrdinal(PrintedText.Compact(name ?? "")).Replace(ProseFacts.ClassMark, "");

    /// <summary>Economic 类 amounts are compared with the basic table only where the paragraph's classes add up to 基本支出.</summary>
    static bool EconomicParagraphIsBasic(BudgetDocument doc, NarrativeFact fact)
    {
        var paragraph = doc.Narrative.Facts.Where(f => f.Provenance.Line == fact.Provenance.Line && f.Section == fact.Section).ToList();
        var classes = paragraph.Where(f => f.Subject == S.EconomicClass).Sum(f => f.Yuan ?? 0);
        var basic = doc.Narrative.Facts.FirstOrDefault(f => f.Subject == S.Basic && f.Section == fact.Section)?.Yuan
                    ?? (TableView.First(doc, TableKind.GeneralBasicExpenditure) is { } t && TableView.GrandTotalValue(t, Measure.Total) is { } v ? v * TableView.UnitFactor(t) : null);
        return basic is not null && Math.Abs(classes - basic.Value) <= 0.01m * 10_000m * paragraph.Count;
    }

    static void CompareThreePublic(CheckContext context, NarrativeFact fact, Measure measure)
    {
        var table = TableView.First(context.Document, TableKind.ThreePublic);
        if (table is null) return;
        decimal yuan;
        var data = table.Rows.Where(r => r.Amounts.Any(a => a.Value is not null)).ToList();
        if (table.DeclaredEmpty || data.Count == 0) yuan = 0;
        else
        {
            var row = data.FirstOrDefault(r => r.IsTotal) ?? data[0];
            var meta = context.Document.Metadata;
            // 三公 is 出国 + 接待 + 用车 by definition; a 合计 column may also hold 会议费, 培训费
            var parts = new[] { Measure.Outbound, Measure.Reception, Measure.Vehicles }.Select(m => TableView.Current(row, m, meta)).ToList();
            if (measure == Measure.Total && parts.All(p => p is not null))
                yuan = parts.Sum(TableView.ValueOrZero) * TableView.UnitFactor(table);
            else if (TableView.Current(row, measure, meta) is { } a)
                yuan = TableView.ValueOrZero(a) * TableView.UnitFactor(table);
            else return;
        }
        Report(context, fact, yuan, table, $"{TableView.Describe(table)} {measure.Text()}" + (data.Count == 0 ? " (table empty)" : ""), Severity.Error);
    }

    static void CompareProjectBudget(CheckContext context, NarrativeFact fact)
    {
        var targets = context.Document.PerformanceTargets;
        var project = context.Document.Narrative.Projects.FirstOrDefault(p => p.Provenance.Line <= fact.Provenance.Line);
        var target = targets.Count == 1 ? targets[0]
            : targets.FirstOrDefault(t => project?.Name is { } n && t.ProjectName is { } tn && Compact(tn).Contains(Compact(n)));
        if (target?.FundsTotal is not { } funds) return;
        var factor = AmountUnits.FactorToYuan(target.FundsUnit) ?? 10_000m;
        var table = context.Document.Tables.FirstOrDefault(t => t.Index == target.TableIndex);
        Report(context, fact, funds * factor, table, $"performance targets of {target.ProjectName} {OutputText.AnnualFunds}", Severity.Error, factor);
    }

    static string Compact(string s) => PrintedText.Label(s);

    /// <summary>Compares in yuan; rounding allowance: 0.01 of the table unit, or half the last digit the prose printed.</summary>
    static void Report(CheckContext context, NarrativeFact fact, decimal tableYuan, BudgetTable? table, string where, Severity severity,
        decimal? tableFactor = null)
    {
        var factUnit = AmountUnits.FactorToYuan(fact.Unit) ?? 10_000m;
        var factor = tableFactor ?? (table is null ? factUnit : TableView.UnitFactor(table));
        var scale = fact.Amount is { } a ? a.Scale : 2;
        var tolerance = Math.Max(context.Settings.RoundingPerChild * factor, 0.5m * (decimal)Math.Pow(10, -scale) * factUnit);
        var tableInFactUnit = tableYuan / factUnit;
        context.Compare(CheckRules.ProseVsTable, tableYuan, fact.Yuan!.Value, tolerance, () => new CheckFinding
        {
            TableKind = table?.Kind, TableIndex = table?.Index,
            Location = $"{SectionName(fact)} sentence (line {fact.Provenance.Line}) «{fact.Sentence}» against {where}",
            Expected = CheckContext.Format(tableInFactUnit), Actual = CheckContext.Format(fact.Amount ?? 0),
            Message = $"the text states {fact.Label} {CheckContext.Format(fact.Amount ?? 0, fact.Unit)} but {where} is {CheckContext.Format(tableInFactUnit, fact.Unit)}",
            Provenance = fact.Provenance,
        }, severity);
    }

    static string SectionName(NarrativeFact fact) => fact.Section ?? "narrative";
}
