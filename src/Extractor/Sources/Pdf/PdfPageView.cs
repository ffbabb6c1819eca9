using Extractor.Layout;
using Extractor.Raw;

namespace Extractor.Sources.Pdf;

/// <summary>
/// What the PDF reader saw on one page, for debugging tools (<c>tables --debug-svg</c>): the page as read, its layout
/// analysis (null when the page was not laid out: scan, empty, unreadable) and the pictures on it.
/// </summary>
public sealed record PdfPageView(RawPage Page, PageGeometry? Geometry, PageAnalysis? Analysis, IReadOnlyList<ImageRegion> Images)
{
    /// <summary>The orientation the page's text was written in when it had to be turned upright (Rotate90, ...), else null.</summary>
    public string? TurnedFrom { get; init; }
}
