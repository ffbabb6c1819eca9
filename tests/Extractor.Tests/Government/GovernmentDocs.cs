using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Government;

/// <summary>Small government documents for the family's tests: built tables, or a report's text through the pipeline.</summary>
public static class GovernmentDocs
{
    /// <summary>A government-scope document holding these tables.</summary>
    public static BudgetDocument Of(params BudgetTable[] tables)
    {
        var doc = TableText.Document(tables);
        doc.Metadata.Scope = Scope.Government;
        return doc;
    }

    /// <summary>A report's text (tab-separated tables) as a text copy, through the whole pipeline.</summary>
    public static BudgetDocument Extract(string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gov-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "report.txt");
        File.WriteAllText(path, text);
        try { return ExtractionPipeline.CreateDefault().Process(path); }
        finally { Directory.Delete(dir, true); }
    }
}
