using Extractor.Batch;
using Extractor.Datasets;
using Extractor.Tests.Support;

namespace Extractor.Tests.Batch;

/// <summary>The real pipeline over a few real files: the damaged one fails alone, every document written validates against the schema.</summary>
public class RealCorpusBatchTests
{
    static readonly string[] Files =
    {
        "atlas_wuhan_city_2025_general_expenditure_exec_table_1p.pdf",
        "atlas_shijiazhuang_city_2025_budget_report_BROKEN_NO_XREF.pdf",
        "atlas_luan_city_2025_budget_exec_analysis_tables.html",
    };

    [SkippableFact]
    public void ADamagedPdfFailsAloneAndEveryDocumentWrittenMatchesTheSchema()
    {
        var paths = Files.Select(RepoPaths.RealFile).ToList();
        using var t = new TempFolder();
        var options = new BatchOptions { OutputDir = t.Sub("out"), Jobs = 2 };
        var result = new BatchRunner(options).RunAsync(InputCollector.Collect(paths, options.OutputDir, out _)).GetAwaiter().GetResult();

        var failure = Assert.Single(result.Summary.Failures);
        Assert.Equal(("atlas_shijiazhuang_city_2025_budget_report_BROKEN_NO_XREF.pdf", FailureKind.BadInput), (failure.Document, failure.Kind));
        Assert.Equal(2, result.Summary.DocumentsProcessed);
        foreach (var json in Directory.GetFiles(Path.Combine(t.Sub("out"), OutputAssembler.DocumentsFolder), "*.json"))
        {
            var errors = DocumentSchema.Validate(File.ReadAllText(json));
            Assert.True(errors.Count == 0, Path.GetFileName(json) + ": " + string.Join("\n", errors.Take(10)));
        }
    }
}
