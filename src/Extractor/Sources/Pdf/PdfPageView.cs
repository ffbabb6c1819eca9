using Extractor.Layout;
using Extractor.Raw;

namespace Extractor.Sources.Pdf;

/// <summary>
/// What the PDF reader saw on one page, for debugging tools (<c>tables --debug-svg</c>): the page as read, its layout
/// analysis (null when the page was not laid out: scan, empty, unreadable), the pictures on it, and how it was
/// turned upright (for drawing on the page again: evidence).
/// </summary>
public sealed record PdfPageView(RawPage Page, PageGeometry? Geometry, PageAnalysis? Analysis, IReadOnlyList<ImageRegion> Images)
{
    /// <summary>The orientation the page's text was written in when it had to be turned upright (Rotate90, ...), else null.</summary>
    public string? TurnedFrom { get; init; }
    /// <summary>How the page was turned upright (null when the page could not be parsed).</summary>
    public PageOrientation? Orientation { get; init; }
    /// <summary>From the page space letters are read in back to the page's own user space (null when the page could not be parsed).</summary>
    public PageSpace? Space { get; init; }
}
