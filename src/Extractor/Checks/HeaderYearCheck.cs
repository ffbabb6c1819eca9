using Extractor.Model;

namespace Extractor.Checks;

/// <summary>The year in each table's header (2025年预算数) is the document's fiscal year.</summary>
public sealed class HeaderYearCheck : ICheck
{
    public string Rule => CheckRules.HeaderYear;

    public void Run(CheckContext context)
    {
        if (context.Document.Metadata.FiscalYear is not { } year) return;
        foreach (var table in context.Document.Tables.Where(t => t.HeaderYear is not null))
        {
            if (table.HeaderYear == year || (table.HeaderYearText ?? "").Contains(year.ToString())) { context.Pass(Rule); continue; }
            context.Fail(new CheckFinding
            {
                Rule = Rule, Severity = Severity.Warning, TableKind = table.Kind, TableIndex = table.Index,
                Location = $"{TableView.Describe(table)} header" + (table.FirstLine is { } l ? $" (line {l})" : table.FirstPage > 0 ? $" (page {table.FirstPage})" : ""),
                Expected = year.ToString(), Actual = table.HeaderYear.ToString(),
                Message = $"the header says {table.HeaderYearText ?? table.HeaderYear + OutputText.Year} in a {year} document",
            });
        }
    }
}
