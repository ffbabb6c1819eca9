using Extractor.Model;
using Extractor.Vocabulary;

namespace Extractor.Normalization;

/// <summary>
/// Rows of government-level tables: the classes' subtotal, the lines of a 平衡表, and rows of a table printed by region
/// (分地区) naming their region as the row's unit with a region flag. (收入分类 rows printed by name only get their codes
/// from the subject-code catalog, <see cref="CatalogCodeResolver"/>.)
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
        MarkRegions(table);
        MarkRegionColumns(table);
    }

    /// <summary>The classes' subtotal of every government table of the document (<see cref="MarkClassSubtotal"/>), once
    /// the catalog has coded the classes printed by name only: runs after <see cref="CatalogCodeResolver"/>.</summary>
    public static void MarkClassSubtotals(BudgetDocument doc)
    {
        foreach (var table in doc.Tables)
            if (doc.Metadata.Scope == Scope.Government || GovernmentHeaderReader.IsGovernmentKind(table.Kind)) MarkClassSubtotal(table);
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
    static decimal SubtotalTolerance(Amount a, int rows) => rows * NumberParser.HalfLastDigit(a.Value!.Value);

    /// <summary>
    /// The lines of a 平衡表 (balance table) that its totals add, each with its kind as the row's role
    /// (<see cref="RowRole.OwnRevenue"/>, <see cref="RowRole.TransferIncome"/> … <see cref="RowRole.Carryover"/>):
    /// per side (the income and expenditure halves of a table printed side by side, or the blocks ending at each 总计
    /// of a table printing them one below the other) the side's total gets <see cref="RowRole.GrandTotal"/>, the lines
    /// it adds get their kind, and a line printed under another (税收收入 under 一般公共预算收入, an 其中 line) gets no
    /// role. Which lines the total adds is read from the table's arithmetic, never from a name (<see cref="TopLevelLines"/>:
    /// a line followed by lines whose figures sum to its own in every column is their parent, a 合计 line after lines
    /// that sum to it their subtotal). The names only give a line its kind. Runs on the joined table (after page
    /// continuations are appended).
    /// </summary>
    public static void MarkBalanceLines(BudgetTable table)
    {
        if (table.Kind != TableKind.Balance) return;
        var twoSided = table.Rows.Any(r => r.Side is not null);
        foreach (var (block, income) in twoSided
                     ? new[] { (table.Rows.Where(r => r.Side == Side.Income).ToList(), true), (table.Rows.Where(r => r.Side == Side.Expenditure).ToList(), false) }
                     : Blocks(table.Rows))
        {
            var totals = income ? GovernmentRows.BalanceIncomeTotals : GovernmentRows.BalanceExpenditureTotals;
            foreach (var row in block)
                row.Role = row.Role == RowRole.GrandTotal || totals.Contains(PrintedText.LabelKey(row.Name)) ? RowRole.GrandTotal : null;
            var total = block.FirstOrDefault(r => r.Role == RowRole.GrandTotal);
            if (total is null) continue;
            var at = block.IndexOf(total);
            foreach (var lines in new[] { block.Take(at).ToList(), block.Skip(at + 1).ToList() })
                foreach (var line in TopLevelLines(lines.Where(r => r.Role != RowRole.GrandTotal && !IsOfWhich(r) && Figures(r).Any()).ToList()))
                    line.Role = BalanceLineKind(line, income);
        }
    }

    /// <summary>A table printing both sides one below the other: the blocks of rows ending at each total row, the first
    /// the income side when its total is named as the income total.</summary>
    static IEnumerable<(List<TableRow> Rows, bool Income)> Blocks(List<TableRow> rows)
    {
        var ends = rows.Select((r, i) => (r, i)).Where(x => GovernmentRows.BalanceIncomeTotals.Contains(PrintedText.LabelKey(x.r.Name))
                                                           || GovernmentRows.BalanceExpenditureTotals.Contains(PrintedText.LabelKey(x.r.Name))).ToList();
        var start = 0;
        foreach (var (row, i) in ends)
        {
            yield return (rows.Skip(start).Take(i + 1 - start).ToList(), GovernmentRows.BalanceIncomeTotals.Contains(PrintedText.LabelKey(row.Name)));
            start = i + 1;
        }
    }

    /// <summary>The lines a total adds among a run of lines: the roots of the lines' arithmetic tree. A line is the
    /// parent of the lines after it when they add up to it (<see cref="SpanEnd"/>), and a subtotal of the lines before
    /// it when the lines since the last subtotal add up to it (本年收入合计 under its items; a single line only when
    /// the subtotal is a total row). A printed number (一、二、) only bounds a line's details: tables number the items
    /// of 本年收入 as often as the lines of the total.</summary>
    public static List<TableRow> TopLevelLines(List<TableRow> lines)
    {
        var end = new int?[lines.Count];
        var roots = new List<TableRow>();
        for (var p = 0; p < lines.Count; p = SpanEnd(lines, p, end)) roots.Add(lines[p]);
        var start = 0;
        for (var k = 1; k < roots.Count; k++)
        {
            var target = Figures(roots[k]).ToList();
            if (target.All(t => t.Value == 0)) continue;
            for (var j = start; j <= k - (roots[k].IsTotal ? 1 : 2); j++)
            {
                var run = roots.GetRange(j, k - j);
                if (Agrees(target, c => run.Sum(r => Figure(r, c)), run.Count, roots[k].IsTotal) == 0) continue;
                roots.RemoveRange(j, k - j);
                k = j;
                start = j + 1;
                break;
            }
        }
        return roots;
    }

    static decimal Figure(TableRow row, int column) => Figures(row).Where(f => f.Column == column).Select(f => f.Value).FirstOrDefault();

    /// <summary>The index after line p and the lines under it: p is a parent when the lines after it, each taken with
    /// its own lines, add up to p's figures; of several such runs, the one agreeing in the most columns, the shortest
    /// on a tie. A line numbered 一、二、 ends the run (it is nobody's detail), and so does a line printing a figure
    /// in a column where p prints none; the details of a numbered line need to
    /// agree in half of its columns only (a document's figure column may itself not add up), any other line's in all.</summary>
    static int SpanEnd(List<TableRow> lines, int p, int?[] end)
    {
        if (end[p] is { } known) return known;
        end[p] = p + 1; // a leaf until shown otherwise (and while its children are being read)
        var target = Figures(lines[p]).ToList();
        if (target.All(t => t.Value == 0)) return p + 1;
        var sums = target.ToDictionary(t => t.Column, _ => 0m);
        var children = 0;
        var (best, bestEnd) = (0, p + 1);
        for (var q = p + 1; q < lines.Count && !IsNumbered(lines[q]); )
        {
            // a detail prints no figure in a column where its parent prints none
            if (Figures(lines[q]).Any(f => f.Value != 0 && !sums.ContainsKey(f.Column))) break;
            foreach (var (column, value) in Figures(lines[q])) sums[column] += value;
            children++;
            q = SpanEnd(lines, q, end);
            var agreeing = Agrees(target, c => sums[c], children, IsNumbered(lines[p]));
            if (agreeing > best) (best, bestEnd) = (agreeing, q);
        }
        return (end[p] = bestEnd).Value;
    }

    static bool IsNumbered(TableRow row) => GovernmentRows.TopLevelNumber.IsMatch(PrintedText.Label(row.Name));

    /// <summary>The columns in which parts add up to a line, to the rounding of the parts, when they do in all of the
    /// line's columns with a figure other than zero (in at least half of them when <paramref name="half"/>); else 0.</summary>
    static int Agrees(List<(int Column, decimal Value)> target, Func<int, decimal> sum, int parts, bool half)
    {
        var figures = target.Where(t => t.Value != 0).ToList();
        var agreeing = figures.Count(t => Math.Abs(sum(t.Column) - t.Value) <= (parts + 1) * NumberParser.HalfLastDigit(t.Value));
        return agreeing > 0 && (half ? 2 * agreeing >= figures.Count : agreeing == figures.Count) ? agreeing : 0;
    }

    /// <summary>A line's figures: column and value of each amount that is printed and not a ratio.</summary>
    static IEnumerable<(int Column, decimal Value)> Figures(TableRow row) =>
        row.Amounts.Where(a => a.Value is not null && a.Ratio != true && a.Unit != "%" && !AmountUnits.IsNotMoney(a.Unit) && !IsPercentMeasure(a.Measure)).Select(a => (a.Column, a.Value!.Value));

    static bool IsPercentMeasure(Measure m) => m is Measure.PercentOfBudget or Measure.GrowthPercent;

    /// <summary>A balance line's kind from its name (without ordinal), else the side's "other" kind.</summary>
    static RowRole BalanceLineKind(TableRow line, bool income)
    {
        var key = PrintedText.LabelKey(line.Name);
        var kinds = income ? GovernmentRows.BalanceIncomeLines : GovernmentRows.BalanceExpenditureLines;
        foreach (var (role, names) in kinds)
            if (names.Contains(key)) return role;
        return income ? RowRole.OtherIncome : RowRole.OtherExpenditure;
    }

    static bool IsOfWhich(TableRow r) => PrintedText.IsOfWhich(r.Name);

    /// <summary>Marks region rows (XX市, XX县, 市本级) of a table printed by region; their name becomes the row's unit.
    /// Under a 分地区 title a few region rows suffice, unless they are a minority of the rows and the header names the
    /// regions (then the regions are the columns).</summary>
    public static void MarkRegions(BudgetTable table)
    {
        var byTitle = GovernmentTables.ByRegionTitleWords.Any(w => PrintedText.Label(table.Title).Contains(w));
        var named = table.Rows.Where(r => r.Side is null && !r.IsTotal && r.Code is null && !string.IsNullOrWhiteSpace(r.Name)).ToList();
        var regions = named.Where(r => IsRegionName(r.Name)).ToList();
        if (regions.Count < MinRegionRows && !(byTitle && regions.Count > 0)) return;
        if (regions.Count < named.Count * RegionRowShare)
        {
            if (!byTitle) return;
            // a 分地区 table printing its regions across the header (越秀区 | 海珠区 …) and items as rows: the few item
            // names that end like a region (大干围片区) are items, not the table's regions
            if (table.Columns.Where(c => c.Role == ColumnRole.Amount).Select(c => RegionLevel(c.Label, false)).OfType<string>().Distinct().Count()
                >= GovernmentTables.MinRegionColumns) return;
        }
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
        if (GovernmentTables.NotRegionNames.Contains(key) || PrintedText.IsOfWhich(name)) return false;
        if (GovernmentWords.SubjectEndings.Any(key.EndsWith)) return false;
        return GovernmentTables.RegionEndings.Any(e => key.EndsWith(e) && key.Length > e.Length);
    }
}
