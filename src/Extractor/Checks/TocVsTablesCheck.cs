using Extractor.Model;

namespace Extractor.Checks;

/// <summary>Every table the 目录 lists is in the document: one finding per missing table.</summary>
public sealed class TocVsTablesCheck : ICheck
{
    public string Rule => CheckRules.TocVsTables;

    public void Run(CheckContext context)
    {
        var completeness = context.Document.Completeness;
        if (!completeness.HasTableOfContents && completeness.Expected.Count == 0) return;
        // A 目录 entry of no known kind (《单位预算表》, 《…预算公开表》) is as often a part heading as a table: not reported.
        var missing = completeness.Missing.Where(m => m.Kind != TableKind.Other).ToList();
        var expected = completeness.Expected.Count(e => e.Kind != TableKind.Other);
        for (var i = 0; i < expected - missing.Count; i++) context.Pass(Rule);
        foreach (var m in missing)
            context.Fail(new CheckFinding
            {
                Rule = Rule, Severity = Severity.Warning, TableKind = m.Kind,
                Location = $"{OutputText.Contents} entry {OutputText.BookTitleOpen}{m.Title}{OutputText.BookTitleClose}",
                Expected = "present", Actual = "missing",
                Message = $"the {OutputText.Contents} lists {OutputText.BookTitleOpen}{m.Title}{OutputText.BookTitleClose} ({m.Kind.Text()}) but the document does not contain it" + (m.Note is null ? "" : $" ({m.Note})"),
            });
    }
}
