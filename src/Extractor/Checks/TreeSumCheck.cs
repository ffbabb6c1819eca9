using Extractor.Model;

namespace Extractor.Checks;

/// <summary>类 = Σ 款, 款 = Σ 项, grand total = Σ 类 (not in a table of items, <see cref="ItemTables"/>), per amount column, in every coded table. Parents without children are
/// skipped. A names-only row the catalog left code-less still counts towards the node its parent code names (the
/// resolver's reading owes it there); the finding names it among the parts.</summary>
public sealed class TreeSumCheck : ICheck
{
    public string Rule => CheckRules.TreeSum;

    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty))
        {
            var coded = TableView.CodedRows(table).Where(r => r.Side is null).ToList();
            if (coded.Count == 0) continue;
            var codes = coded.Select(r => r.Code!).ToHashSet();
            var repeated = coded.GroupBy(r => r.Code!).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            // code-less rows owed to a coded node (names-only tables): parts of that node, in printed order
            var owed = table.Rows.Where(r => r.Code is null && !r.IsTotal && r.Side is null && r.ParentCode is { } p && codes.Contains(p));
            var children = coded.Concat(owed).OrderBy(r => r.Index).GroupBy(r => TableView.ParentOf(r, codes) ?? "").ToDictionary(g => g.Key, g => g.ToList());

            for (var i = 0; i < coded.Count; i++)
            {
                var parent = coded[i];
                // A repeated code (cross-classified 3xx rows, one per 5xx partner) owns the rows printed under it.
                var kids = repeated.Contains(parent.Code!)
                    ? RowsPrintedUnder(coded, i, codes)
                    : children.GetValueOrDefault(parent.Code!);
                if (kids is not { Count: > 0 }) continue;
                CompareColumns(context, table, parent, kids, $"its {ChildLevelName(parent)} rows");
            }

            // a table of items grouped by 类 (转移支付 by function under 专项转移支付) adds its items, not its classes, to its total
            if (!ItemTables.Lists(table.Kind) && TableView.GrandTotal(table) is { } total && children.TryGetValue("", out var classes) && classes.Count > 0)
                CompareColumns(context, table, total, classes, $"its {OutputText.Class} rows");
        }
    }

    static List<TableRow> RowsPrintedUnder(List<TableRow> coded, int parentIndex, HashSet<string> codes)
    {
        var parent = coded[parentIndex];
        var kids = new List<TableRow>();
        for (var j = parentIndex + 1; j < coded.Count && coded[j].Code!.Length > parent.Code!.Length; j++)
            if (TableView.ParentOf(coded[j], codes) == parent.Code) kids.Add(coded[j]);
        return kids;
    }

    /// <summary>A part by its code, a code-less part by its printed name.</summary>
    static string PartName(TableRow row) => row.Code ?? $"code-less {row.Name}";

    static string ChildLevelName(TableRow parent) => parent.Code!.Length switch { 3 => OutputText.Section, 5 => OutputText.Item, _ => "sub-item" };

    static void CompareColumns(CheckContext context, BudgetTable table, TableRow parent, List<TableRow> kids, string partsName)
    {
        foreach (var amount in parent.Amounts.Where(a => !TableView.IsRatio(a)))
        {
            var unit = TableView.UnitOf(table, amount);
            var childAmounts = kids.Select(k => k.Amounts.FirstOrDefault(a => a.Column == amount.Column)).ToList();
            // No child prints this column (变动预算数 given for 类 and 款 only): nothing to add up, not a failure.
            if (childAmounts.All(a => !TableView.IsFilled(a))) continue;
            var sum = childAmounts.Sum(TableView.ValueOrZero);
            var printed = TableView.ValueOrZero(amount);
            var tolerance = context.Tolerance(kids.Count, childAmounts.Select(a => a?.Value).Append(amount.Value));
            context.Compare(CheckRules.TreeSum, sum, printed, tolerance, () => new CheckFinding
            {
                TableKind = table.Kind, TableIndex = table.Index, Row = parent.Index, Column = amount.Column,
                Location = TableView.Describe(table, parent, amount),
                Expected = CheckContext.Format(sum), Actual = amount.Printed.Length > 0 ? amount.Printed : "(blank)",
                Message = $"{TableView.RowName(parent)} {TableView.ColumnName(amount)} is {(amount.Value is null ? "blank" : CheckContext.Format(printed, unit))} " +
                          $"but {partsName} ({string.Join(", ", kids.Select(PartName))}) add up to {CheckContext.Format(sum, unit)} " +
                          $"(difference {CheckContext.Format(printed - sum, unit)})",
                Provenance = TableView.ProvenanceOf(parent, amount),
                PartRows = kids.Select(k => k.Index).ToList(),
            });
        }
    }
}
