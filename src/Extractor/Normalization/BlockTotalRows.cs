using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// The basic-expenditure table printed as two blocks side by side (人员经费 items | 公用经费 items) ends in a row that
/// prints 人员经费合计 and 公用经费合计 instead of one 合计: those amounts are the personnel and public totals.
/// </summary>
public static class BlockTotalRows
{
    static readonly Dictionary<string, string> Names = new()
    {
        ["人员经费合计"] = Measure.Personnel, ["人员经费小计"] = Measure.Personnel,
        ["公用经费合计"] = Measure.Public, ["公用经费小计"] = Measure.Public,
    };

    public static void Apply(BudgetTable table)
    {
        if (table.Kind != TableKind.GeneralBasicExpenditure) return;
        foreach (var row in table.Rows.Where(r => r.Code is null && r.Side is null))
        {
            if (!Names.TryGetValue(PrintedText.Label(row.Name), out var measure)) continue;
            // only a row whose amounts are the table's single value column; a row already split by measure is left alone
            if (row.Amounts.Count == 0 || row.Amounts.Any(a => a.Measure != Measure.Total)) continue;
            foreach (var a in row.Amounts) a.Measure = measure;
        }
    }
}
