using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Headers the vocabulary did not know, reported either way: a column resolved from the arithmetic
/// (<see cref="ArithmeticMeasures"/>) and a column left under measure other while holding amounts, one document issue each.
/// </summary>
public static class HeaderNotes
{
    public static IEnumerable<DocumentIssue> Of(IEnumerable<BudgetTable> tables)
    {
        foreach (var table in tables)
            foreach (var column in table.Columns.Where(c => c.Role == ColumnRole.Amount))
            {
                if (column.MeasureEvidence is { } evidence)
                    yield return new DocumentIssue(IssueCode.HeaderFromArithmetic,
                        $"table {table.Index} ({table.Kind.Text()}) column {column.Index + 1} \"{column.Label}\": read as {column.Measure.Text()} ({evidence})", table.FirstPage);
                else if (column.Measure == Measure.Other && table.Rows.Any(r => r.Amounts.Any(a => a.Column == column.Index && a.Value is not null && a.Measure == Measure.Other)))
                    yield return new DocumentIssue(IssueCode.UnknownHeader,
                        $"table {table.Index} ({table.Kind.Text()}) column {column.Index + 1} \"{column.Label}\": no canonical measure; amounts kept under other", table.FirstPage);
            }
    }
}
