using System.Text.RegularExpressions;
using Extractor.Checks;
using Extractor.Model;
using Extractor.Normalization;
using Extractor.Vocabulary;

namespace Extractor.Compare;

/// <summary>One government document as one panel row: its region, level, year and headline figures (yuan).</summary>
public sealed class GovernmentPanelRow
{
    public string Document { get; init; } = "";
    public string? Government { get; init; }
    public string? Level { get; init; }
    public string? Coverage { get; init; }
    public int? FiscalYear { get; init; }
    public string? Phase { get; init; }
    public decimal? GeneralRevenue { get; set; }
    public decimal? TaxRevenue { get; set; }
    public decimal? GeneralExpenditure { get; set; }
    public decimal? FundRevenue { get; set; }
    public decimal? FundExpenditure { get; set; }
    public decimal? DebtBalance { get; set; }
    public decimal? DebtLimit { get; set; }
    /// <summary>Where each figure came from: "general_revenue=table 3 (预算数)" …, ';'-separated.</summary>
    public List<string> Sources { get; } = new();
}

/// <summary>
/// The government-panel view: documents × headline measures, so a researcher gets one row per region-year. A figure
/// comes from the grand total of the first table of its kind (whole-region tables before own-level ones), in the
/// figure column of the document's own year and phase (决算数 for a final account, 预算数 for a budget), else from the
/// report's headline sentence; left empty when neither prints it.
/// </summary>
public static class GovernmentPanel
{
    public static GovernmentPanelRow? From(BudgetDocument doc)
    {
        var m = doc.Metadata;
        if (m.Scope != Scope.Government) return null;
        var row = new GovernmentPanelRow
        {
            Document = doc.Document, Government = m.UnitName, Level = m.GovernmentLevel.Text(), Coverage = m.GovernmentCoverage.Text(),
            FiscalYear = m.FiscalYear, Phase = m.Phase.Text(),
        };
        row.GeneralRevenue = Figure(doc, row, "general_revenue", TableKind.GovernmentGeneralRevenue, GovernmentHeadlines.GeneralRevenue, total: true);
        row.TaxRevenue = Figure(doc, row, "tax_revenue", TableKind.GovernmentGeneralRevenue, GovernmentHeadlines.TaxRevenue, total: false);
        row.GeneralExpenditure = Figure(doc, row, "general_expenditure", TableKind.GovernmentGeneralExpenditure, GovernmentHeadlines.GeneralExpenditure, total: true);
        row.FundRevenue = Figure(doc, row, "fund_revenue", TableKind.GovernmentFundRevenue, GovernmentHeadlines.FundRevenue, total: true);
        row.FundExpenditure = Figure(doc, row, "fund_expenditure", TableKind.GovernmentFundExpenditure, GovernmentHeadlines.FundExpenditure, total: true);
        row.DebtBalance = FromDebtTables(doc, row, "debt_balance", Measure.DebtBalance) ?? FromProse(doc, row, "debt_balance", GovernmentHeadlines.DebtBalance);
        row.DebtLimit = FromDebtTables(doc, row, "debt_limit", Measure.DebtLimit) ?? FromProse(doc, row, "debt_limit", GovernmentHeadlines.DebtLimit);
        return row;
    }

    static decimal? Figure(BudgetDocument doc, GovernmentPanelRow row, string name, TableKind kind, string subject, bool total)
    {
        var tables = doc.Tables.Where(t => t.Kind == kind && !t.DeclaredEmpty && t.Rows.Count > 0)
            .OrderBy(t => IsWholeRegion(t) ? 0 : 1).ThenBy(t => t.Index).ToList();
        foreach (var table in tables)
        {
            var line = total ? TotalRow(table) : table.Rows.FirstOrDefault(r => r.Code == "101");
            if (line is null || Pick(line, doc.Metadata) is not { Yuan: { } yuan } a) continue;
            row.Sources.Add($"{name}=table {table.Index} ({a.ColumnLabel})");
            return yuan;
        }
        return FromProse(doc, row, name, subject);
    }

    /// <summary>
    /// The debt figure of the whole government from its debt tables (whole-region tables first), read from the amounts'
    /// debt measure and kind: items as columns, the first amount of the item over both kinds (no 一般/专项 kind) on the
    /// grand total, else on the first row (the government itself, 吉林省 above 吉林省本级); items as rows, the first row
    /// whose every figure is the item, over both kinds. A figure of the year before (上年债务限额) is never the government's own.
    /// </summary>
    static decimal? FromDebtTables(BudgetDocument doc, GovernmentPanelRow row, string name, Measure item)
    {
        var tables = doc.Tables.Where(t => t.Kind == TableKind.Debt && !t.DeclaredEmpty && t.Rows.Count > 0)
            .OrderBy(t => IsWholeRegion(t) ? 0 : 1).ThenBy(t => t.Index);
        bool Wanted(Amount a) => a.Measure == item && a.DebtKind is null && a.Yuan is not null && a.Unit != "%" && a.Period != ColumnPeriod.PriorYear;
        foreach (var table in tables)
        {
            var line = table.Rows.FirstOrDefault(r => r.IsTotal && r.Side is null) ?? table.Rows.FirstOrDefault(r => r.Amounts.Any(a => a.Yuan is not null));
            var amount = line?.Amounts.FirstOrDefault(Wanted);
            if (amount is null)
            {
                // items as rows: a row whose every figure is the item
                line = table.Rows.FirstOrDefault(r => r.Amounts.Any(Wanted) && r.Amounts.Where(a => a.Yuan is not null && a.Unit != "%").All(a => a.Measure == item));
                amount = line?.Amounts.FirstOrDefault(Wanted);
            }
            if (line is null || amount is null) continue;
            row.Sources.Add($"{name}=table {table.Index} {line.Name} ({amount.ColumnLabel})");
            return amount.Yuan;
        }
        return null;
    }

    static decimal? FromProse(BudgetDocument doc, GovernmentPanelRow row, string name, string subject)
    {
        var facts = doc.Narrative.Facts.Where(f => f.Subject == subject && f.Yuan is not null).ToList();
        var fact = facts.FirstOrDefault(f => GovernmentLevels.RegionWords.Any(w => (f.Label ?? "").StartsWith(w))) ?? facts.FirstOrDefault();
        if (fact is null) return null;
        row.Sources.Add($"{name}=narrative page {fact.Provenance.Page} ({fact.Label})");
        return fact.Yuan;
    }

    static bool IsWholeRegion(BudgetTable t) => t.Coverage == GovernmentCoverage.Region;

    /// <summary>The grand total (合计, 收入合计), else a row named like a total, else the first row.</summary>
    static TableRow? TotalRow(BudgetTable table) =>
        table.Rows.FirstOrDefault(r => r.IsTotal && r.Side is null)
        ?? table.Rows.FirstOrDefault(r => r.Code is null && GovernmentWords.TotalEnding().IsMatch(PrintedText.LabelKey(r.Name)))
        ?? table.Rows.FirstOrDefault(r => r.Code is null && GovernmentRows.RevenueTotalNames.Contains(PrintedText.LabelKey(r.Name)));

    /// <summary>The amount of the document's own figure: 决算数 for a final account, else 预算数, of its own year where the
    /// header prints years, else the execution, else the total.</summary>
    static Amount? Pick(TableRow line, DocumentMetadata m)
    {
        var order = m.Phase == Phase.Final
            ? new[] { Measure.Final, Measure.Execution, Measure.AdjustedBudget, Measure.Budget, Measure.Total }
            : new[] { Measure.Budget, Measure.Execution, Measure.AdjustedBudget, Measure.Final, Measure.Total };
        foreach (var measure in order)
        {
            var all = line.Amounts.Where(a => a.Measure == measure && a.Yuan is not null).ToList();
            if (all.Count == 0) continue;
            var own = m.FiscalYear is { } y ? all.FirstOrDefault(a => a.ColumnLabel.Contains(y.ToString())) : null;
            return own ?? all.FirstOrDefault(a => !Regex.IsMatch(a.ColumnLabel, @"(19|20)\d{2}")) ?? all[0];
        }
        return null;
    }
}
