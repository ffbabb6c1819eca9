using Extractor.Layout;
using Extractor.Raw;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using Extractor.Model;

namespace Extractor.Sources.Pdf;

/// <summary>
/// Reads a PDF with PdfPig into the raw model: per page, text blocks and tables in reading order (ruled tables from
/// rulings, unruled ones from text alignment), page quality (empty, needs OCR, unreadable fonts), tables continued
/// over pages stitched into one.
/// </summary>
public sealed class PdfSourceReader : ISourceReader
{
    public const string OcrAdvice = "run `ocrmypdf -l chi_sim in.pdf out.pdf` to add a text layer, then extract the new file";

    public IReadOnlyCollection<string> Formats { get; } = new[] { "pdf" };
    public LayoutSettings Settings { get; init; } = LayoutSettings.Default;
    public ImageContentSettings ImageSettings { get; init; } = ImageContentSettings.Default;
    /// <summary>Pages a PDF may have.</summary>
    public SourceLimits Limits { get; init; } = SourceLimits.Default;

    public RawDocument Read(string path, string format, CancellationToken cancel = default) => Read(path, null, null, cancel);

    /// <summary>Reads the pages that <paramref name="pageFilter"/> accepts (all when null); <paramref name="onPage"/> sees each page as read.</summary>
    public RawDocument Read(string path, Func<int, bool>? pageFilter, Action<PdfPageView>? onPage, CancellationToken cancel = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new BadInputException("file not found");
        if (info.Length == 0) throw new BadInputException("empty file (0 bytes)");

        using var pdf = Open(path);
        var raw = new RawDocument { SourcePath = path, Format = "pdf" };
        try
        {
            if (pdf.Information.Producer is { Length: > 0 } producer) raw.Properties["producer"] = producer;
            if (pdf.Information.Creator is { Length: > 0 } creator) raw.Properties["creator"] = creator;
        }
        catch (Exception) { /* information dictionary unreadable: not needed */ }

        int pageCount;
        try { pageCount = pdf.NumberOfPages; }
        catch (Exception e) { throw new BadInputException($"broken PDF: its page tree cannot be read ({e.Message})", e); }
        if (pageCount == 0) throw new BadInputException("PDF has no pages");
        Limits.CheckPages(pageCount, "pages");
        raw.Properties["page-count"] = pageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);

        for (var n = 1; n <= pageCount; n++)
        {
            cancel.ThrowIfCancellationRequested();
            if (pageFilter != null && !pageFilter(n)) continue;
            raw.Pages.Add(ReadPage(pdf, n, raw, onPage));
        }
        RunningTextFilter.Remove(raw.Pages, Settings);
        TableStitcher.Stitch(raw.Pages, Settings);
        foreach (var table in raw.Blocks.OfType<RawTable>()) TableCompactor.CompactInPlace(table);
        return raw;
    }

    static PdfDocument Open(string path)
    {
        try
        {
            return PdfDocument.Open(path, new ParsingOptions { ClipPaths = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new BadInputException("encrypted PDF: it needs a password to open (remove the protection, e.g. with qpdf --decrypt, and retry)", e);
        }
        catch (PdfDocumentFormatException e)
        {
            throw new BadInputException($"broken PDF (truncated or damaged, e.g. no cross-reference table): {e.Message}", e);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new BadInputException($"broken PDF, cannot be opened: {e.Message}", e);
        }
    }

    RawPage ReadPage(PdfDocument pdf, int number, RawDocument raw, Action<PdfPageView>? onPage)
    {
        Page page;
        try { page = pdf.GetPage(number); }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Unparsable(number, raw, e, onPage);
        }

        PageGeometry geometry;
        try { geometry = PdfGeometryReader.Read(page, Settings); }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Unparsable(number, raw, e, onPage);
        }

        var result = new RawPage
        {
            Number = number, Width = Math.Round(geometry.Width, 2), Height = Math.Round(geometry.Height, 2),
            Rotation = page.Rotation.Value,
        };
        var images = PageImages.Find(page, geometry, ImageSettings);
        PageAnalysis? analysis = null;
        try
        {
            analysis = ReadText(page, result, geometry, images, raw);
            return result;
        }
        finally
        {
            if (onPage != null)
            {
                var orientation = PageOrientation.Of(page);
                onPage(new PdfPageView(result, geometry, analysis, images)
                {
                    TurnedFrom = orientation.Name == "Horizontal" ? null : orientation.Name,
                    Orientation = orientation, Space = PageSpace.Of(page),
                });
            }
        }
    }

    RawPage Unparsable(int number, RawDocument raw, Exception e, Action<PdfPageView>? onPage)
    {
        var reason = $"page content cannot be parsed: {e.Message}";
        raw.Issues.Add(new SourceIssue(IssueCode.UnreadablePage, $"page {number}: {reason}", number));
        var page = new RawPage { Number = number, Quality = PageQuality.Unreadable, QualityReason = reason };
        onPage?.Invoke(new PdfPageView(page, null, null, Array.Empty<ImageRegion>()));
        return page;
    }

    /// <summary>Judges the page's text and pictures, and lays it out when its text is usable; the analysis, or null.</summary>
    PageAnalysis? ReadText(Page page, RawPage result, PageGeometry geometry, List<ImageRegion> images, RawDocument raw)
    {
        var number = result.Number;
        var quality = TextQuality.Measure(geometry.Glyphs.Select(g => g.Text));
        if (quality.Characters < Settings.MinTextCharacters && images.Count > 0)
        {
            if (PageImages.Coverage(images) >= ImageSettings.ScanShare || images.Any(i => i.Kind == ImageKind.Table)
                || PageImages.TextPictures(images, ImageSettings).Count > 0)
            {
                result.Quality = PageQuality.NeedsOcr;
                result.QualityReason = "the page is an image with no text layer (a scan)";
                raw.Issues.Add(new SourceIssue(IssueCode.NeedsOcr, $"page {number} has only images and no text layer: {OcrAdvice}", number));
                return null;
            }
            if (quality.Characters == 0)
            {
                var largest = images.MaxBy(i => i.PageShare)!;
                result.Quality = PageQuality.Empty;
                result.QualityReason = $"no text on the page; it holds {largest.Describe()} (a chart, logo or ornament, not a scan)";
                return null;
            }
        }
        if (quality.Characters == 0)
        {
            result.Quality = PageQuality.Empty;
            var segments = SegmentCount(page);
            result.QualityReason = segments >= ImageSettings.OutlinedTextSegments
                ? $"no text layer, but the page draws {segments} path segments: words converted to outlines (a cover or title page?); OCR would read them"
                : "no text on the page (blank, cover or separator page)";
            return null;
        }
        if (quality.UnreadableReason(Settings.MaxGarbageShare) is { } why)
        {
            result.Quality = PageQuality.Unreadable;
            result.QualityReason = why;
            raw.Issues.Add(new SourceIssue(IssueCode.UnreadablePage, $"page {number} text is unreadable: {why}; its text was not used ({OcrAdvice})", number));
            return null;
        }

        var analysis = PageLayout.Analyze(geometry, Settings);
        result.Blocks.AddRange(analysis.Blocks);
        var pictured = new List<string>();
        foreach (var table in images.Where(i => i.Kind == ImageKind.Table))
            pictured.Add(table.Describe() + (TitleOf(table) is { } title ? $" under '{title}'" : "") + " with no text layer (most likely a table printed as an image)");
        if (PageImages.TextPictures(images, ImageSettings) is { Count: > 0 } strips)
            pictured.Add($"{strips.Count} small images covering {PageImages.Coverage(strips):0%} of the page with no text over them, " +
                         $"while only {quality.Characters} characters are in the text layer (text printed as pictures)");
        if (pictured.Count > 0)
        {
            var what = string.Join("; and ", pictured);
            result.Quality = PageQuality.NeedsOcr;
            result.QualityReason = $"its text layer was read, but the page also holds {what}";
            raw.Issues.Add(new SourceIssue(IssueCode.NeedsOcr,
                $"page {number} holds {what}; tables and text printed as images need OCR: {OcrAdvice}", number));
        }
        return analysis;
    }

    static int SegmentCount(Page page)
    {
        try { return page.Paths.Sum(path => path.Sum(sub => sub.Commands.Count)); }
        catch (Exception) { return 0; }
    }

    static string? TitleOf(ImageRegion image) => image.TextAbove is { Length: > 0 and <= 40 } t ? t : null;
}
