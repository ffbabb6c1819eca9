using Extractor.Layout;
using Extractor.Sources.Pdf;

namespace Extractor.Evidence;

/// <summary>A PDF page as extraction read it, kept for drawing on it: its upright geometry (null when it could not be
/// laid out), how it was turned upright, and the map back to its own user space.</summary>
public sealed record EvidencePage(int Number, PageGeometry? Geometry, PageOrientation Orientation, PageSpace Space);

/// <summary>
/// The pages of one PDF as the reader lays them out, collected during extraction (pass <see cref="Add"/> as
/// <c>ExtractionPipeline.Process</c>'s onPdfPage) so that evidence draws them without reading the PDF's pages again.
/// </summary>
public sealed class EvidencePages
{
    readonly Dictionary<int, EvidencePage> _pages = new();

    /// <summary>Keeps a page the reader could parse (an unparsable page has nothing to draw on).</summary>
    public void Add(PdfPageView view)
    {
        if (view.Orientation is { } orientation && view.Space is { } space)
            _pages[view.Page.Number] = new EvidencePage(view.Page.Number, view.Geometry, orientation, space);
    }

    public void Add(EvidencePage page) => _pages[page.Number] = page;

    /// <summary>The page numbered <paramref name="number"/> (1-based), or null when it was not read.</summary>
    public EvidencePage? this[int number] => _pages.GetValueOrDefault(number);

    public int Count => _pages.Count;
}
