using Extractor.Model;

namespace Extractor.Checks;

/// <summary>
/// Totals that must agree between tables: summary, revenue and expenditure grand totals (budgets); general-expenditure
/// 基本支出 = general-basic-expenditure total; in the basic table 人员经费 = 301 + 303 and 公用经费 = the other classes.
/// </summary>
public sealed class CrossTableTotalCheck : ICheck
{
    public string Rule => CheckRules.CrossTableTotal;

    /// <summary>Economic classes whose spending is 人员经费; every other class is 公用经费.</summary>
    public static readonly string[] PersonnelClasses = { "301", "303" };

    public void Run(CheckContext context)
    {
        var doc = context.Document;
        var revenue = Populated(doc, TableKind.Revenue);
        var expenditure = Populated(doc, TableKind.Expenditure);
        var summary = Populated(doc, TableKind.Summary);
        var general = Populated(doc, TableKind.GeneralExpenditure);
        // Only a table of 基本支出 (by title, or by its 人员/公用 columns): one by economic class of all spending is not one.
        var basic = Populated(doc, TableKind.GeneralBasicExpenditure) is { } b
                    && (b.SpendingPart == Measure.Basic || TableView.Has(b, Measure.Personnel) && TableView.Has(b, Measure.Public)) ? b : null;

        if (doc.Metadata.Phase != Phase.Final && revenue is not null && expenditure is not null)
            Agree(context, revenue, TableView.GrandTotalValue(revenue, Measure.Total), OutputText.RevenueTotal,
                expenditure, TableView.GrandTotalValue(expenditure, Measure.Total), OutputText.ExpenditureTotal, Measure.Total, Measure.Total);

        if (summary is not null)
        {
            if (revenue is not null && RowSumCheck.SideTotal(summary, Side.Income) is { } inc && TableView.GrandTotal(revenue) is not null)
            {
                // The summary's 收入总计 includes carry-overs the revenue table may also hold: compare 本年收入 only when the summary has no 上年结转 row.
                var carry = summary.Rows.Any(r => r.Role == RowRole.Carryover && r.Amounts.Any(a => a.Value is > 0));
                if (!carry)
                    Agree(context, summary, inc.Amount.Value, OutputText.RevenueGrandTotal, revenue, TableView.GrandTotalValue(revenue, Measure.Total), OutputText.RevenueTotal, inc.Amount.Measure, Measure.Total);
            }
            if (expenditure is not null && RowSumCheck.SideTotal(summary, Side.Expenditure) is { } exp)
            {
                var carry = summary.Rows.Any(r => r.Role == RowRole.Carryover && r.Side == Side.Expenditure && r.Amounts.Any(a => a.Value is > 0));
                if (!carry)
                    Agree(context, summary, exp.Amount.Value, OutputText.ExpenditureGrandTotal, expenditure, TableView.GrandTotalValue(expenditure, Measure.Total), OutputText.ExpenditureTotal, exp.Amount.Measure, Measure.Total);
            }
        }

        if (general is not null && basic is not null)
            Agree(context, general, TableView.GrandTotalValue(general, Measure.Basic), OutputText.BasicExpenditureTotal,
                basic, TableView.GrandTotalValue(basic, Measure.Total), OutputText.Total, Measure.Basic, Measure.Total);

        if (basic is not null) PersonnelAndPublic(context, basic);
    }

    static BudgetTable? Populated(BudgetDocument doc, TableKind kind) =>
        doc.Tables.FirstOrDefault(t => t.Kind == kind && !t.DeclaredEmpty && t.Rows.Count > 0);

    static void Agree(CheckContext context, BudgetTable a, decimal? aValue, string aLabel, BudgetTable b, decimal? bValue, string bLabel,
        Measure aMeasure, Measure bMeasure)
    {
        if (aValue is null || bValue is null) return;
        var fa = TableView.UnitFactor(a);
        var fb = TableView.UnitFactor(b);
        var ya = aValue.Value * fa;
        var yb = bValue.Value * fb;
        var unit = TableView.UnitOf(b);
        var tolerance = Math.Max(context.Tolerance(1, new[] { aValue }) * fa, context.Tolerance(1, new[] { bValue }) * fb);
        context.Compare(CheckRules.CrossTableTotal, ya, yb, tolerance, () => new CheckFinding
        {
            TableKind = b.Kind, TableIndex = b.Index, Row = TableView.GrandTotal(b)?.Index,
            Location = $"{TableView.Describe(b)} {bLabel} against {TableView.Describe(a)} {aLabel}",
            Expected = CheckContext.Format(ya / fb), Actual = CheckContext.Format(bValue.Value),
            Message = $"{TableView.Describe(b)} {bLabel} is {CheckContext.Format(bValue.Value, unit)} but {TableView.Describe(a)} {aLabel} is {CheckContext.Format(aValue.Value, TableView.UnitOf(a))}",
            Provenance = TableView.GrandTotal(b)?.Provenance,
            Cells = TotalCells(b, bMeasure, bValue.Value, FindingCellRole.Checked).Concat(TotalCells(a, aMeasure, aValue.Value, FindingCellRole.Compared)).ToList(),
        });
    }

    /// <summary>The printed cell of a table's total of <paramref name="measure"/> that holds <paramref name="value"/> (the grand-total row's, or a side's 总计).</summary>
    static IEnumerable<FindingCell> TotalCells(BudgetTable table, Measure measure, decimal value, FindingCellRole role)
    {
        var rows = new List<TableRow?> { TableView.GrandTotal(table), RowSumCheck.SideTotal(table, Side.Income)?.Row, RowSumCheck.SideTotal(table, Side.Expenditure)?.Row };
        foreach (var row in rows.OfType<TableRow>())
            if (row.Amounts.FirstOrDefault(x => x.Measure == measure && (x.Value ?? 0) == value) is { } amount)
                return new[] { FindingEvidence.Cell(table, row, amount, role) };
        return Array.Empty<FindingCell>();
    }

    /// <summary>In the basic table: total 人员经费 = Σ 301, 303 totals; total 公用经费 = Σ the other classes' totals.</summary>
    static void PersonnelAndPublic(CheckContext context, BudgetTable basic)
    {
        if (TableView.GrandTotal(basic) is not { } total) return;
        // economic classes (3xx) only: a basic table by function says nothing of 人员/公用 by class
        var classes = TableView.CodedRows(basic).Where(r => r.Code!.Length == 3 && r.Code[0] == '3').ToList();
        if (classes.Count == 0) return;
        var unit = TableView.UnitOf(basic);
        foreach (var (measure, label, members) in new[]
                 {
                     (Measure.Personnel, OutputText.Personnel, classes.Where(c => PersonnelClasses.Contains(c.Code)).ToList()),
                     (Measure.Public, OutputText.Public, classes.Where(c => !PersonnelClasses.Contains(c.Code)).ToList()),
                 })
        {
            var printed = TableView.Get(total, measure);
            if (printed is null || members.Count == 0) continue;
            var sum = members.Sum(m => TableView.ValueOrZero(TableView.Get(m, Measure.Total)));
            var value = TableView.ValueOrZero(printed);
            var tolerance = context.Tolerance(members.Count, members.Select(m => TableView.Get(m, Measure.Total)?.Value).Append(printed.Value));
            context.Compare(CheckRules.CrossTableTotal, sum, value, tolerance, () => new CheckFinding
            {
                TableKind = basic.Kind, TableIndex = basic.Index, Row = total.Index, Column = printed.Column,
                Location = TableView.Describe(basic, total, printed),
                Expected = CheckContext.Format(sum), Actual = printed.Printed,
                Message = $"{label} total is {CheckContext.Format(value, unit)} but classes {string.Join(" + ", members.Select(m => m.Code))} total {CheckContext.Format(sum, unit)}",
                Provenance = TableView.ProvenanceOf(total, printed),
            }, Severity.Warning);
        }
    }
}
