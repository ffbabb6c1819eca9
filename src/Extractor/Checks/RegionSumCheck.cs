using Extractor.Model;

namespace Extractor.Checks;

/// <summary>
/// Government tables printed by region (分地区): the total row (合计, 全市, 全省 …) = Σ region rows (XX市, XX县, 市本级),
/// per amount column; ratio columns are never summed.
/// </summary>
public sealed class RegionSumCheck : ICheck
{
    public string Rule => CheckRules.RegionSum;

    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty))
        {
            var regions = table.Rows.Where(r => r.IsRegion && r.Side is null).ToList();
            if (regions.Count < 2) continue;
            var total = table.Rows.FirstOrDefault(r => r.IsTotal && r.Side is null)
                        ?? table.Rows.TakeWhile(r => r != regions[0]).LastOrDefault(r => IsWholeRegion(r.Name));
            if (total is null) continue;
            var parts = regions.Where(r => r.Index != total.Index).ToList();
            var unit = TableView.UnitOf(table);
            foreach (var whole in total.Amounts.Where(a => !TableView.IsRatio(a) && a.Unit != "%"))
            {
                var amounts = parts.Select(r => r.Amounts.FirstOrDefault(a => a.Column == whole.Column)).ToList();
                if (amounts.All(a => !TableView.IsFilled(a))) continue;
                var sum = amounts.Sum(TableView.ValueOrZero);
                var printed = TableView.ValueOrZero(whole);
                context.Compare(Rule, sum, printed, context.Tolerance(parts.Count, amounts.Select(a => a?.Value).Append(whole.Value)), () => new CheckFinding
                {
                    TableKind = table.Kind, TableIndex = table.Index, Row = total.Index, Column = whole.Column,
                    Location = TableView.Describe(table, total, whole),
                    Expected = CheckContext.Format(sum), Actual = whole.Printed.Length > 0 ? whole.Printed : "(blank)",
                    Message = $"{TableView.RowName(total)} {TableView.ColumnName(whole)} is {CheckContext.Format(printed, unit)} but its {parts.Count} region rows add up to {CheckContext.Format(sum, unit)} (difference {CheckContext.Format(printed - sum, unit)})",
                    Provenance = TableView.ProvenanceOf(total, whole),
                    PartRows = parts.Select(r => r.Index).ToList(),
                });
            }
        }
    }

    static bool IsWholeRegion(string? name) =>
        Vocabulary.GovernmentLevels.RegionWords.Any(w => PrintedText.LabelKey(name) == w);
}
