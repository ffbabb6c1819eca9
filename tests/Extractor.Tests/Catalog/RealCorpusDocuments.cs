using Extractor.Datasets;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Catalog;

/// <summary>Every readable document of ../shared/corpus/real, processed once per test run (class fixture of the
/// catalog tests); empty where the real corpus is absent.</summary>
public sealed class RealCorpusDocuments
{
    public IReadOnlyList<BudgetDocument> Documents { get; }

    public RealCorpusDocuments()
    {
        if (!Directory.Exists(RepoPaths.RealCorpus)) { Documents = Array.Empty<BudgetDocument>(); return; }
        // Developer shortcut: EXTRACTOR_REAL_DOCUMENTS=<output>/documents reads the document JSON an 'extract' run of
        // the real corpus wrote, instead of extracting again.
        if (Environment.GetEnvironmentVariable("EXTRACTOR_REAL_DOCUMENTS") is { Length: > 0 } json && Directory.Exists(json))
        {
            Documents = Directory.GetFiles(json, "*.json").Order(StringComparer.Ordinal).Select(DocumentJsonWriter.Read).ToList();
            return;
        }
        var files = Directory.GetFiles(RepoPaths.RealCorpus).Where(f => !f.EndsWith(".tsv") && !f.EndsWith(".md")).Order(StringComparer.Ordinal).ToList();
        var docs = new BudgetDocument?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, i =>
        {
            try { docs[i] = ExtractionPipeline.CreateDefault().Process(files[i]); }
            catch (Exception) { docs[i] = null; } // broken, encrypted, scanned: the source reports them; not this fixture's concern
        });
        Documents = docs.Where(d => d is not null).Select(d => d!).ToList();
    }
}
