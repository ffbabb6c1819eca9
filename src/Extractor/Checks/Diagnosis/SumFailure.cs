using Extractor.Model;

namespace Extractor.Checks.Diagnosis;

/// <summary>A failed tree or row sum, resolved back to its table, its whole and the parts that were added up.</summary>
public sealed class SumFailure
{
    public required CheckFinding Finding { get; init; }
    public required BudgetTable Table { get; init; }
    public required TableRow Row { get; init; }
    public required Amount Whole { get; init; }
    /// <summary>Each part with the row it sits in (tree sums: the child rows; row sums: the row itself).</summary>
    public required IReadOnlyList<(TableRow Row, Amount? Amount)> Parts { get; init; }

    /// <summary>Parts are rows (tree sums and the government sums over rows), not columns.</summary>
    public bool IsTreeSum => Finding.Rule != CheckRules.RowSum;
    public decimal PartsSum => Parts.Sum(p => TableView.ValueOrZero(p.Amount));
    /// <summary>Printed whole minus the sum of its parts, in the whole's unit (its column's, else the table's).</summary>
    public decimal Gap => TableView.ValueOrZero(Whole) - PartsSum;
    public decimal Factor => TableView.UnitFactor(Table, Whole);
    public decimal GapYuan => Gap * Factor;

    /// <summary>One unit of the finest printed digit among the whole and its parts, in the table's unit.</summary>
    public decimal LastDigit => NumberParser.DigitAt(Math.Min(NumberParser.FinestScale(Parts.Select(p => p.Amount?.Value).Append(Whole.Value)) ?? 2, 6));

    /// <summary>Whether a value of this table equals the gap (either sign), to the printed precision.</summary>
    public bool EqualsGap(decimal? value) => value is { } v && v != 0 && Math.Abs(Math.Abs(v) - Math.Abs(Gap)) < LastDigit / 2;

    /// <summary>Whether two yuan amounts are the same figure, allowing the coarser of the two tables' printed precision.</summary>
    public bool SameYuan(decimal? a, decimal? b, decimal otherFactor) =>
        a is { } x && b is { } y && Math.Abs(x - y) <= Math.Max(LastDigit * Factor, 0.01m * otherFactor) / 2;

    /// <summary>Pages the whole and its parts were printed on.</summary>
    public IReadOnlyList<int> Pages => Parts.Select(p => p.Row.Provenance.Page).Append(Row.Provenance.Page)
        .Where(p => p is not null).Select(p => p!.Value).Distinct().Order().ToList();

    /// <summary>Resolves a sum finding; null when it is not one (or is a two-sided total, which has no parts).</summary>
    public static SumFailure? From(CheckFinding f, BudgetDocument doc)
    {
        if (!CheckRules.SumRules.Contains(f.Rule) || f.Severity == Severity.Info) return null;
        var table = doc.Tables.FirstOrDefault(t => t.Index == f.TableIndex);
        // the two halves of a table printed side by side share their row numbers: the row is the one printing the column
        var row = table?.Rows.Where(r => r.Index == f.Row).OrderBy(r => r.Amounts.Any(a => a.Column == f.Column) ? 0 : 1).FirstOrDefault();
        var whole = row?.Amounts.FirstOrDefault(a => a.Column == f.Column);
        if (table is null || row is null || whole is null) return null;
        List<(TableRow, Amount?)> parts;
        if (f.PartRows is { Count: > 0 } partRows)
            parts = partRows.Select(i => table.Rows.Where(r => r.Index == i).OrderBy(r => r.Side == row.Side ? 0 : 1).First())
                .Select(r => (r, r.Amounts.FirstOrDefault(a => a.Column == whole.Column))).ToList();
        else if (f.PartColumns is { Count: > 0 } partColumns)
            parts = partColumns.Select(c => (row, row.Amounts.FirstOrDefault(a => a.Column == c))).ToList();
        else return null;
        return new SumFailure { Finding = f, Table = table, Row = row, Whole = whole, Parts = parts };
    }

    public string Describe(TableRow row) => row.Code is null ? $"row {row.Index} {row.Name ?? OutputText.Total}".TrimEnd() : $"{row.Code} {row.Name}".TrimEnd();

    public string Money(decimal value) => CheckContext.Format(value, TableView.UnitOf(Table, Whole));
}
