using Extractor.Model;
using Extractor.Vocabulary;

namespace Extractor.Normalization;

/// <summary>
/// The one reading of a debt table's items (债务限额和余额, 发行和还本). A debt item is a measure (debt-limit,
/// debt-new-limit, debt-balance-opening, debt-new, debt-repayment, debt-interest, debt-balance) whether the table prints
/// its items as columns (上年末余额 | 新增 | 还本 | 年末余额 over one row per region) or as rows (一、上年末债务余额 …
/// 七、债务限额 over one column per region or figure); the kind of debt (一般 | 专项) is the amount's
/// <see cref="Amount.DebtKind"/>, named by its column or its row. Checks and the panel read only these facets.
/// </summary>
public static class GovernmentDebtItems
{
    /// <summary>The debt measures, in the order of the table's roll-forward.</summary>
    public static readonly IReadOnlyList<Measure> Measures = new[]
    {
        Measure.DebtLimit, Measure.DebtNewLimit, Measure.DebtBalanceOpening, Measure.DebtNew, Measure.DebtRepayment,
        Measure.DebtInterest, Measure.DebtBalance,
    };

    public static bool IsDebtMeasure(Measure measure) => Measures.Contains(measure);

    /// <summary>Measures a column may take from the title or the phase when its header names no debt item (预算数, 决算数,
    /// 合计, a region): in a debt table the amount is then the item its row names.</summary>
    static readonly Measure[] Figures = { Measure.Budget, Measure.AdjustedBudget, Measure.Execution, Measure.Final, Measure.Total, Measure.PriorYear };

    /// <summary>The debt item a label names (its last header level that names one: 还本付息/还本 is repayment), or null.</summary>
    public static Measure? ItemOf(string label)
    {
        foreach (var level in label.Split('/').Reverse())
            if (ItemOfLevel(PrintedText.Label(level)) is { } item) return item;
        return null;
    }

    static Measure? ItemOfLevel(string t)
    {
        if (t.Length == 0) return null;
        bool Any(string[] words) => words.Any(t.Contains);
        if (GovernmentWords.DebtInterest.Any(t.Contains)) return Measure.DebtInterest;
        if (Any(GovernmentRows.DebtOpening)) return Measure.DebtBalanceOpening;
        if (t.Contains(GovernmentWords.DebtLimitWord)) return t.Contains(GovernmentWords.DebtNewWord) ? Measure.DebtNewLimit : Measure.DebtLimit;
        if (Any(GovernmentRows.DebtRepaid)) return Measure.DebtRepayment;
        if (Any(GovernmentRows.DebtNew)) return Measure.DebtNew;
        if (Any(GovernmentRows.DebtClosing)) return Measure.DebtBalance;
        return null;
    }

    /// <summary>
    /// The item a column label names among the table's columns: a group's 合计/小计 column is the total of its parts, so
    /// under a header whose other columns are all new limits (地方政府债务限额 / 合计 | 新增一般债务限额 | 新增专项债务限额)
    /// it is a new limit too, not the limit.
    /// </summary>
    public static Measure? ItemOf(string label, IReadOnlyCollection<string> columnLabels)
    {
        var item = ItemOf(label);
        if (item != Measure.DebtLimit) return item;
        var cut = label.LastIndexOf('/');
        if (cut < 0 || !FacetWords.SubtotalEndings.Any(PrintedText.Label(label[(cut + 1)..]).EndsWith)) return item;
        var group = label[..(cut + 1)];
        var parts = columnLabels.Where(l => l != label && l.StartsWith(group, StringComparison.Ordinal)).ToList();
        return parts.Count > 0 && parts.All(p => ItemOf(p) == Measure.DebtNewLimit) ? Measure.DebtNewLimit : item;
    }

    /// <summary>The debt kind a label names (一般 | 专项), or null when it names neither (both kinds together).</summary>
    public static DebtKind? KindOf(string? label)
    {
        var t = PrintedText.Label(label);
        var i = Array.FindIndex(GovernmentWords.DebtKinds, t.Contains);
        return i < 0 ? null : (DebtKind)i;
    }

    /// <summary>
    /// Gives each amount of a debt table its debt item and kind: the item its column names (as the column's measure, see
    /// <see cref="GovernmentHeaderReader"/>), else, where no column names an item, the item its row names. A row naming an item over both kinds
    /// (一、上年末债务余额, 债务限额) heads the rows under it that name only a kind or are an 其中 line (其中：一般债务,
    /// 专项债务): they take its item, the heading is level 1 and they level 2 (so a line holding an item twice uses the
    /// heading). Any other row naming no item (a bond or project list's rows, 二、政府债券) ends the heading. A row of the
    /// year before (上年债务限额) and the rows it heads are marked prior-year.
    /// </summary>
    public static void Apply(BudgetTable table)
    {
        if (table.Kind != TableKind.Debt) return;
        var labels = table.Rows.SelectMany(r => r.Amounts).Select(a => a.ColumnLabel).Distinct().ToList();
        var byLabel = labels.ToDictionary(l => l, l => ItemOf(l, labels));
        // items are rows only where no column names one (本地区 | 本级, 预算数): a row 新增债券 under 2025年底余额 | 2026年 … is
        // a kind of bond whose columns are the items, not the item 新增
        var itemsAsRows = byLabel.Values.All(v => v is null);
        (TableRow Row, Measure Item, bool Prior)? heading = null;
        foreach (var row in table.Rows)
        {
            var named = itemsAsRows && row.Code is null && !row.IsTotal;
            var own = named && row.Name is { } name ? ItemOf(name) : null;
            var rowKind = KindOf(row.Name);
            var label = PrintedText.Label(row.Name);
            (Measure Item, bool Prior)? item = own is { } o ? (o, label.Contains(FacetWords.PriorYear)) : null;
            if (!named) heading = null;
            else if (own is { } h && rowKind is null) heading = (row, h, item!.Value.Prior);
            else if (heading is { } head && (rowKind is not null || label.StartsWith(FacetWords.OfWhich, StringComparison.Ordinal)))
            {
                item ??= (head.Item, head.Prior);
                head.Row.Level = 1;
                row.Level = 2;
            }
            else if (own is null) heading = null;
            foreach (var a in row.Amounts)
            {
                a.DebtKind = KindOf(a.ColumnLabel) ?? rowKind;
                if (IsDebtMeasure(a.Measure) || !Figures.Contains(a.Measure) || a.Ratio == true || a.Unit == "%") continue;
                if (byLabel[a.ColumnLabel] is { } column) a.Measure = column;
                else if (item is { } it)
                {
                    a.Measure = it.Item;
                    if (it.Prior) a.Period = ColumnPeriod.PriorYear;
                }
            }
        }
    }
}
