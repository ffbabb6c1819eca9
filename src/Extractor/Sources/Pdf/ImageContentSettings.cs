namespace Extractor.Sources.Pdf;

/// <summary>
/// Every tolerance of telling pictures on a page apart (tables printed as images, scans, charts, logos, banners), in
/// one place. Shares are of the upright page; lengths in points. Only image bounds and nearby text are looked at, never
/// pixels, so the check stays cheap.
/// </summary>
public sealed record ImageContentSettings
{
    public static readonly ImageContentSettings Default = new();

    /// <summary>Images whose boxes are this close are one picture (a scan or a table cut into strips).</summary>
    public double JoinGap { get; init; } = 2;
    /// <summary>A picture smaller than this share of the page is a logo, seal, QR code or ornament.</summary>
    public double MinPageShare { get; init; } = 0.08;
    /// <summary>A picture narrower than this share of the page width is a logo, seal or side ornament.</summary>
    public double MinWidthShare { get; init; } = 0.3;
    /// <summary>A picture lower than this share of the page height is a banner or a rule.</summary>
    public double MinHeightShare { get; init; } = 0.06;
    /// <summary>A picture with more characters than this printed over it is a background under text (the text is read).</summary>
    public int MaxCharactersOver { get; init; } = 3;
    /// <summary>Text lines at most this far above or below a picture are its caption or title.</summary>
    public double CaptionGap { get; init; } = 40;
    /// <summary>A picture with no caption covering at least this share of the page is taken for a table (charts are smaller).</summary>
    public double UncaptionedTableShare { get; init; } = 0.4;
    /// <summary>Pictures covering at least this share of a page without text make it a scan.</summary>
    public double ScanShare { get; init; } = 0.5;
    /// <summary>At least this many small pictures with no text over them that together cover at least
    /// <see cref="TextPicturesShare"/> of the page are text printed as pictures (lines rasterised one strip each).</summary>
    public int MinTextPictures { get; init; } = 8;
    public double TextPicturesShare { get; init; } = 0.1;
    /// <summary>A page without text drawing at least this many path segments shows words converted to outlines
    /// (a ruled but empty table draws a few hundred at most).</summary>
    public int OutlinedTextSegments { get; init; } = 2000;
    /// <summary>Words in a caption that make the picture a figure (chart, diagram, photo): 图1：收入预算, 收入结构图.</summary>
    public IReadOnlyList<string> FigureCaptionWords { get; init; } = PictureCaptionWords.Figure;
    /// <summary>Caption lines that make the picture a table: a title ending in 表 (optionally 续), a unit line.</summary>
    public IReadOnlyList<string> TableCaptionEndings { get; init; } = PictureCaptionWords.TableEndings;
    public IReadOnlyList<string> TableUnitPrefixes { get; init; } = PictureCaptionWords.UnitPrefixes;
    /// <summary>Words in the line before a picture that announce a table: 如下表, 见下表.</summary>
    public IReadOnlyList<string> TableMentions { get; init; } = PictureCaptionWords.TableMentions;
    /// <summary>Trailing characters ignored when reading a caption's ending.</summary>
    public string CaptionTrim { get; init; } = PictureCaptionWords.Trim;
}
