using Extractor.Catalog;
using Extractor.Model;
using Extractor.Recognition;

namespace Extractor.Normalization;

/// <summary>
/// The normalization stage for one document: the recognised document in, the canonical document out, ready for the
/// checks. Its passes run in this order, each reading only what recognition and the passes before it produced:
/// <list type="number">
/// <item>tables: every recognised table to a <see cref="BudgetTable"/> (<see cref="TableNormalizer"/>, its rows' units
/// included), continuation parts joined to the table they continue (<see cref="ContinuationJoiner"/>);</item>
/// <item>performance targets: the targets recognition read, each given the number of the table it was read from;</item>
/// <item>codes for names-only tables from the catalog (<see cref="CatalogCodeResolver"/>), once every continuation is
/// joined, so a table continued over pages is resolved as one tree;</item>
/// <item>the classes' subtotal of government tables (<see cref="GovernmentRowReader.MarkClassSubtotals"/>), once the
/// classes printed by name only have their codes;</item>
/// <item>header notes: headers resolved from the arithmetic, or left under other, one issue each (<see cref="HeaderNotes"/>);</item>
/// <item>completeness: what the 目录 promised against what the document holds (<see cref="CompletenessAssessor"/>).</item>
/// </list>
/// </summary>
public static class DocumentNormalizer
{
    public static BudgetDocument Normalize(RecognizedDocument recognized, CodeCatalog catalog)
    {
        var raw = recognized.Raw;
        var doc = new BudgetDocument
        {
            Document = raw.FileName,
            SourcePath = raw.SourcePath,
            Format = raw.Format,
            PageCount = raw.Pages.Count,
            Metadata = recognized.Metadata,
            Narrative = recognized.Narrative,
        };
        foreach (var issue in raw.Issues) doc.Issues.Add(new DocumentIssue(issue.Code, issue.Message, issue.Page));

        doc.Tables.AddRange(ContinuationJoiner.Normalize(recognized, doc.Issues));
        foreach (var table in doc.Tables) GovernmentRowReader.MarkBalanceLines(table);
        foreach (var table in doc.Tables)
            foreach (var part in table.RecognizedParts)
                foreach (var target in recognized.Tables[part].PerformanceTargets)
                {
                    target.TableIndex = table.Index;
                    doc.PerformanceTargets.Add(target);
                }
        CatalogCodeResolver.Resolve(doc, catalog);
        GovernmentRowReader.MarkClassSubtotals(doc);
        doc.Issues.AddRange(HeaderNotes.Of(doc.Tables));
        doc.Completeness = CompletenessAssessor.Assess(recognized, doc);
        return doc;
    }
}
