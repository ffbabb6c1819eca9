using Extractor.Catalog;
using Extractor.Model;
using Extractor.Vocabulary;

namespace Extractor.Normalization;

/// <summary>
/// Names-only tables (no code printed, the hierarchy by order and indentation only) get their codes from the
/// subject-code catalog. Each row's name gives its candidate codes (every code printed with that name elsewhere), and
/// the table's rows are read as one path through the classification tree (<see cref="CatalogPathSearch"/>): codes
/// ascend in printed order, a 款 sits under the 类 above it and a 项 under the 款 above it, one tree per table, and a
/// parent's amount is the sum of its children's. Of all the readings of the table, the one that places the most rows
/// where the tree and the arithmetic agree wins. Each code gets a confidence: high where every other reading of the row
/// places fewer rows or breaks the sums, low where it was chosen among candidates the structure could not tell apart
/// on its own (a parent not printed, weight of evidence across documents). A row no reading places, or whose readings
/// tie, stays code-less and is counted, never guessed.
/// </summary>
public static class CatalogCodeResolver
{
    /// <summary>Fewest rows of a panel the catalog must place for the panel to be read as a names-only subject tree.</summary>
    public const int MinPlacedRows = 2;

    /// <summary>Resolves every names-only table of the document; tables with rows left code-less get a document issue.</summary>
    public static void Resolve(BudgetDocument doc, CodeCatalog catalog)
    {
        foreach (var table in doc.Tables)
        {
            var result = Resolve(table, catalog, doc.Metadata.FiscalYear);
            if (result.Resolved == 0 || result.Unresolved == 0) continue;
            doc.Issues.Add(new DocumentIssue(IssueCode.CodesUnresolved,
                $"table {table.Index} ({table.Kind.Text()}): {result.Unresolved} of {result.Rows} names-only rows got no code from the catalog " +
                $"(a name it never met, or one that fits several places): {string.Join("; ", result.UnresolvedNames.Take(5))}", table.FirstPage));
        }
    }

    /// <summary>Resolves one table in place when it prints no code and its rows are subjects the catalog knows.</summary>
    public static CatalogResolution Resolve(BudgetTable table, CodeCatalog catalog, int? fiscalYear = null)
    {
        if (table.Rows.Any(r => r.Side == Side.Expenditure)) return ResolveExpenditureSide(table, catalog, fiscalYear);
        if (!IsCandidate(table)) return CatalogResolution.None;
        // a revenue table's subjects are 收入分类 codes (the function names of a transfer list under it stay code-less)
        if (IsRevenue(table)) catalog = catalog.Tree('1');
        if (table.Rows.Any(r => r.Code is not null)) return ResolvePartlyCoded(table, catalog, fiscalYear);
        var rows = table.Rows.Where(r => !r.IsTotal && r.Side is null && r.Code is null && CatalogNames.Key(r.Name).Length > 0).ToList();
        if (rows.Count == 0) return CatalogResolution.None;

        var preferred = PreferredTree(table);
        var unresolved = new List<string>();
        var resolved = 0;
        // side-by-side panels (人员经费 items left, 公用经费 items right) are separate trees, read panel by panel; so is
        // each unit's block of a table printing the tree once per unit (rows under a unit row carry that unit)
        foreach (var panel in rows.GroupBy(r => (r.ReportingUnit, r.Amounts.Count == 0 ? -1 : r.Amounts.Min(a => a.Column))))
        {
            var amountColumn = AmountColumn(table, panel);
            var subjects = panel.Select(r => new CatalogPathSearch.Subject(r.Name!, r.Amounts.FirstOrDefault(a => a.Column == amountColumn)?.Value)).ToList();
            var placed = CatalogPathSearch.Run(subjects, catalog, preferred, fiscalYear, out var owners);
            // one subject name among rows the catalog does not know (其他支出 in a 社会保险基金 table) makes no subject table
            if (placed.Count(p => p is not null) < MinPlacedRows) continue;
            // a table of items (debt uses, projects, transfers, purchases, balance lines) or of no known kind is printed
            // by subject only when its rows include the tree's classes: item names that happen to be a 款's or 项's name
            // (保障性安居工程, 稳定岗位补贴支出) make no tree, nor does a list's residual line (其他) read as 其他支出
            if ((ItemTables.Lists(table.Kind) || table.Kind == TableKind.Other)
                && !panel.Zip(placed).Any(x => x.Second?.Entry.Level == 1 && CatalogNames.Key(x.First.Name) != CatalogWords.Residual)) continue;
            var started = false;
            var codeLess = new List<(TableRow Row, string? Owner)>();
            foreach (var ((row, place), owner) in panel.Zip(placed).Zip(owners))
            {
                if (place is null)
                {
                    if (started) { unresolved.Add(row.Name!); codeLess.Add((row, owner)); }
                    continue;
                }
                started = true;
                Assign(row, place);
                resolved++;
            }
            OweCodeLessRows(panel, codeLess, amountColumn);
        }
        resolved -= NotSiblingsOfTheRowAbove(table, unresolved);
        if (resolved == 0) return CatalogResolution.None;
        return Classify(table, resolved, unresolved);
    }

    /// <summary>The table's classification and code tree once the catalog coded some of its rows.</summary>
    static CatalogResolution Classify(BudgetTable table, int resolved, List<string> unresolved)
    {
        table.Classification = CodedTableNormalizer.ClassificationOf(table);
        foreach (var row in table.Rows) row.Classification = table.Classification;
        table.CodeTree.Clear();
        table.CodeTree.AddRange(CodeTreeBuilder.Build(table.Rows, table.Classification));
        return new CatalogResolution(resolved + unresolved.Count, resolved, unresolved);
    }

    /// <summary>
    /// The expenditure side of a two-sided table (收支总表) printing its function subjects by name (科学技术支出, 基础研究,
    /// 实验室及相关设施 …) is read like a names-only table, panel by panel, the 类 the two-sided reader coded by name
    /// included: a reading that puts one of them elsewhere is no reading of this side. The income side names sources,
    /// no subjects. Sides printing a code keep their printed codes.
    /// </summary>
    static CatalogResolution ResolveExpenditureSide(BudgetTable table, CodeCatalog catalog, int? fiscalYear)
    {
        var side = table.Rows.Where(r => r.Side == Side.Expenditure && !r.IsTotal && CatalogNames.Key(r.Name).Length > 0).ToList();
        if (side.Any(r => r.CodeSource == CodeSource.Printed)) return CatalogResolution.None;
        var unresolved = new List<string>();
        var resolved = 0;
        foreach (var panel in side.GroupBy(r => r.Amounts.Count == 0 ? -1 : r.Amounts.Min(a => a.Column)).Select(g => g.ToList()))
        {
            if (panel.All(r => r.Code is not null)) continue;
            var amountColumn = AmountColumn(table, panel);
            var subjects = panel.Select(r => new CatalogPathSearch.Subject(r.Name!, r.Amounts.FirstOrDefault(a => a.Column == amountColumn)?.Value)).ToList();
            var placed = CatalogPathSearch.Run(subjects, catalog, '2', fiscalYear);
            if (placed.Count(p => p is not null) < MinPlacedRows) continue;
            if (panel.Zip(placed).Any(x => x.First.Code is { } coded && x.Second?.Entry.Code != coded)) continue;
            var started = false;
            foreach (var (row, place) in panel.Zip(placed))
            {
                if (row.Code is not null) { started = true; continue; }
                if (place is null)
                {
                    if (started) unresolved.Add(row.Name!);
                    continue;
                }
                started = true;
                Assign(row, place);
                row.Classification = Classification.Function;
                resolved++;
            }
        }
        if (resolved == 0) return CatalogResolution.None;
        table.CodeTree.Clear();
        table.CodeTree.AddRange(CodeTreeBuilder.BuildPerClassification(table.Rows));
        return new CatalogResolution(resolved + unresolved.Count, resolved, unresolved);
    }

    /// <summary>The row gets the placement's code, level, parent, source catalog and confidence.</summary>
    static void Assign(TableRow row, CatalogPathSearch.Placement place)
    {
        row.Code = place.Entry.Code;
        row.Level = place.Entry.Level;
        row.ParentCode = place.Entry.Parent;
        row.CodeSource = CodeSource.Catalog;
        row.CodeConfidence = place.High ? CodeConfidence.High : CodeConfidence.Low;
    }

    /// <summary>
    /// A code-less row still counts towards the node the reading owes it to: it gets that node's code as its parent code
    /// (no code of its own), so the tree sums add it in, where the arithmetic proves it: the node's row got its code, and
    /// its amount is the sum of its coded children and the code-less rows owed to it, not of its coded children alone.
    /// </summary>
    static void OweCodeLessRows(IEnumerable<TableRow> rows, List<(TableRow Row, string? Owner)> codeLess, int? column)
    {
        var panel = rows.ToList();
        var codes = panel.Where(r => r.Code is not null).Select(r => r.Code!).ToHashSet();
        decimal? AmountOf(TableRow r) => r.Amounts.FirstOrDefault(a => a.Column == column)?.Value;
        // a coded row's node: its nearest ancestor printed in the panel
        string? NodeOf(string code)
        {
            for (var len = code.Length - 2; len >= 3; len -= 2)
                if (codes.Contains(code[..len])) return code[..len];
            return null;
        }
        foreach (var group in codeLess.Where(c => c.Owner is not null && codes.Contains(c.Owner)).GroupBy(c => c.Owner!))
        {
            var node = panel.First(r => r.Code == group.Key);
            if (AmountOf(node) is not { } amount) continue;
            var children = panel.Where(r => r.Code is { } c && c != group.Key && NodeOf(c) == group.Key).Sum(r => AmountOf(r) ?? 0m);
            var owed = group.Sum(c => AmountOf(c.Row) ?? 0m);
            var tolerance = (amount.Scale == 0 ? 1m : CatalogSettings.RoundingPerPart) * (group.Count() + 1);
            if (owed == 0 || Math.Abs(children + owed - amount) > tolerance || Math.Abs(children - amount) <= tolerance) continue;
            foreach (var (row, _) in group) row.ParentCode = group.Key;
        }
    }

    /// <summary>A table that is not two-sided, a 三公 table or a performance table, and prints no code, unless it is a
    /// revenue table (收入分类: 类 printed by name above 款 printed with codes, or the reverse).</summary>
    static bool IsCandidate(BudgetTable table) =>
        table.Kind is not (TableKind.Summary or TableKind.AppropriationSummary or TableKind.ThreePublic or TableKind.PerformanceTargets)
        && !table.Rows.Any(r => r.Side is not null)
        && (IsRevenue(table) || !table.Rows.Any(r => r.Code is not null));

    /// <summary>A table of the 收入分类: a government revenue kind (general, fund, state capital, social insurance), or one
    /// whose printed codes are revenue codes.</summary>
    static bool IsRevenue(BudgetTable table) =>
        table.Kind is TableKind.GovernmentGeneralRevenue or TableKind.GovernmentFundRevenue or TableKind.StateCapitalRevenue or TableKind.SocialInsuranceRevenue
        || CodedTableNormalizer.ClassificationOf(table) == Classification.Revenue;

    /// <summary>The tree the table kind suggests (1 for revenue tables, 2 for function tables, 3 for 部门 economic ones);
    /// the first 类 placed fixes it.</summary>
    static char? PreferredTree(BudgetTable table) => IsRevenue(table) ? '1' : CodedTableNormalizer.ClassificationOf(table) switch
    {
        Classification.Function => '2',
        Classification.Economic => '3',
        Classification.EconomicGovernment => '5',
        _ => null,
    };

    /// <summary>
    /// A revenue table printing codes on some rows and names only on the others: the table is read as one path with the
    /// printed rows fixed at their codes, so each names-only row is placed among them (a 类 above its printed 款, a 款
    /// under its printed 类); only the names-only rows get codes, never one the table prints on another row.
    /// </summary>
    static CatalogResolution ResolvePartlyCoded(BudgetTable table, CodeCatalog catalog, int? fiscalYear)
    {
        var rows = table.Rows.Where(r => !r.IsTotal && r.Side is null && (r.Code is not null || CatalogNames.Key(r.Name).Length > 0)).ToList();
        if (!rows.Any(r => r.Code is null)) return CatalogResolution.None;
        var amountColumn = AmountColumn(table, rows);
        var subjects = rows.Select(r => new CatalogPathSearch.Subject(r.Name ?? "", r.Amounts.FirstOrDefault(a => a.Column == amountColumn)?.Value, r.Code)).ToList();
        var placed = CatalogPathSearch.Run(subjects, catalog, PreferredTree(table), fiscalYear, out _);
        if (placed.Count(p => p is not null) < MinPlacedRows) return CatalogResolution.None;
        var printed = rows.Where(r => r.Code is not null).Select(r => r.Code!).ToHashSet(StringComparer.Ordinal);
        var unresolved = new List<string>();
        var resolved = 0;
        foreach (var (row, place) in rows.Zip(placed))
        {
            if (row.Code is not null) continue;
            if (place is null || printed.Contains(place.Entry.Code)) { unresolved.Add(row.Name!); continue; }
            Assign(row, place);
            resolved++;
        }
        resolved -= NotSiblingsOfTheRowAbove(table, unresolved);
        return resolved == 0 ? CatalogResolution.None : Classify(table, resolved, unresolved);
    }

    /// <summary>
    /// An 其中 line details the row above it: a code the catalog gave it must sit below that row's code (增值税 under
    /// 税收收入), never beside or above it. A row coded otherwise goes back to code-less (and is counted); returns how many.
    /// </summary>
    static int NotSiblingsOfTheRowAbove(BudgetTable table, List<string> unresolved)
    {
        var undone = 0;
        TableRow? above = null;
        foreach (var row in table.Rows.Where(r => r.Side is null && !r.IsTotal))
        {
            var ofWhich = PrintedText.IsOfWhich(row.Name);
            if (ofWhich && row.CodeSource == CodeSource.Catalog && row.Code is { } code
                && !(above?.Code is { } parent && code.Length > parent.Length && code.StartsWith(parent, StringComparison.Ordinal)))
            {
                row.Code = null;
                row.Level = null;
                row.ParentCode = null;
                row.CodeSource = null;
                row.CodeConfidence = null;
                unresolved.Add(row.Name!);
                undone++;
            }
            if (!ofWhich) above = row;
        }
        return undone;
    }

    /// <summary>The column the arithmetic is weighed in: the panel's total column, else the one printing the most
    /// amounts (percentages aside).</summary>
    static int? AmountColumn(BudgetTable table, IEnumerable<TableRow> panel)
    {
        var amounts = panel.SelectMany(r => r.Amounts).Where(a => a.Unit != "%").ToList();
        var totals = table.Columns.Where(c => c.Role == ColumnRole.Amount && c.Measure == Measure.Total).Select(c => c.Index).ToHashSet();
        return amounts.GroupBy(a => a.Column)
            .OrderByDescending(g => totals.Contains(g.Key)).ThenByDescending(g => g.Count(a => a.Value is not null)).ThenBy(g => g.Key)
            .FirstOrDefault()?.Key;
    }
}

/// <summary>What the resolver did with a table: names-only rows seen, rows given a code, names left code-less.</summary>
public sealed record CatalogResolution(int Rows, int Resolved, IReadOnlyList<string> UnresolvedNames)
{
    public static CatalogResolution None { get; } = new(0, 0, Array.Empty<string>());
    public int Unresolved => Rows - Resolved;
}
