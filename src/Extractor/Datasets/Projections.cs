using Extractor.Model;

namespace Extractor.Datasets;

/// <summary>Flattens the canonical document into the rows of the flat datasets. Writers only write these.</summary>
public static class Projections
{
    /// <summary>One line item per printed amount (blank and dash cells print no amount and give no line item).</summary>
    public static IEnumerable<LineItem> LineItems(BudgetDocument doc)
    {
        var m = doc.Metadata;
        foreach (var table in doc.Tables)
        {
            var regions = table.Columns.Where(c => c.Region is not null).GroupBy(c => c.Index).ToDictionary(g => g.Key, g => g.First().Region!);
            foreach (var row in table.Rows)
            foreach (var a in row.Amounts)
            {
                if (a.Value is null) continue;
                var region = regions.GetValueOrDefault(a.Column);
                yield return new LineItem(
                    // the region of its column (分地区 across the header), else the unit the row belongs to (a unit column or
                    // unit rows), else the table's, else the document's
                    doc.Document, table.Index, region ?? row.ReportingUnit ?? table.ReportingUnit ?? m.UnitName, m.FiscalYear, m.Phase.Text(), m.Scope.Text(), table.Kind.Text(), table.Title,
                    row.Classification.Text(), row.Code, row.Name, row.Level, row.ParentCode, a.Measure.Text(), a.ColumnLabel,
                    a.Value, a.Unit, a.Yuan, a.Provenance.Page ?? row.Provenance.Page, a.Provenance.Row ?? row.Index,
                    a.Provenance.Column ?? a.Column, a.Provenance.Box, a.Provenance.Sheet, a.Provenance.Cell, row.IsRegion || region is not null) { CodeSource = row.CodeSource.Text(), CodeConfidence = row.CodeConfidence.Text(), TableCoverage = table.Coverage.Text() };
            }
        }
    }

    /// <summary>One row per finding; page, box and cell are those of the value found wrong (else the finding's own provenance).</summary>
    public static IEnumerable<CheckRow> CheckRows(BudgetDocument doc) =>
        doc.Checks.Select(c =>
        {
            var where = c.Cells.FirstOrDefault()?.Provenance ?? c.Provenance;
            return new CheckRow(doc.Document, c.Rule, c.Severity.Text(), c.TableKind.Text(), c.Location, c.Expected, c.Actual, c.Message, c.Cause.Text(), c.CauseEvidence,
                c.Id, where?.Page, where?.Box, where?.Sheet, where?.Cell, c.Review.Text(), c.ReviewComment);
        });
}
