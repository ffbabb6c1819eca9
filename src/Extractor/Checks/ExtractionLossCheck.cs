using Extractor.Model;

namespace Extractor.Checks;

/// <summary>
/// Amounts the document prints that our reading did not turn into values (the worst failure: silent). Two signs, each
/// an error with cause extraction and the cells it was judged from:
/// - cells printed like amounts whose text does not read as a number (one finding per table column, naming each
///   cell's page, row and column);
/// - a table of coded rows (two or more) in which no row carries an amount, not even a dash, and which is not
///   declared empty: its amount columns were lost (a column outside the grid, amounts taken for text).
/// A table that passes both counts as passed.
/// </summary>
public sealed class ExtractionLossCheck : ICheck
{
    /// <summary>How many cells a finding's evidence names before it says "and N more".</summary>
    const int CellsNamed = 5;

    public string Rule => CheckRules.ExtractionLoss;

    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            var failed = false;
            foreach (var column in table.UnreadCells.GroupBy(u => u.Column).OrderBy(g => g.Key))
            {
                failed = true;
                var cells = column.OrderBy(u => u.Row).ToList();
                var first = cells[0];
                var label = cells.Select(u => u.ColumnLabel).FirstOrDefault(l => l is not null);
                context.Fail(new CheckFinding
                {
                    Rule = Rule, Severity = Severity.Error, TableKind = table.Kind, TableIndex = table.Index,
                    Location = $"{TableView.Describe(table)} column {column.Key}{(label is null ? "" : $" ({label})")}",
                    Row = first.Row, Column = first.Column, Provenance = first.Provenance,
                    Expected = "a number", Actual = first.Printed,
                    Message = $"{cells.Count} cell{(cells.Count == 1 ? "" : "s")} printed like amounts gave no value: {first.Reason}",
                    Cause = FindingCause.Extraction,
                    CauseEvidence = Cells(cells),
                });
            }
            if (CodedRowsWithoutAmounts(table) is { } coded)
            {
                failed = true;
                var amountColumns = table.Columns.Count(c => c.Role == ColumnRole.Amount);
                context.Fail(new CheckFinding
                {
                    Rule = Rule, Severity = Severity.Error, TableKind = table.Kind, TableIndex = table.Index,
                    Location = $"{TableView.Describe(table)} pages {table.FirstPage}-{table.LastPage}",
                    Provenance = coded[0].Provenance,
                    Expected = "amounts on its coded rows", Actual = "none",
                    Message = $"{coded.Count} coded rows and not one amount read, and the table is not declared empty",
                    Cause = FindingCause.Extraction,
                    CauseEvidence = $"coded rows {string.Join(", ", coded.Take(CellsNamed).Select(r => $"{r.Code} ({Place(r.Provenance)} row {r.Index})"))}"
                                    + (coded.Count > CellsNamed ? $" and {coded.Count - CellsNamed} more" : "")
                                    + (amountColumns == 0 ? "; no column was read as amounts" : $"; {amountColumns} amount column{(amountColumns == 1 ? "" : "s")}, every cell blank"),
                });
            }
            if (!failed) context.Pass(Rule);
        }
    }

    /// <summary>The table's coded rows when there are at least two and none of the table's rows carries an amount or a dash; else null.</summary>
    static List<TableRow>? CodedRowsWithoutAmounts(BudgetTable table)
    {
        if (table.DeclaredEmpty) return null;
        var coded = table.Rows.Where(r => r.Code is not null).ToList();
        if (coded.Count < 2) return null;
        return table.Rows.Any(r => r.Amounts.Any(a => a.Value is not null || a.IsDash)) ? null : coded;
    }

    static string Place(Provenance p) => p.Page is { } page ? $"page {page}" : p.Line is { } line ? $"line {line}" : "page ?";

    static string Cells(List<UnreadCell> cells) =>
        string.Join("; ", cells.Take(CellsNamed).Select(u => $"{Place(u.Provenance)} row {u.Row} column {u.Column}: \"{u.Printed}\""))
        + (cells.Count > CellsNamed ? $"; and {cells.Count - CellsNamed} more" : "");
}
