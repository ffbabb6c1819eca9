using Extractor.Model;
using Extractor.Vocabulary;

namespace Extractor.Checks;

/// <summary>
/// Prose against tables for government documents: each headline figure of the report (全市一般公共预算收入 X 亿元) is
/// printed by a table of its kind, as the total of some figure column (预算数, 执行数, 决算数 …), within the prose's
/// rounding. A report without a table of that kind is not evaluated.
/// </summary>
public sealed class GovernmentProseCheck : ICheck
{
    public string Rule => CheckRules.HeadlineVsTable;

    static readonly Dictionary<string, TableKind[]> KindsOf = new()
    {
        [GovernmentHeadlines.GeneralRevenue] = new[] { TableKind.GovernmentGeneralRevenue },
        [GovernmentHeadlines.TaxRevenue] = new[] { TableKind.GovernmentGeneralRevenue },
        [GovernmentHeadlines.GeneralExpenditure] = new[] { TableKind.GovernmentGeneralExpenditure },
        [GovernmentHeadlines.FundRevenue] = new[] { TableKind.GovernmentFundRevenue },
        [GovernmentHeadlines.FundExpenditure] = new[] { TableKind.GovernmentFundExpenditure },
        [GovernmentHeadlines.CapitalRevenue] = new[] { TableKind.StateCapitalRevenue },
        [GovernmentHeadlines.CapitalExpenditure] = new[] { TableKind.StateCapitalExpenditure },
        [GovernmentHeadlines.InsuranceRevenue] = new[] { TableKind.SocialInsuranceRevenue },
        [GovernmentHeadlines.InsuranceExpenditure] = new[] { TableKind.SocialInsuranceExpenditure },
        [GovernmentHeadlines.DebtBalance] = new[] { TableKind.Debt },
        [GovernmentHeadlines.DebtLimit] = new[] { TableKind.Debt },
    };

    public void Run(CheckContext context)
    {
        var doc = context.Document;
        if (doc.Metadata.Scope != Scope.Government) return;
        foreach (var fact in doc.Narrative.Facts.Where(f => f.Yuan is not null && KindsOf.ContainsKey(f.Subject)))
        {
            var tables = doc.Tables.Where(t => !t.DeclaredEmpty && KindsOf[fact.Subject].Contains(t.Kind)).ToList();
            if (tables.Count == 0) continue;
            var candidates = tables.SelectMany(t => Figures(t, fact.Subject).Select(a => (Table: t, Amount: a))).ToList();
            if (candidates.Count == 0) continue;
            // the prose rounds: half a unit of its last printed digit
            var tolerance = NumberParser.HalfLastDigit(fact.Amount!.Value) * (fact.Yuan!.Value / fact.Amount.Value == 0 ? 1 : fact.Yuan.Value / fact.Amount.Value);
            var match = candidates.FirstOrDefault(c => c.Amount.Yuan is { } y && Math.Abs(y - fact.Yuan.Value) <= tolerance + 0.005m * TableView.UnitFactor(c.Table, c.Amount));
            if (match.Table is not null) { context.Pass(Rule); continue; }
            var nearest = candidates.Where(c => c.Amount.Yuan is not null).OrderBy(c => Math.Abs(c.Amount.Yuan!.Value - fact.Yuan.Value)).FirstOrDefault();
            context.Fail(new CheckFinding
            {
                Rule = Rule, Severity = Severity.Warning, TableKind = nearest.Table?.Kind, TableIndex = nearest.Table?.Index,
                Location = fact.Sentence,
                Expected = CheckContext.Format(fact.Amount.Value, fact.Unit),
                Actual = nearest.Table is null ? null : $"{nearest.Amount.Printed} {TableView.UnitOf(nearest.Table, nearest.Amount)}",
                Message = $"the report states {fact.Label} {CheckContext.Format(fact.Amount.Value, fact.Unit)} but no total of the {string.Join("/", KindsOf[fact.Subject].Select(k => k.Text()))} tables prints it" +
                          (nearest.Table is null ? "" : $" (nearest: {TableView.Describe(nearest.Table)} {TableView.ColumnName(nearest.Amount)} {nearest.Amount.Printed} {TableView.UnitOf(nearest.Table, nearest.Amount)})"),
                Provenance = fact.Provenance,
            });
        }
    }

    /// <summary>The figures a headline can quote: total rows (合计, 收入合计 …), the 税收收入 row for tax revenue, any
    /// amount of a debt table; never a ratio.</summary>
    static IEnumerable<Amount> Figures(BudgetTable table, string subject)
    {
        IEnumerable<TableRow> rows = subject switch
        {
            GovernmentHeadlines.TaxRevenue => table.Rows.Where(r => r.Code == "101"),
            GovernmentHeadlines.DebtBalance or GovernmentHeadlines.DebtLimit => table.Rows,
            _ => table.Rows.Where(r => r.IsTotal || r.Level is 0 || (r.Code is null && (r.Name ?? "").Contains(GovernmentWords.TotalWord)))
                .Concat(table.Rows.Take(2)),
        };
        return rows.SelectMany(r => r.Amounts).Where(a => a.Value is not null && a.Unit != "%" && !TableView.IsRatio(a));
    }
}
