using Extractor.Raw;

namespace Extractor.Sources.Pdf;

/// <summary>What a picture on a page is taken for.</summary>
public enum ImageKind
{
    /// <summary>Small, narrow or low (logo, seal, QR code, banner) or under printed text (a background): nothing lost.</summary>
    Decoration,
    /// <summary>A chart, diagram or photo: captioned 图…, or uncaptioned and smaller than a table would be.</summary>
    Figure,
    /// <summary>Most likely a table printed as an image (titled …表 or a unit line, or large): needs OCR.</summary>
    Table,
}

/// <summary>
/// One picture on a page (touching images joined), in upright page space, with the text lines just above and below
/// it that tell what it is.
/// </summary>
public sealed record ImageRegion(BoundingBox Box, double PageShare, int CharactersOver, string? TextAbove, string? TextBelow, ImageKind Kind)
{
    /// <summary>"358×221 pt covering 16% of the page".</summary>
    public string Describe() => FormattableString.Invariant($"an image of about {Box.Width:0}×{Box.Height:0} pt covering {PageShare:0%} of the page");
}
