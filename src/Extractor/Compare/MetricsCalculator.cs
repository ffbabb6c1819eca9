using Extractor.Model;

namespace Extractor.Compare;

/// <summary>
/// Reads a document's key figures from its tables (grand-total rows) and its narrative (机关运行经费, staffing,
/// year-on-year changes). A figure no table gives is taken from the narrative when stated there, and listed in
/// <see cref="UnitMetrics.FromNarrative"/>. Where a figure is not printed at all it stays null; nothing is derived
/// from a sum of parts except the function shares.
/// </summary>
public static class MetricsCalculator
{
    public static UnitMetrics From(BudgetDocument doc)
    {
        var revenue = Table(doc, TableKind.Revenue);
        var expenditure = Table(doc, TableKind.Expenditure);
        var general = Table(doc, TableKind.GeneralExpenditure);
        var basicTable = Table(doc, TableKind.GeneralBasicExpenditure);
        var summary = Table(doc, TableKind.Summary);
        var threePublic = Table(doc, TableKind.ThreePublic);

        var fromProse = new List<string>();
        // A figure printed in a table wins; where no table gives it, the amount the narrative states is taken and named.
        decimal? Pick(string metric, decimal? fromTable, string subject)
        {
            if (fromTable != null) return fromTable;
            var stated = Fact(doc, subject)?.Yuan;
            if (stated != null) fromProse.Add(metric);
            return stated;
        }

        var revenueTotal = Pick("revenue_total", GrandTotal(revenue, Measure.Total) ?? SideTotal(summary, Side.Income), "revenue-total");
        var expenditureTotal = Pick("expenditure_total", GrandTotal(expenditure, Measure.Total) ?? SideTotal(summary, Side.Expenditure), "expenditure-total");
        var threeRow = ThreePublicRow(threePublic);

        var staffing = doc.Narrative.Staffing;
        var staff = staffing?.Actual ?? staffing?.InService;
        var revenueFact = Fact(doc, "revenue-total");
        var expenditureFact = Fact(doc, "expenditure-total");
        var operating = Fact(doc, "operating-costs");
        var threeFact = Fact(doc, "three-public");

        return new UnitMetrics
        {
            RevenueTotal = revenueTotal,
            ExpenditureTotal = expenditureTotal,
            Basic = Pick("basic", GrandTotal(expenditure, Measure.Basic) ?? GrandTotal(general, Measure.Basic), "basic"),
            Project = Pick("project", GrandTotal(expenditure, Measure.Project) ?? GrandTotal(general, Measure.Project), "project"),
            Personnel = Pick("personnel", GrandTotal(expenditure, Measure.Personnel) ?? GrandTotal(basicTable, Measure.Personnel), "personnel"),
            Public = Pick("public", GrandTotal(expenditure, Measure.Public) ?? GrandTotal(basicTable, Measure.Public), "public"),
            ThreePublic = Pick("three_public", Yuan(threeRow, Measure.Total), "three-public"),
            Outbound = Pick("outbound", Yuan(threeRow, Measure.Outbound), "outbound"),
            Reception = Pick("reception", Yuan(threeRow, Measure.Reception), "reception"),
            Vehicles = Pick("vehicles", Yuan(threeRow, Measure.Vehicles), "vehicles"),
            VehiclePurchase = Pick("vehicle_purchase", Yuan(threeRow, Measure.VehiclePurchase), "vehicle-purchase"),
            VehicleOperation = Pick("vehicle_operation", Yuan(threeRow, Measure.VehicleOperation), "vehicle-operation"),
            OperatingCosts = operating?.Yuan,
            StaffAuthorized = staffing?.Authorized,
            Staff = staff,
            CostPerStaff = expenditureTotal is { } e && staff is > 0 ? Math.Round(e / staff.Value, 2) : null,
            RevenueChange = AmountUnits.ToYuan(revenueFact?.Change, revenueFact?.Unit),
            RevenueChangePercent = revenueFact?.ChangePercent,
            ExpenditureChange = AmountUnits.ToYuan(expenditureFact?.Change, expenditureFact?.Unit),
            ExpenditureChangePercent = expenditureFact?.ChangePercent,
            ThreePublicChange = AmountUnits.ToYuan(threeFact?.Change, threeFact?.Unit),
            OperatingCostsChange = AmountUnits.ToYuan(operating?.Change, operating?.Unit),
            OperatingCostsChangePercent = operating?.ChangePercent,
            FunctionShares = FunctionShares(expenditure ?? general),
            FromNarrative = fromProse,
        };
    }

    /// <summary>Spending by function 类: the level-1 function rows' totals, with their share of the sum over 类.</summary>
    public static IReadOnlyList<FunctionShare> FunctionShares(BudgetTable? table)
    {
        if (table == null) return Array.Empty<FunctionShare>();
        var classes = table.Rows
            .Where(r => r is { Level: 1, IsTotal: false, Code: not null } && r.Classification == Classification.Function)
            .Select(r => (r.Code!, r.Name, Yuan: AmountOf(r, Measure.Total)))
            .Where(c => c.Yuan is not null)
            .GroupBy(c => c.Item1)
            .Select(g => (Code: g.Key, g.First().Name, Yuan: g.First().Yuan!.Value))
            .ToList();
        var sum = classes.Sum(c => c.Yuan);
        if (sum <= 0) return Array.Empty<FunctionShare>();
        return classes.OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new FunctionShare(c.Code, c.Name, c.Yuan, Math.Round(c.Yuan / sum, 6), table.Kind.Text()))
            .ToList();
    }

    static BudgetTable? Table(BudgetDocument doc, TableKind kind) =>
        doc.Tables.FirstOrDefault(t => t.Kind == kind && !t.DeclaredEmpty && t.Rows.Count > 0);

    static NarrativeFact? Fact(BudgetDocument doc, string subject) =>
        doc.Narrative.Facts.FirstOrDefault(f => f.Subject == subject && (f.Yuan != null || f.Change != null || f.ChangePercent != null));

    /// <summary>The table's grand-total row amount for a measure.</summary>
    static decimal? GrandTotal(BudgetTable? table, Measure measure)
    {
        if (table == null) return null;
        var total = table.Rows.FirstOrDefault(r => (r.IsTotal || r.Level == 0) && r.Side == null && AmountOf(r, measure) != null);
        return total == null ? null : AmountOf(total, measure);
    }

    /// <summary>The 总计 of one side of a two-sided summary table (the last total row of that side).</summary>
    static decimal? SideTotal(BudgetTable? table, Side side)
    {
        if (table == null) return null;
        return table.Rows.Where(r => r.IsTotal)
            .SelectMany(r => r.Amounts.Where(a => (a.Side ?? r.Side) == side && a.Yuan != null))
            .Select(a => a.Yuan)
            .LastOrDefault();
    }

    static TableRow? ThreePublicRow(BudgetTable? table) =>
        table?.Rows.LastOrDefault(r => r.Amounts.Any(a => a.Measure == Measure.Total && a.Yuan != null));

    static decimal? Yuan(TableRow? row, Measure measure) => row == null ? null : AmountOf(row, measure);

    static decimal? AmountOf(TableRow row, Measure measure) =>
        row.Amounts.FirstOrDefault(a => a.Measure == measure && a.Yuan != null)?.Yuan;
}
