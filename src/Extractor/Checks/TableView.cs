using Extractor.Model;

namespace Extractor.Checks;

/// <summary>Read helpers over normalised tables: amounts by measure, grand totals, code children, locations in words.</summary>
public static class TableView
{
    public static Amount? Get(TableRow row, Measure measure) => row.Amounts.FirstOrDefault(a => a.Measure == measure);

    /// <summary>
    /// The amount of a measure for the document's own year and phase where a table prints several column groups
    /// (当年 | 上年, 预算数 | 决算数): not a 上年 column; for a final account a 决算 column; a column naming the fiscal year.
    /// </summary>
    public static Amount? Current(TableRow row, Measure measure, DocumentMetadata metadata)
    {
        var all = row.Amounts.Where(a => a.Measure == measure).ToList();
        if (all.Count <= 1) return all.FirstOrDefault();
        IEnumerable<Amount> pick = all.Where(a => a.Period != ColumnPeriod.PriorYear).DefaultIfEmpty(all[0]);
        if (metadata.Phase == Phase.Final)
            // the outturn: a 决算 column, else the last group (预算数 is printed before 决算数)
            pick = pick.Any(a => a.Phase == Phase.Final)
                ? pick.Where(a => a.Phase == Phase.Final)
                : pick.Reverse().Take(1);
        if (metadata.FiscalYear is { } y && pick.Any(a => a.ColumnLabel.Contains(y.ToString())))
            pick = pick.Where(a => a.ColumnLabel.Contains(y.ToString()));
        return pick.First();
    }

    /// <summary>The first segment of a header path ("当年" of "当年/合计"), or null for a one-level label.</summary>
    public static string? Group(Amount a) => a.ColumnLabel.IndexOf('/') is var i && i > 0 ? a.ColumnLabel[..i] : null;

    public static bool Has(BudgetTable table, Measure measure) => table.Columns.Any(c => c.Measure == measure)
        || table.Rows.Any(r => r.Amounts.Any(a => a.Measure == measure));

    /// <summary>A printed value, blank counting as zero for sums.</summary>
    public static decimal ValueOrZero(Amount? a) => a?.Value ?? 0m;

    public static bool IsFilled(Amount? a) => a?.Value is not null;

    /// <summary>A ratio column (增减%, 增长率): its values do not add up over a tree.</summary>
    public static bool IsRatio(Amount a) => a.Ratio == true || PrintedText.Fold(a.Printed).Contains('%');

    /// <summary>An amount of money: not a ratio or percent, and not read under a printed non-money unit (年, 个, 分).</summary>
    public static bool IsMoney(Amount a) => !IsRatio(a) && a.Unit != "%" && !Vocabulary.AmountUnits.IsNotMoney(a.Unit);

    public static IEnumerable<BudgetTable> OfKind(BudgetDocument doc, TableKind kind) => doc.Tables.Where(t => t.Kind == kind);

    public static BudgetTable? First(BudgetDocument doc, TableKind kind) => doc.Tables.FirstOrDefault(t => t.Kind == kind);

    /// <summary>The one-sided grand-total row (合计/总计 without a code), or null.</summary>
    public static TableRow? GrandTotal(BudgetTable table) =>
        table.Rows.FirstOrDefault(r => r.IsTotal && r.Side is null && r.Code is null && r.Level is 0 or null)
        ?? table.Rows.FirstOrDefault(r => r.IsTotal && r.Side is null);

    /// <summary>The grand total of a measure in a table; null when the table has no such total.</summary>
    public static decimal? GrandTotalValue(BudgetTable table, Measure measure) =>
        GrandTotal(table) is { } row && Get(row, measure) is { } a ? a.Value ?? 0m : null;

    /// <summary>Yuan per printed unit of a table (万元 when unstated, the usual unit).</summary>
    public static decimal UnitFactor(BudgetTable table) =>
        AmountUnits.FactorToYuan(table.AmountUnit) ?? 10_000m;

    public static string UnitOf(BudgetTable table) => table.AmountUnit ?? AmountUnits.TenThousand;

    /// <summary>Yuan per printed unit of one amount: the money unit its column's header prints (发行量（亿元）), else the table's.</summary>
    public static decimal UnitFactor(BudgetTable table, Amount a) => AmountUnits.FactorToYuan(a.Unit) ?? UnitFactor(table);

    /// <summary>The money unit one amount is printed in: its column's (发行量（亿元）), else the table's.</summary>
    public static string UnitOf(BudgetTable table, Amount a) => AmountUnits.FactorToYuan(a.Unit) is not null ? a.Unit! : UnitOf(table);

    /// <summary>Coded rows, excluding grand totals.</summary>
    public static IEnumerable<TableRow> CodedRows(BudgetTable table) => table.Rows.Where(r => r.Code is not null && !r.IsTotal);

    /// <summary>
    /// The parent code of a row: as normalised when the table prints it, else the longest code in the table that
    /// prefixes it (a 7-digit economic sub-item 3010201 printed under 301 without its 款 30102 adds into 301);
    /// the normalised parent when no ancestor is printed.
    /// </summary>
    public static string? ParentOf(TableRow row, IReadOnlySet<string> codes)
    {
        if (row.ParentCode is not null && codes.Contains(row.ParentCode)) return row.ParentCode;
        if (row.Code is null) return row.ParentCode;
        for (var len = row.Code.Length - 1; len >= 3; len--)
            if (codes.Contains(row.Code[..len])) return row.Code[..len];
        return row.ParentCode;
    }

    /// <summary>"table 2 (expenditure, 单位公开表 3)".</summary>
    public static string Describe(BudgetTable table) =>
        $"table {table.Index} ({table.Kind.Text()}{(string.IsNullOrEmpty(table.Number) ? "" : ", " + table.Number)})";

    /// <summary>"row 7 code 20141 数据事务" or "row 合计", with the source line or page.</summary>
    public static string Describe(TableRow row)
    {
        var what = row.IsTotal || row.Code is null ? $"row {row.Index} {row.Name ?? OutputText.Total}".TrimEnd() : $"row {row.Index} code {row.Code} {row.Name}".TrimEnd();
        if (row.Provenance.Line is { } line) what += $" (line {line})";
        else if (row.Provenance.Page is { } page) what += $" (page {page})";
        return what;
    }

    public static string Describe(BudgetTable table, TableRow row, Amount? amount) =>
        $"{Describe(table)} {Describe(row)}" + (amount is null ? "" : $" column {ColumnName(amount)}");

    public static string ColumnName(Amount a) => string.IsNullOrEmpty(a.ColumnLabel) ? a.Measure.Text() : a.ColumnLabel;

    public static string RowName(TableRow row) => row.Code is null ? row.Name ?? OutputText.Total : $"{row.Name} ({row.Code})";

    public static Provenance? ProvenanceOf(TableRow row, Amount? a) => a?.Provenance is { } p && (p.Line ?? p.Page ?? p.Row) is not null ? p : row.Provenance;
}
