using System.Security.Cryptography;
using Extractor.Catalog;
using Extractor.Checks;
using Extractor.Model;
using Extractor.Normalization;
using Extractor.Raw;
using Extractor.Recognition;
using Extractor.Sources;
using Extractor.Sources.Html;
using Extractor.Sources.Pdf;
using Extractor.Sources.Spreadsheet;
using Extractor.Sources.Text;
using Extractor.Sources.Word;

namespace Extractor.Pipeline;

/// <summary>
/// The whole pipeline for one document, and only its wiring: read (a source reader; for a PDF, layout too) →
/// recognize (<see cref="DocumentRecognizer"/>) → normalize (<see cref="DocumentNormalizer"/>) → checks
/// (<see cref="CheckRunner"/>). Each stage hands the next its model and never calls back. The CLI and any other program
/// use this one entry point.
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

    /// <summary>
    /// Reads and processes one file; for a PDF, <paramref name="onPdfPage"/> sees each page as the reader laid it out
    /// (its upright geometry), so a caller drawing the pages (evidence) need not read them again.
    /// </summary>
    public BudgetDocument Process(string path, CancellationToken cancel, Action<PdfPageView>? onPdfPage)
    {
        if (onPdfPage is null || FormatSniffer.Detect(path) != "pdf" || Sources.For("pdf") is not PdfSourceReader pdf) return Process(path, cancel);
        var raw = pdf.Read(path, null, onPdfPage, cancel);
        cancel.ThrowIfCancellationRequested();
        var doc = Process(raw, cancel);
        doc.Sha256 = HashFile(path);
        return doc;
    }

    /// <summary>Processes an already-read (and, for a PDF, laid-out) raw document: recognize → normalize → checks.</summary>
    public BudgetDocument Process(RawDocument raw, CancellationToken cancel = default)
    {
        var recognized = DocumentRecognizer.Recognize(raw);
        cancel.ThrowIfCancellationRequested();
        var doc = DocumentNormalizer.Normalize(recognized, Catalog);
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
