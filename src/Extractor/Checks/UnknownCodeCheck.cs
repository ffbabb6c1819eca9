using Extractor.Model;

namespace Extractor.Checks;

/// <summary>
/// A printed code the catalog has never met: a subject of a newer edition than the catalog, a regional subject, or a
/// misprint. Information only (one finding per code in a document); the catalog learns it when it is rebuilt.
/// </summary>
public sealed class UnknownCodeCheck : ICheck
{
    public string Rule => CheckRules.UnknownCode;

    public void Run(CheckContext context)
    {
        if (context.Catalog.Count == 0) return; // no catalog: nothing is known, nothing to report
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in context.Document.Tables)
            foreach (var row in TableView.CodedRows(table).Where(r => r.CodeSource == CodeSource.Printed))
            {
                if (!seen.Add(row.Code!)) continue;
                if (context.Catalog.Contains(row.Code)) { context.Pass(Rule); continue; }
                var parent = context.Catalog.Find(row.ParentCode);
                context.Findings.Add(new CheckFinding
                {
                    Rule = Rule, Severity = Severity.Info, TableKind = table.Kind, TableIndex = table.Index, Row = row.Index,
                    Location = $"{TableView.Describe(table)} {TableView.Describe(row)}",
                    Expected = "a code of the catalog", Actual = row.Code,
                    Message = $"code {row.Code} {row.Name} is not in the subject-code catalog" +
                              (parent is null ? (row.ParentCode is null ? "" : $", nor is its parent {row.ParentCode}") : $"; its parent {parent} is"),
                    Provenance = row.Provenance,
                    CauseEvidence = parent is null ? null : $"catalog codes under {parent.Code}: " +
                        string.Join(", ", context.Catalog.Entries.Where(e => e.Parent == parent.Code).Select(e => e.Code).Take(12)),
                });
            }
        context.Tally(Rule);
    }
}
