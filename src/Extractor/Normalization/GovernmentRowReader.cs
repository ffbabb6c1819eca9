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
        MarkRegions(table);
    }

    /// <summary>Names-only 收入分类 rows of a revenue table get their codes (until the code catalog does it).</summary>
    public static void ResolveRevenueNames(BudgetTable table)
    {
        if (table.Kind is not (TableKind.GovernmentGeneralRevenue or TableKind.Revenue)) return;
        if (table.Rows.Any(r => r.Code is not null && r.Side is null)) return; // codes printed: the table speaks for itself
        var resolved = 0;
        foreach (var row in table.Rows.Where(r => r.Code is null && !r.IsTotal && r.Side is null && r.Name is not null))
        {
            var compact = PrintedText.Label(row.Name);
            if (compact.StartsWith(GovernmentWords.OfWhich)) continue; // an 其中 line is part of the row above, not a sibling
            var key = PrintedText.LabelKey(row.Name);
            var subject = GovernmentRows.RevenueSubjects.FirstOrDefault(s => s.Name == key);
            if (subject.Code is null) continue;
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
