using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// The basic-expenditure table printed as two blocks side by side (人员经费 items | 公用经费 items), each with its own
/// 科目 | 金额 (DOMAIN.md section 9):
/// - a row's single amount is that item's total (measure total, as in the one-block table's 合计 column), whatever the
///   block's header says (人员经费/金额 → the item's total, not a personnel part of it);
/// - each block's own total row gives personnel and public: a row labelled 人员经费合计 / 公用经费合计, or the block's
///   合计 row, takes the measure its block's header names (or its label names).
/// </summary>
public static class BlockTotalRows
{
    public static void Apply(BudgetTable table)
    {
        if (table.Kind != TableKind.GeneralBasicExpenditure) return;
        var twoBlocks = IsTwoBlock(table, out var blockMeasure);
        foreach (var row in table.Rows.Where(r => r.Side is null))
        {
            // only a row whose amounts are one block's single value column; a row already split by measure is left alone
            var valued = row.Amounts.Where(a => a.Printed.Length > 0).ToList();
            if (row.Amounts.Count == 0) continue;
            var named = row.Code is null ? BlockMeasureOfLabel(row.Name) : null;
            if (named is not null && row.Amounts.All(a => a.Measure is Measure.Total || (twoBlocks && blockMeasure.ContainsKey(a.Column))))
            {
                foreach (var a in row.Amounts) a.Measure = named.Value;
                continue;
            }
            if (!twoBlocks) continue;
            if (row.IsTotal) continue; // the block's 合计: personnel or public, as its column says
            foreach (var a in row.Amounts.Where(a => blockMeasure.ContainsKey(a.Column))) a.Measure = Measure.Total;
        }
    }

    /// <summary>人员经费合计 → personnel, 公用经费小计 → public (a block's total row), else null.</summary>
    static Measure? BlockMeasureOfLabel(string? name)
    {
        var key = PrintedText.LabelKey(name);
        foreach (var word in Vocabulary.Measures.Subtotals)
            if (key.Length > word.Length && key.EndsWith(word, StringComparison.Ordinal)
                && HeaderCatalog.MeasureOfLevel(key[..^word.Length]) is { } m && m is Measure.Personnel or Measure.Public)
                return m;
        return null;
    }

    /// <summary>
    /// Two blocks: the amount columns are one personnel and one public column (no total, no basic), with a code or name
    /// column between them; <paramref name="blockMeasure"/> maps each amount column to its block's measure.
    /// </summary>
    static bool IsTwoBlock(BudgetTable table, out Dictionary<int, Measure> blockMeasure)
    {
        blockMeasure = new Dictionary<int, Measure>();
        var amounts = table.Columns.Where(c => c.Role == ColumnRole.Amount).OrderBy(c => c.Index).ToList();
        var held = table.Rows.SelectMany(r => r.Amounts).Where(a => a.Printed.Length > 0).Select(a => a.Column).ToHashSet();
        var used = amounts.Where(c => held.Contains(c.Index)).ToList();
        if (used.Count != 2) return false;
        var (left, right) = (used[0], used[1]);
        var measures = new[] { left.Measure, right.Measure };
        var blockMeasures = measures.Contains(Measure.Personnel) && measures.Contains(Measure.Public);
        var bothTotal = measures.All(m => m == Measure.Total);
        if (!blockMeasures && !bothTotal) return false;
        var labelBetween = table.Columns.Any(c => c.Index > left.Index && c.Index < right.Index && c.Role is ColumnRole.Code or ColumnRole.Name or ColumnRole.CodePart or ColumnRole.Text);
        if (!labelBetween) return false;
        // one amount per printed line and block: no row carries both columns in the same row object
        if (table.Rows.Any(r => r.Amounts.Count(a => a.Column == left.Index || a.Column == right.Index) > 1)) return false;
        blockMeasure[left.Index] = blockMeasures ? left.Measure!.Value : Measure.Personnel;
        blockMeasure[right.Index] = blockMeasures ? right.Measure!.Value : Measure.Public;
        return true;
    }
}
