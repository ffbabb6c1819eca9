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
    /// <param name="pages">The PDF's pages as extraction read them (<see cref="EvidencePages.Add"/> given to the
    /// pipeline), when at hand: then no page is parsed again; null reads every page.</param>
    public static EvidenceFiles Write(BudgetDocument doc, string sourcePath, string dir, string name, EvidencePages? pages = null)
    {
        var plan = EvidencePlan.For(doc);
        var review = name + ReviewSuffix;
        var reviewPath = Path.Combine(dir, review);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(reviewPath))!);
        if (!string.Equals(doc.Format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            ReviewPageWriter.Write(doc, reviewPath, null, plan);
            return new EvidenceFiles(Slash(review), null);
        }

        var boxed = name + BoxedSuffix;
        // the PDF's structure (cross-references, page objects) for the incremental update; its pages' content is
        // parsed only when extraction's reading of them is not at hand
        using var pdf = PdfDocument.Open(sourcePath, new ParsingOptions { ClipPaths = true, SkipMissingFonts = true });
        pages ??= ReadPages(pdf);
        using (var original = File.OpenRead(sourcePath))
            BoxedPdfWriter.Write(pdf, original, Path.Combine(dir, boxed), plan, n => pages[n] ?? BoxedPdfWriter.ReadPage(pdf, n));
        var geometries = Enumerable.Range(1, pdf.NumberOfPages).Select(n => pages[n]?.Geometry).ToList();
        ReviewPageWriter.Write(doc, reviewPath, geometries, plan, Path.GetFileName(boxed));
        return new EvidenceFiles(Slash(review), Slash(boxed));
    }

    /// <summary>
    /// True for a document of an input without page geometry whose tables lack their source grid (read back from
    /// JSON, e.g. the cache): its review page would show the tables as read instead of as printed.
    /// </summary>
    public static bool NeedsSourceGrid(BudgetDocument doc) =>
        !string.Equals(doc.Format, "pdf", StringComparison.OrdinalIgnoreCase) && doc.Tables.Any(t => t.Source.Count == 0);

    /// <summary>Every page of the PDF read again (a document taken from the cache, or given without its pages).</summary>
    static EvidencePages ReadPages(PdfDocument pdf)
    {
        var pages = new EvidencePages();
        for (var n = 1; n <= pdf.NumberOfPages; n++)
        {
            try
            {
                var page = pdf.GetPage(n);
                pages.Add(new EvidencePage(n, PdfGeometryReader.Read(page, LayoutSettings.Default), PageOrientation.Of(page), PageSpace.Of(page)));
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                // a page the reader could not parse is left out of the drawing, as extraction left it
            }
        }
        return pages;
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
