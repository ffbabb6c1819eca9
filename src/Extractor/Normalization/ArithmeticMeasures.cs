using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Structure as evidence where words fail: an amount column whose header the vocabulary does not know (measure other)
/// takes the one measure the table's arithmetic leaves for it. For each identity (合计 = 基本 + 项目, 合计 = 人员 + 公用,
/// 基本 = 人员 + 公用, 用车 = 购置 + 运行 …) with exactly one member missing from the table's known columns, the unknown
/// column that fills the gap on every row with values (at least <see cref="MinimumRows"/> non-zero rows, and no other
/// unknown column doing the same) becomes that member. Ambiguous or unsupported columns stay other.
/// </summary>
public static class ArithmeticMeasures
{
    /// <summary>Fewest rows with non-zero values on which the identity must hold.</summary>
    public const int MinimumRows = 2;
    /// <summary>Rounding allowed per part, in the printed unit.</summary>
    public const decimal TolerancePerPart = 0.01m;

    /// <summary>The identities a column's measure may be read from: whole = Σ parts.</summary>
    public static readonly IReadOnlyList<(Measure Whole, Measure[] Parts)> Identities = new[]
    {
        (Measure.Total, new[] { Measure.Basic, Measure.Project }),
        (Measure.Basic, new[] { Measure.Personnel, Measure.Public }),
        (Measure.Total, new[] { Measure.Personnel, Measure.Public }),
        (Measure.Appropriation, new[] { Measure.GeneralBudget, Measure.GovernmentFund }),
        (Measure.Vehicles, new[] { Measure.VehiclePurchase, Measure.VehicleOperation }),
        (Measure.Total, new[] { Measure.Outbound, Measure.Reception, Measure.Vehicles }),
    };

    /// <summary>Resolves the unknown columns of a table; returns what was resolved, in words, one line per column.</summary>
    public static List<string> Apply(BudgetTable table)
    {
        var resolved = new List<string>();
        var amountColumns = table.Columns.Where(c => c.Role == ColumnRole.Amount && c.Side is null).ToList();
        var unknown = amountColumns.Where(c => c.Measure == Measure.Other && !c.Label.Contains('%')).ToList();
        if (unknown.Count == 0) return resolved;
        var rows = table.Rows.Where(r => r.Side is null).ToList();
        foreach (var (whole, parts) in Identities)
        {
            var members = parts.Prepend(whole).ToList();
            var known = members.ToDictionary(m => m, m => amountColumns.Where(c => c.Measure == m).ToList());
            var missing = members.Where(m => known[m].Count == 0).ToList();
            if (missing.Count != 1 || members.Any(m => known[m].Count > 1)) continue;
            var gap = missing[0];
            var fits = unknown.Where(c => c.Measure == Measure.Other && Fills(rows, c.Index, gap == whole, known.Where(k => k.Key != gap).Select(k => (k.Key == whole, k.Value[0].Index)).ToList(), parts.Length)).ToList();
            if (fits.Count != 1) continue;
            var column = fits[0];
            column.Measure = gap;
            column.MeasureEvidence = $"arithmetic: {whole.Text()} = {string.Join(" + ", parts.Select(p => p.Text()))} holds on every row";
            foreach (var a in rows.SelectMany(r => r.Amounts).Where(a => a.Column == column.Index && a.Measure == Measure.Other)) a.Measure = gap;
            resolved.Add($"column {column.Index + 1} \"{column.Label}\" read as {gap.Text()}: {whole.Text()} = {string.Join(" + ", parts.Select(p => p.Text()))} holds on every row with it");
        }
        return resolved;
    }

    static bool Fills(List<TableRow> rows, int candidate, bool candidateIsWhole, List<(bool IsWhole, int Column)> others, int partCount)
    {
        var supporting = 0;
        foreach (var row in rows)
        {
            decimal? Value(int col) => row.Amounts.FirstOrDefault(a => a.Column == col)?.Value;
            var c = Value(candidate);
            var values = others.Select(o => (o.IsWhole, V: Value(o.Column))).ToList();
            if (c is null && values.All(v => v.V is null)) continue;
            var whole = candidateIsWhole ? c ?? 0 : values.Where(v => v.IsWhole).Sum(v => v.V ?? 0);
            var sum = (candidateIsWhole ? 0 : c ?? 0) + values.Where(v => !v.IsWhole).Sum(v => v.V ?? 0);
            if (Math.Abs(whole - sum) > TolerancePerPart * partCount) return false;
            if (c is { } x && x != 0 && values.Any(v => v.V is { } y && y != 0)) supporting++;
        }
        return supporting >= MinimumRows;
    }
}
