using Extractor.Datasets;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Datasets;

public class DocumentSchemaTests
{
    [SkippableFact]
    public void TheSeedDocumentAsExtractedValidatesAgainstTheSchema() => ValidateRealOutput(RepoPaths.Seed);

    [SkippableTheory]
    [InlineData("atlas_wuhan_city_2025_general_expenditure_exec_table_1p.pdf")]
    [InlineData("atlas_luan_city_2025_budget_exec_analysis_tables.html")]
    [InlineData("atlas_hengyang_city_2025_general_debt.xlsx")]
    [InlineData("atlas_chengde_city_2025exec_2026budget_report.docx")]
    public void RealCorpusDocumentsAsExtractedValidateAgainstTheSchema(string file) => ValidateRealOutput(RepoPaths.RealFile(file));

    static void ValidateRealOutput(string path)
    {
        var doc = ExtractionPipeline.CreateDefault().Process(path);
        var errors = DocumentSchema.Validate(DocumentJsonWriter.ToJson(doc));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }
}
