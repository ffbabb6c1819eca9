using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// "三公" tables. Column form: one or a few rows, columns → total/outbound/reception/vehicles/vehicle-purchase/
/// vehicle-operation (sub-columns such as 一般公务出国(境)费 stay other with their label). Transposed form: rows
/// are the measures (因公出国(境)费, 公务接待费, 其中：公务用车购置费 …) with one or more amount columns.
/// </summary>
public static class ThreePublicNormalizer
{
    static readonly HashSet<string> ThreePublicMeasures = new()
    {
        Measure.Outbound, Measure.Reception, Measure.Vehicles, Measure.VehiclePurchase, Measure.VehicleOperation,
    };

    public static void Fill(BudgetTable table, TableGrid grid, BudgetTable? continues = null)
    {
        var transposed = !grid.Header.Paths.Any(p => ThreePublicMeasures.Contains(HeaderCatalog.MeasureOf(p)))
            && grid.DataRows.Any(r => RowMeasure(grid, r) is { } m && ThreePublicMeasures.Contains(m));
        if (!transposed)
        {
            CodedTableNormalizer.Fill(table, grid, continues);
            foreach (var row in table.Rows) if (row.Name is null && row.IsTotal is false) row.Name = grid.Source.ReportingUnit;
            table.Classification = Classification.None;
            foreach (var row in table.Rows) { row.Classification = Classification.None; row.Code = null; row.Level = row.IsTotal ? 0 : null; row.ParentCode = null; }
            table.CodeTree.Clear();
            return;
        }

        var columns = ColumnRoles.Assign(grid);
        table.Columns.AddRange(columns);
        var amountColumns = columns.Where(c => c.Role == ColumnRole.Amount).ToList();
        foreach (var r in grid.DataRows)
        {
            var labelCol = columns.FirstOrDefault(c => c.Role != ColumnRole.Amount && grid.At(r, c.Index).Length > 0);
            var label = labelCol is null ? "" : grid.At(r, labelCol.Index);
            var measure = RowMeasure(grid, r) ?? Measure.Other;
            var row = new TableRow
            {
                Index = r, Name = label, Classification = Classification.None, IsTotal = measure == Measure.Total,
                Level = measure == Measure.Total ? 0 : null,
                Provenance = grid.ProvenanceAt(r, labelCol?.Index ?? 0),
            };
            foreach (var col in amountColumns)
            {
                var amount = grid.AmountAt(r, col);
                if (col.Measure is Measure.Total or Measure.Other or null) amount.Measure = measure;
                row.Amounts.Add(amount);
            }
            if (label.Length == 0 && row.Amounts.All(a => a.Printed.Length == 0)) continue;
            table.Rows.Add(row);
        }
        table.Classification = Classification.None;
    }

    /// <summary>The measure named by the row's first text cell (因公出国(境)费 → outbound), or null.</summary>
    static string? RowMeasure(TableGrid grid, int r)
    {
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            var t = grid.At(r, c);
            if (t.Length == 0 || NumberParser.Parse(t) is not null) continue;
            return HeaderCatalog.MeasureOfLevel(t);
        }
        return null;
    }
}
