using Extractor.Model;
using Extractor.Vocabulary;

namespace Extractor.Normalization;

/// <summary>
/// Rows of government-level tables: 收入分类 classes and items printed by name only get their codes (税收收入 → 101,
/// 增值税 → 10101; <see cref="GovernmentRows.RevenueSubjects"/>), and rows of a table printed by region (分地区) name
/// their region as the row's unit with a region flag.
/// </summary>
public static class GovernmentRowReader
{
    /// <summary>Share of a table's named rows that must look like regions before the table counts as printed by region
    /// when its title does not say 分地区.</summary>
    public const double RegionRowShare = 0.6;
    /// <summary>Fewest region rows for a table to count as printed by region.</summary>
    public const int MinRegionRows = 3;

    public static void Apply(BudgetTable table, TableGrid grid)
    {
        if (!GovernmentHeaderReader.Applies(grid)) return;
        ResolveRevenueNames(table);
        MarkClassSubtotal(table);
        MarkRegions(table);
        MarkRegionColumns(table);
    }

    /// <summary>
    /// A total line printed after the classes and before the lines a 总计 adds (一般公共预算支出合计, then 转移性支出,
    /// 债务还本支出 …, then 支出总计) is the classes' total: marked a total when it equals the sum of the class rows above
    /// it in some figure column, so the tree is added up to it rather than to the 总计 that includes the transfers.
    /// </summary>
    public static void MarkClassSubtotal(BudgetTable table)
    {
        if (table.Kind == TableKind.Balance) return;
        var rows = table.Rows.Where(r => r.Side is null).ToList();
        var classes = new List<TableRow>();
        foreach (var row in rows)
        {
            if (row.Code is { Length: 3 }) { classes.Add(row); continue; }
            if (row.IsTotal || row.Code is not null || classes.Count == 0) continue;
            var key = PrintedText.LabelKey(row.Name);
            if (!GovernmentWords.TotalEnding().IsMatch(key) && !GovernmentRows.RevenueTotalNames.Contains(key)) continue;
            var agrees = row.Amounts.Any(a => a.Value is { } v && v != 0
                && classes.Select(c => c.Amounts.FirstOrDefault(x => x.Column == a.Column)?.Value ?? 0m).Sum() is var sum
                && Math.Abs(sum - v) <= SubtotalTolerance(a, classes.Count));
            // a later total must exist: this line is a subtotal, not the table's only total
            if (agrees && rows.SkipWhile(r => r != row).Skip(1).Any(r => r.IsTotal)) row.IsTotal = true;
            return;
        }
    }

    /// <summary>Rounding allowed when the classes add up to a subtotal: half a unit of the last printed digit per row.</summary>
    static decimal SubtotalTolerance(Amount a, int rows) => rows * 0.5m / (decimal)Math.Pow(10, a.Value!.Value.Scale);

    /// <summary>Names-only 收入分类 rows of a revenue table get their codes (until the code catalog does it).</summary>
    public static void ResolveRevenueNames(BudgetTable table)
    {
        if (table.Kind is not (TableKind.GovernmentGeneralRevenue or TableKind.Revenue)) return;
        // codes printed on some rows: only the rows printed by name whose code the table does not print yet
        var present = table.Rows.Where(r => r.Code is not null && r.Side is null).Select(r => r.Code!).ToHashSet();
        var resolved = 0;
        foreach (var row in table.Rows.Where(r => r.Code is null && !r.IsTotal && r.Side is null && r.Name is not null))
        {
            var compact = PrintedText.Label(row.Name);
            if (compact.StartsWith(GovernmentWords.OfWhich)) continue; // an 其中 line is part of the row above, not a sibling
            var key = WithoutLevelMarker(PrintedText.LabelKey(row.Name));
            var subject = GovernmentRows.RevenueSubjects.FirstOrDefault(s => s.Name == key);
            if (subject.Code is null || !present.Add(subject.Code)) continue;
            row.Code = subject.Code;
            row.Level = CodeExpander.LevelOf(subject.Code);
            row.ParentCode = CodeExpander.ParentOf(subject.Code);
            row.CodeSource = CodeSource.Catalog;
            resolved++;
        }
        if (resolved == 0) return;
        table.Classification = Classification.Revenue;
        foreach (var row in table.Rows.Where(r => r.Side is null)) row.Classification = Classification.Revenue;
        table.CodeTree.Clear();
        table.CodeTree.AddRange(CodeTreeBuilder.Build(table.Rows, Classification.Revenue));
    }

    /// <summary>The name without a printed level marker (个人所得税(款), 税收收入(类)).</summary>
    public static string WithoutLevelMarker(string key) =>
        GovernmentWords.LevelMarkers.FirstOrDefault(key.EndsWith) is { } marker ? key[..^marker.Length] : key;

    /// <summary>Marks region rows (XX市, XX县, 市本级) of a table printed by region; their name becomes the row's unit.</summary>
    public static void MarkRegions(BudgetTable table)
    {
        var byTitle = GovernmentTables.ByRegionTitleWords.Any(w => PrintedText.Label(table.Title).Contains(w));
        var named = table.Rows.Where(r => r.Side is null && !r.IsTotal && r.Code is null && !string.IsNullOrWhiteSpace(r.Name)).ToList();
        var regions = named.Where(r => IsRegionName(r.Name)).ToList();
        if (regions.Count < MinRegionRows && !(byTitle && regions.Count > 0)) return;
        if (!byTitle && regions.Count < named.Count * RegionRowShare) return;
        foreach (var row in regions)
        {
            row.IsRegion = true;
            row.ReportingUnit = PrintedText.LabelKey(row.Name);
        }
    }

    /// <summary>
    /// Marks the region columns of a table printed by region across its header (和田县, 墨玉县 …; a city's towns printed
    /// bare, 中堂, 望牛墩, under a 分地区 title): each such column's region is its amounts' unit. A header level is a region
    /// when it ends like one, or, under a 分地区 title, when it is a short name naming no figure, total or residual (其他).
    /// A table whose rows are its regions keeps them there.
    /// </summary>
    public static void MarkRegionColumns(BudgetTable table)
    {
        if (table.Rows.Any(r => r.IsRegion)) return;
        var byTitle = GovernmentTables.ByRegionTitleWords.Any(w => PrintedText.Label(table.Title).Contains(w));
        var regions = new List<(TableColumn Column, string Region)>();
        foreach (var column in table.Columns.Where(c => c.Role == ColumnRole.Amount))
            if (RegionLevel(column.Label, byTitle) is { } region) regions.Add((column, region));
        // a region is printed once per figure: names repeated over fewer places (当期结余, 滚存结余 under each fund) are figures
        if (regions.Select(r => r.Region).Distinct().Count() < GovernmentTables.MinRegionColumns) return;
        foreach (var (column, region) in regions) column.Region = region;
    }

    /// <summary>The header level of a column label that names a region, or null.</summary>
    static string? RegionLevel(string label, bool byTitle)
    {
        var levels = label.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var level in levels)
        {
            var key = PrintedText.LabelKey(level);
            if (GovernmentHeaderReader.NamesFigure(key) || GovernmentTables.NotRegionColumns.Contains(key)) continue;
            if (IsRegionName(key)) return key;
            if (byTitle && key.Length is >= 2 and <= GovernmentTables.MaxBareRegionNameLength && key.All(PrintedText.IsIdeograph)
                && !GovernmentWords.SubjectEndings.Any(key.EndsWith) && !GovernmentLevels.RegionWords.Contains(key))
                return key;
        }
        return null;
    }

    /// <summary>A region's name: short, ending like one (市, 县, 区, 旗, 州, 盟, 本级 …), not a total or an 其中 line.</summary>
    public static bool IsRegionName(string? name)
    {
        var key = PrintedText.LabelKey(name);
        if (key.Length < 2 || key.Length > GovernmentTables.MaxRegionNameLength || key.Any(char.IsAsciiDigit)) return false;
        if (GovernmentTables.NotRegionNames.Contains(key) || PrintedText.Label(name).StartsWith(GovernmentWords.OfWhich)) return false;
        if (GovernmentWords.SubjectEndings.Any(key.EndsWith)) return false;
        return GovernmentTables.RegionEndings.Any(e => key.EndsWith(e) && key.Length > e.Length);
    }
}
