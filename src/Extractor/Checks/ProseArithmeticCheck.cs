using Extractor.Model;
using Extractor.Recognition.Narrative;
using S = Extractor.Vocabulary.SubjectCatalog;

namespace Extractor.Checks;

/// <summary>
/// The prose agrees with itself: 政府采购 total = goods + works + services; 三公 = 出国 + 接待 + 用车; vehicles = Σ kinds;
/// 支出 total = 基本 + 项目; Σ function 类 = the section's total; Σ economic 类 = 基本支出 — amounts and year-on-year
/// changes alike; a percentage change = change ÷ prior year.
/// </summary>
public sealed class ProseArithmeticCheck : ICheck
{
    public string Rule => CheckRules.ProseArithmetic;

    public void Run(CheckContext context)
    {
        var facts = context.Document.Narrative.Facts;
        foreach (var section in facts.GroupBy(f => f.Section ?? ""))
        {
            var list = section.ToList();
            PartsOf(context, list, S.Procurement, new[] { S.ProcurementGoods, S.ProcurementWorks, S.ProcurementServices }, 3, sameSentence: true);
            var vehicleParts = list.Any(f => f.Subject == S.Vehicles)
                ? new[] { S.Outbound, S.Reception, S.Vehicles }
                : new[] { S.Outbound, S.Reception, S.VehiclePurchase, S.VehicleOperation };
            PartsOf(context, list, S.ThreePublic, vehicleParts, vehicleParts.Length); // only with every part stated
            PartsOf(context, list, S.Vehicles, new[] { S.VehiclePurchase, S.VehicleOperation }, 2);
            VehicleBreakdown(context, list, S.VehicleCount);
            VehicleBreakdown(context, list, S.VehiclesToPurchase);

            var total = list.FirstOrDefault(f => f.Subject is S.ExpenditureTotal or S.AppropriationTotal);
            if (total is not null)
            {
                var basicAndProject = Pick(list, S.Basic).Concat(Pick(list, S.Project)).ToList();
                // "其中：基本支出 a，占 x%；项目支出 b，占 y%；单位预留机动经费 c，占 z%": when the stated shares of 基本 and 项目
                // fall short of 100%, another part is listed that we do not read, so a + b is not the whole
                if (!SharesFallShort(basicAndProject))
                    SumOf(context, total, basicAndProject, $"{OutputText.BasicExpenditure} + {OutputText.ProjectExpenditure}");
                SumOf(context, total, list.Where(f => f.Subject == S.FunctionClass).ToList(), $"the function {OutputText.Class} amounts");
            }
            var basic = list.FirstOrDefault(f => f.Subject == S.Basic);
            if (basic is not null)
                foreach (var paragraph in list.Where(f => f.Subject == S.EconomicClass).GroupBy(f => f.Provenance.Line))
                {
                    var classes = paragraph.ToList();
                    var covers = classes.Sum(f => f.Yuan ?? 0);
                    // Economic classes may describe all spending rather than 基本支出: then they are compared with the total.
                    var whole = total is not null && total.Yuan == covers && basic.Yuan != covers ? total : basic;
                    SumOf(context, whole, classes, $"the economic {OutputText.Class} amounts");
                }
        }
        foreach (var fact in facts.Where(f => f.ChangePercent is not null && f.Change is not null && f.PriorYear is > 0))
            Percent(context, fact);
    }


    /// <summary>Each part states its share of the whole (占 x%), and the shares add up to clearly less than 100%.</summary>
    static bool SharesFallShort(List<NarrativeFact> parts)
    {
        if (parts.Count < 2) return false;
        decimal sum = 0;
        foreach (var part in parts)
        {
            if (part.SharePercent is not { } share) return false;
            sum += share;
        }
        return sum < 99.5m;
    }

    /// <summary>车辆 N 辆，其中：…用车 a 辆、…用车 b 辆: the kinds listed in the same sentence add up to the total.</summary>
    static void VehicleBreakdown(CheckContext context, List<NarrativeFact> list, string whole)
    {
        foreach (var total in list.Where(f => f.Subject == whole && f.Amount is not null))
        {
            var kinds = list.Where(f => f.Sentence == total.Sentence && f.Provenance.Line == total.Provenance.Line && f.Subject.StartsWith(S.VehicleCount + "-")
                                        && f.Amount is not null).ToList();
            SumOf(context, total, kinds, "the vehicle kinds listed");
        }
    }

    static IEnumerable<NarrativeFact> Pick(List<NarrativeFact> list, string subject) => list.Where(f => f.Subject == subject).Take(1);

    /// <summary>whole = Σ parts, the parts taken from the whole's section (or only from its sentence).</summary>
    static void PartsOf(CheckContext context, List<NarrativeFact> list, string whole, string[] partSubjects, int minimumParts,
        bool sameSentence = false)
    {
        var total = list.FirstOrDefault(f => f.Subject == whole && f.Amount is not null);
        if (total is null) return;
        var candidates = sameSentence ? list.Where(f => f.Sentence == total.Sentence && f.Provenance.Line == total.Provenance.Line).ToList() : list;
        var parts = partSubjects.SelectMany(s => Pick(candidates, s)).Where(f => f.Amount is not null).ToList();
        if (parts.Count < minimumParts) return;
        SumOf(context, total, parts, string.Join(" + ", parts.Select(p => p.Label)));
    }

    /// <summary>whole = Σ parts in amounts, and in changes where every one of them states a change.</summary>
    static void SumOf(CheckContext context, NarrativeFact whole, List<NarrativeFact> parts, string partsName)
    {
        if (parts.Count < 2 || whole.Amount is null) return;
        var unitFactor = AmountUnits.FactorToYuan(whole.Unit) ?? 1m;
        decimal InWholeUnit(NarrativeFact f) => f.Yuan is { } y && unitFactor != 0 ? y / unitFactor : f.Amount ?? 0;
        var sum = parts.Sum(InWholeUnit);
        context.Compare(CheckRules.ProseArithmetic, sum, whole.Amount.Value, context.Tolerance(parts.Count), () => new CheckFinding
        {
            Location = $"{whole.Section} sentence (line {whole.Provenance.Line}) «{whole.Sentence}»",
            Expected = CheckContext.Format(sum), Actual = CheckContext.Format(whole.Amount.Value),
            Message = $"the text states {whole.Label} {CheckContext.Format(whole.Amount.Value, whole.Unit)} but {partsName} add up to {CheckContext.Format(sum, whole.Unit)}",
            Provenance = whole.Provenance,
        });

        if (whole.Change is not { } change || parts.Any(p => p.Change is null)) return;
        var changes = parts.Sum(p => p.Change!.Value * ((AmountUnits.FactorToYuan(p.Unit) ?? unitFactor) / unitFactor));
        context.Compare(CheckRules.ProseArithmetic, changes, change, context.Tolerance(parts.Count), () => new CheckFinding
        {
            Location = $"{whole.Section} sentence (line {whole.Provenance.Line}) «{whole.Sentence}», year-on-year change",
            Expected = CheckContext.Format(changes), Actual = CheckContext.Format(change),
            Message = $"the text states a change of {CheckContext.Format(change, whole.Unit)} in {whole.Label} but the changes of {partsName} add up to {CheckContext.Format(changes, whole.Unit)}",
            Provenance = whole.Provenance,
        });
    }

    static void Percent(CheckContext context, NarrativeFact fact)
    {
        var computed = Math.Round(fact.Change!.Value / fact.PriorYear!.Value * 100m, 4);
        var printed = fact.ChangePercent!.Value;
        if (Math.Abs(computed - printed) <= context.Settings.PercentTolerance) { context.Pass(CheckRules.ProseArithmetic); return; }
        context.Fail(new CheckFinding
        {
            Rule = CheckRules.ProseArithmetic, Severity = Severity.Error,
            Location = $"{fact.Section} sentence (line {fact.Provenance.Line}) «{fact.Sentence}», percentage change",
            Expected = CheckContext.Format(Math.Round(computed, 2)), Actual = CheckContext.Format(printed),
            Message = $"the text states {fact.Label} changed by {CheckContext.Format(printed)}% but {CheckContext.Format(fact.Change.Value, fact.Unit)} of a prior year of {CheckContext.Format(fact.PriorYear.Value, fact.Unit)} is {CheckContext.Format(Math.Round(computed, 2))}%",
            Provenance = fact.Provenance,
        });
    }
}
