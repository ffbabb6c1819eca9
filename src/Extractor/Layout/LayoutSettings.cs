namespace Extractor.Layout;

/// <summary>
/// Every tolerance of PDF table reconstruction in one place (points unless said otherwise), like pdfplumber's
/// TableSettings. The defaults suit budget tables exported by Excel, WPS, Word and finance systems.
/// </summary>
public sealed record LayoutSettings
{
    public static readonly LayoutSettings Default = new();

    // ---- rulings ----
    /// <summary>A segment shorter than this is not a ruling (glyph parts, ticks).</summary>
    public double MinRulingLength { get; init; } = 3;
    /// <summary>A filled rectangle thinner than this is a ruling; thicker ones give their four edges.</summary>
    public double MaxRulingThickness { get; init; } = 2.5;
    /// <summary>A stroked line wider than this is a bar, not a ruling.</summary>
    public double MaxStrokeWidth { get; init; } = 4;
    /// <summary>How far from axis-parallel a segment may be (points over its length).</summary>
    public double AxisTolerance { get; init; } = 1;
    /// <summary>Parallel rulings closer than this share one position.</summary>
    public double SnapTolerance { get; init; } = 2.5;
    /// <summary>Collinear rulings whose ends are this close are joined into one.</summary>
    public double JoinTolerance { get; init; } = 3;
    /// <summary>A horizontal and a vertical ruling this close count as touching.</summary>
    public double IntersectionTolerance { get; init; } = 3;
    /// <summary>Filled rectangles covering more than this share of the page are backgrounds, not cell borders.</summary>
    public double MaxBackgroundShare { get; init; } = 0.5;
    /// <summary>Fills lighter than this (each RGB channel, 0..1) are white backgrounds and give no rulings.</summary>
    public double WhiteFillLevel { get; init; } = 0.97;

    // ---- grids ----
    /// <summary>Grid lines closer than this (rows, columns) are one line.</summary>
    public double MinCellSize { get; init; } = 4;
    public int MinTableRows { get; init; } = 2;
    public int MinTableColumns { get; init; } = 2;
    /// <summary>A ruled row holding this many text lines in at least two columns has lost its inner rulings: split it.</summary>
    public int MinLinesToSplitRow { get; init; } = 2;

    // ---- text ----
    /// <summary>Glyphs whose vertical centres differ by less than this share of the font size sit on one line.</summary>
    public double SameLineRatio { get; init; } = 0.45;
    /// <summary>Between latin glyphs, a gap wider than this share of the font size is a space.</summary>
    public double WordGapRatio { get; init; } = 0.25;
    /// <summary>Between digits, a gap narrower than this share of the font size is a thin space (joined).</summary>
    public double ThinSpaceRatio { get; init; } = 0.9;
    /// <summary>A gap wider than this share of the font size splits a text line into separate segments.</summary>
    public double SegmentGapRatio { get; init; } = 2.0;
    /// <summary>Lines further apart than this share of the font size start a new paragraph.</summary>
    public double ParagraphGapRatio { get; init; } = 1.9;
    /// <summary>A line this much larger than the page's body text is a heading.</summary>
    public double HeadingSizeRatio { get; init; } = 1.2;
    /// <summary>Share of the page height at top and bottom where page numbers and running headers live.</summary>
    public double MarginBand { get; init; } = 0.09;
    /// <summary>A lone page number lying below (or above) everything else on the page may sit this share of the page height from its edge.</summary>
    public double PageNumberBand { get; init; } = 0.2;
    /// <summary>A margin line repeated on at least this share of pages (and 3 pages) is a running header or footer.</summary>
    public double RunningTextShare { get; init; } = 0.3;

    // ---- stream (unruled) tables ----
    /// <summary>A line with at least this many separated segments may be a table row.</summary>
    public int MinStreamColumns { get; init; } = 3;
    /// <summary>At least this many consecutive row-like lines make an unruled table.</summary>
    public int MinStreamRows { get; init; } = 3;
    /// <summary>Between row-like lines, a vertical gap larger than this share of the font size ends the table.</summary>
    public double StreamRowGapRatio { get; init; } = 3.0;
    /// <summary>At most this many lines in a row that are not row-like (wrapped names) stay inside an unruled table.</summary>
    public int MaxStreamWrappedLines { get; init; } = 2;
    /// <summary>A wrapped name line belongs to a neighbouring row when closer than this share of the table's row pitch.</summary>
    public double WrappedLineGapShare { get; init; } = 0.85;
    /// <summary>Without two adjacent plain rows to measure the pitch: closer than this share of the font size.</summary>
    public double WrappedLineFallbackGapRatio { get; init; } = 1.6;
    /// <summary>A name reaching this close (share of the font size) to its column's right edge was cut there and wraps.</summary>
    public double WrappedLineEdgeRatio { get; init; } = 1.5;

    /// <summary>
    /// An amount whose printed width falls short of its cell's (or unruled column's) width by at most this share of the
    /// font size fills the cell (two paddings and less than one more digit): when the next line of the cell completes
    /// it, the amount was cut by the cell's edge and wrapped ("370,219.2" above "5").
    /// </summary>
    public double WrappedAmountSlackRatio { get; init; } = 1.5;

    // ---- multi-page tables ----
    /// <summary>Column boundaries of a continuation may differ by this much.</summary>
    public double ContinuationColumnTolerance { get; init; } = 6;

    // ---- page quality ----
    /// <summary>A page whose non-space characters are at least this share garbage (U+FFFD, private use, controls) is unreadable.</summary>
    public double MaxGarbageShare { get; init; } = 0.1;
    /// <summary>A page with fewer non-space characters than this and images is a scan.</summary>
    public int MinTextCharacters { get; init; } = 8;
}
