using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Structure as evidence for the grand total: in a coded table without a total row, a row without a code whose every
/// printed amount equals the sum of the top-level (类) rows in its column is the grand total, whatever its label (合计,
/// the unit's name, 部门预算 …).
/// </summary>
public static class GrandTotalRows
{
    /// <summary>Rounding allowed per top-level row, in the printed unit (元 tables: 1 per row).</summary>
    public const decimal TolerancePerPart = 0.01m, YuanTolerancePerPart = 1m;
    /// <summary>Fewest top-level rows before their sum says anything.</summary>
    public const int MinimumParts = 2;

    public static void Apply(BudgetTable table)
    {
        if (table.Rows.Any(r => r.IsTotal) || table.Rows.Any(r => r.Side is not null)) return;
        var top = table.Rows.Where(r => r.Code is not null && r.Level == 1).ToList();
        if (top.Count < MinimumParts) return;
        var tolerance = (AmountUnits.Find(table.AmountUnit) == AmountUnits.Yuan ? YuanTolerancePerPart : TolerancePerPart) * top.Count;
        foreach (var row in table.Rows.Where(r => r.Code is null))
        {
            var valued = row.Amounts.Where(a => a.Value is not null && a.Unit != "%").ToList();
            if (valued.Count == 0 || valued.All(a => a.Value == 0)) continue;
            var equal = valued.All(a =>
            {
                var parts = top.SelectMany(t => t.Amounts.Where(x => x.Column == a.Column && x.Value is not null)).ToList();
                return parts.Count > 0 && Math.Abs(parts.Sum(x => x.Value!.Value) - a.Value!.Value) <= tolerance;
            });
            if (!equal) continue;
            row.IsTotal = true;
            row.Level = 0;
            row.ParentCode = null;
            return;
        }
    }
}
