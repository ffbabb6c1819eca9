using Extractor.Layout;
using Extractor.Model;
using Extractor.Sources.Pdf;
using UglyToad.PdfPig;

namespace Extractor.Evidence;

/// <summary>The evidence files written for one document, as paths relative to the folder given.</summary>
public sealed record EvidenceFiles(string ReviewPage, string? BoxedPdf);

/// <summary>
/// Writes a document's evidence: for PDF inputs the boxed PDF (<see cref="BoxedPdfWriter"/>) and the review page
/// with the pages drawn; for other inputs the review page with the tables' grids (<see cref="ReviewPageWriter"/>).
/// The source file is opened read-only and only once.
/// </summary>
public static class EvidenceWriter
{
    public const string Folder = "evidence";
    public const string ReviewSuffix = ".review.html", BoxedSuffix = ".boxed.pdf";

    /// <summary>
    /// Writes into <paramref name="dir"/> as <paramref name="name"/>.review.html and <paramref name="name"/>.boxed.pdf
    /// (<paramref name="name"/> may hold folders, e.g. the input's relative path); returns the paths relative to <paramref name="dir"/>.
    /// </summary>
    /// <param name="pages">The PDF's pages in upright geometry as extraction read them, when at hand (then only the
    /// pages drawn on are read again, for their orientation); null reads every page.</param>
    public static EvidenceFiles Write(BudgetDocument doc, string sourcePath, string dir, string name,
        IReadOnlyDictionary<int, PageGeometry>? pages = null)
    {
        var review = name + ReviewSuffix;
        var reviewPath = Path.Combine(dir, review);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(reviewPath))!);
        if (!string.Equals(doc.Format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            ReviewPageWriter.Write(doc, reviewPath, null);
            return new EvidenceFiles(Slash(review), null);
        }

        var boxed = name + BoxedSuffix;
        var bytes = File.ReadAllBytes(sourcePath);
        using var pdf = PdfDocument.Open(bytes, new ParsingOptions { ClipPaths = true, SkipMissingFonts = true });
        var geometries = new List<PageGeometry?>();
        var orientations = new Dictionary<int, (PageOrientation, PageSpace)>();
        for (var n = 1; n <= pdf.NumberOfPages; n++)
        {
            if (pages is not null)
            {
                geometries.Add(pages.GetValueOrDefault(n));
                continue;
            }
            try
            {
                var page = pdf.GetPage(n);
                orientations[n] = (PageOrientation.Of(page), PageSpace.Of(page));
                geometries.Add(PdfGeometryReader.Read(page, LayoutSettings.Default));
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                geometries.Add(null); // a page the reader could not parse is left out of the drawing, as extraction left it
            }
        }
        BoxedPdfWriter.Write(doc, pdf, bytes, Path.Combine(dir, boxed), EvidencePlan.For(doc),
            n => orientations.TryGetValue(n, out var o) ? o : pdf.GetPage(n) is var p ? (PageOrientation.Of(p), PageSpace.Of(p)) : default);
        ReviewPageWriter.Write(doc, reviewPath, geometries, Path.GetFileName(boxed));
        return new EvidenceFiles(Slash(review), Slash(boxed));
    }

    /// <summary>Copies an evidence file between output folders (merge); returns its relative path, or null when there is none.</summary>
    public static string? CopyFile(string fromDir, string toDir, string? relative)
    {
        if (relative is null) return null;
        var source = Path.Combine(fromDir, relative);
        if (!File.Exists(source)) return null;
        Datasets.AtomicFile.Copy(source, Path.Combine(toDir, relative));
        return relative;
    }

    static string Slash(string path) => path.Replace('\\', '/');
}
