using System.Security.Cryptography;
using Extractor.Catalog;
using Extractor.Checks;
using Extractor.Model;
using Extractor.Normalization;
using Extractor.Raw;
using Extractor.Recognition;
using Extractor.Recognition.Narrative;
using Extractor.Sources;
using Extractor.Sources.Html;
using Extractor.Sources.Pdf;
using Extractor.Sources.Spreadsheet;
using Extractor.Sources.Text;
using Extractor.Sources.Word;

namespace Extractor.Pipeline;

/// <summary>
/// The whole pipeline for one document: source → recognition → normalization → checks. The CLI and any other
/// program use this one entry point.
/// </summary>
public sealed class ExtractionPipeline
{
    public SourceRegistry Sources { get; }

    /// <summary>The subject-code catalog names-only tables are resolved with and the code checks compare against.</summary>
    public CodeCatalog Catalog { get; init; } = CodeCatalog.Default;

    public ExtractionPipeline(SourceRegistry sources) => Sources = sources;

    /// <summary>A pipeline with every reader this build has, each held to <paramref name="limits"/> (default: <see cref="SourceLimits.Default"/>).</summary>
    public static ExtractionPipeline CreateDefault(SourceLimits? limits = null)
    {
        limits ??= SourceLimits.Default;
        return new(new SourceRegistry()
            .Add(new TextSourceReader { Limits = limits })
            .Add(new PdfSourceReader { Limits = limits })
            .Add(new HtmlSourceReader { Limits = limits })
            .Add(new SpreadsheetSourceReader { Limits = limits })
            .Add(new WordSourceReader { Limits = limits }));
    }

    /// <summary>Reads and processes one file. Throws <see cref="BadInputException"/> for input it cannot take.</summary>
    public BudgetDocument Process(string path, CancellationToken cancel = default)
    {
        var raw = Sources.Read(path, cancel);
        cancel.ThrowIfCancellationRequested();
        var doc = Process(raw, cancel);
        doc.Sha256 = HashFile(path);
        return doc;
    }

    /// <summary>Processes an already-read raw document.</summary>
    public BudgetDocument Process(RawDocument raw, CancellationToken cancel = default)
    {
        var recognized = DocumentRecognizer.Recognize(raw);
        cancel.ThrowIfCancellationRequested();

        var doc = new BudgetDocument
        {
            Document = raw.FileName,
            SourcePath = raw.SourcePath,
            Format = raw.Format,
            PageCount = raw.Pages.Count,
            Metadata = recognized.Metadata,
        };
        foreach (var issue in raw.Issues) doc.Issues.Add(new DocumentIssue(issue.Code, issue.Message, issue.Page));

        // A table continued on a later page without a header of its own takes the previous part's columns and codes.
        var lastPart = new Dictionary<int, BudgetTable>();
        var rootTables = new Dictionary<int, BudgetTable>();
        var rootOf = new int[recognized.Tables.Count];
        for (var i = 0; i < recognized.Tables.Count; i++)
        {
            var table = recognized.Tables[i];
            rootOf[i] = table.ContinuationOf is int c && c >= 0 && c < i ? rootOf[c] : i;
            var previous = rootOf[i] != i && lastPart.TryGetValue(rootOf[i], out var part) ? part : null;
            var normalized = TableNormalizer.Normalize(table, recognized.Metadata, previous);
            RowUnitReader.Apply(table, normalized);
            lastPart[rootOf[i]] = normalized;
            if (previous != null && rootTables.TryGetValue(rootOf[i], out var root) && ContinuationMerger.TryAppend(root, normalized))
                continue;
            rootTables[i] = normalized;
            normalized.Index = doc.Tables.Count + 1;
            doc.Tables.Add(normalized);
            if (table.Kind == TableKind.PerformanceTargets)
                foreach (var target in PerformanceTargetReader.Read(table))
                {
                    target.TableIndex = normalized.Index;
                    doc.PerformanceTargets.Add(target);
                }
        }

        // Names-only tables get their codes from the catalog once every continuation is joined.
        CatalogCodeResolver.Resolve(doc, Catalog);

        doc.Narrative = NarrativeExtractor.Extract(recognized);
        doc.Completeness = CompletenessAssessor.Assess(recognized, doc);
        cancel.ThrowIfCancellationRequested();
        CheckRunner.Run(doc, CheckSettings.Default, Catalog);
        return doc;
    }

    static string HashFile(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(fs));
    }
}
