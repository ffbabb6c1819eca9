using Extractor.Catalog;
using Extractor.Model;

namespace Extractor.Checks;

/// <summary>
/// A printed code printed with a name the catalog never trusted for it (a typo, a code printed on the wrong row, or
/// a code of another edition). Trusted names are those met in at least <see cref="CatalogSettings.TrustedNameDocuments"/>
/// documents; edition drift (brackets, a trailing 支出) and a name cut short by wrapping are tolerated. One warning per
/// code and printed name in a document, with the catalog's names as evidence.
/// </summary>
public sealed class CodeNameCheck : ICheck
{
    public string Rule => CheckRules.CodeName;

    public void Run(CheckContext context)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var table in context.Document.Tables)
            foreach (var row in TableView.CodedRows(table).Where(r => r.CodeSource == CodeSource.Printed))
            {
                var printed = CatalogNames.Key(row.Name);
                if (!CatalogNames.IsPlausible(printed) || !seen.Add((row.Code!, printed))) continue;
                var trusted = context.Catalog.NamesOf(row.Code!, CatalogSettings.TrustedNameDocuments);
                if (trusted.Count == 0) continue; // nothing to compare with
                if (trusted.Any(n => Agrees(printed, n.Name))) { context.Pass(Rule); continue; }
                var evidence = string.Join(" / ", trusted.Select(n => $"{n.Name} ({n.Count} documents, {Years(n.Years)})"));
                context.Fail(new CheckFinding
                {
                    Rule = Rule, Severity = Severity.Warning, TableKind = table.Kind, TableIndex = table.Index, Row = row.Index,
                    Location = $"{TableView.Describe(table)} {TableView.Describe(row)}",
                    Expected = string.Join(" / ", trusted.Select(n => n.Name)), Actual = row.Name,
                    Message = $"code {row.Code} is printed with the name {row.Name}, which the catalog never met for it; it knows {evidence}",
                    Provenance = row.Provenance,
                    CauseEvidence = "catalog names of " + row.Code + ": " + evidence,
                });
            }
    }

    /// <summary>The same name allowing for edition drift, or one cut short by wrapping (a prefix of 4 or more characters).</summary>
    static bool Agrees(string printed, string catalogName)
    {
        if (CatalogNames.SameName(printed, catalogName)) return true;
        var (a, b) = (CatalogNames.Fold(printed), CatalogNames.Fold(catalogName));
        return Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
    }

    static string Years(IReadOnlyList<int> years) =>
        years.Count == 0 ? "year unknown" : years.Count == 1 ? years[0].ToString() : $"{years[0]}–{years[^1]}";
}
