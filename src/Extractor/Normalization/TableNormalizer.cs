using Extractor.Model;
using Extractor.Recognition;

namespace Extractor.Normalization;

/// <summary>
/// Headers to measures, cells to decimals, codes to trees, rows to the units recognition read for them: one recognised
/// table to one BudgetTable.
/// </summary>
public static class TableNormalizer
{
    public static BudgetTable Normalize(RecognizedTable table, DocumentMetadata metadata) => Normalize(table, metadata, null);

    /// <summary>As above, for a table that continues another on the next page (RecognizedTable.ContinuationOf):
    /// <paramref name="continues"/> is the normalized previous part; a part printed without header takes its columns,
    /// and abbreviated codes carry on under its last 类/款.</summary>
    public static BudgetTable Normalize(RecognizedTable table, DocumentMetadata metadata, BudgetTable? continues)
    {
        var result = Shell(table);
        if (table.Table.RowCount == 0 || table.Table.Cells.Count == 0) return result;
        try
        {
            var grid = new TableGrid(table, metadata);
            var coded = false;
            switch (table.Kind)
            {
                case TableKind.Summary or TableKind.AppropriationSummary or TableKind.Balance:
                    if (!TwoSidedTableNormalizer.TryFill(result, grid, continues)) CodedTableNormalizer.Fill(Reset(result, table), grid, continues);
                    break;
                case TableKind.ThreePublic:
                    ThreePublicNormalizer.Fill(result, grid, continues);
                    ArithmeticMeasures.Apply(result);
                    break;
                case TableKind.PerformanceTargets:
                    PerformanceFundsNormalizer.Fill(result, grid);
                    break;
                default:
                    CodedTableNormalizer.Fill(result, grid, continues);
                    BlockTotalRows.Apply(result);
                    GrandTotalRows.Apply(result);
                    ArithmeticMeasures.Apply(result);
                    coded = true;
                    break;
            }
            GovernmentRowReader.Apply(result, grid);
            UnreadCellCollector.Collect(result, grid, columnsRead: coded);
            ApplyRowUnits(table, result);
            CanonicalFacets.Apply(result);
            GovernmentDebtItems.Apply(result);
            return result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var failed = Shell(table);
            failed.Note = $"{table.Caption.Note} [normalization failed: {e.Message}]".Trim();
            return failed;
        }
    }

    /// <summary>Gives each row the unit recognition read for its raw grid row (<see cref="RowUnitReader"/>), where the
    /// table prints a unit per row.</summary>
    static void ApplyRowUnits(RecognizedTable table, BudgetTable normalized)
    {
        foreach (var row in normalized.Rows)
            if (table.RowUnits.TryGetValue(row.Index, out var unit))
            {
                row.ReportingUnit = unit.Name;
                row.ReportingUnitCode = unit.Code;
            }
    }

    static BudgetTable Reset(BudgetTable result, RecognizedTable table)
    {
        result.Columns.Clear(); result.Rows.Clear(); result.CodeTree.Clear();
        return result;
    }

    static BudgetTable Shell(RecognizedTable table)
    {
        var shell = NewShell(table);
        shell.KindEvidence.AddRange(table.KindEvidence);
        if (table.Table.Box is null) shell.Source.Add(table.Table); // no page to draw: the review page shows the source grid
        return shell;
    }

    static BudgetTable NewShell(RecognizedTable table) => new()
    {
        Kind = table.Kind,
        Caption = table.Caption with { }, // the model's own copy: what recognition read stays as it read it
        Coverage = table.Coverage,
        DeclaredEmpty = table.DeclaredEmpty,
        RecognisedBy = table.RecognisedBy,
        FirstPage = table.Table.Page,
        LastPage = Math.Max(table.Table.LastPage, table.Table.Page),
        FirstLine = table.TitleLine ?? table.Table.Line,
    };
}
