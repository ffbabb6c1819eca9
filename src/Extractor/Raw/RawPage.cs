namespace Extractor.Raw;

/// <summary>One page (PDF page, spreadsheet sheet, or the whole of an HTML/text/Word document).</summary>
public sealed class RawPage
{
    /// <summary>1-based page number as pdfinfo counts; sheets and flowing documents number from 1 too.</summary>
    public required int Number { get; init; }
    public double Width { get; init; }
    public double Height { get; init; }
    /// <summary>Page rotation in degrees (0, 90, 180, 270).</summary>
    public int Rotation { get; init; }
    /// <summary>Sheet name for spreadsheets.</summary>
    public string? Name { get; init; }
    /// <summary>Text blocks and tables in reading order.</summary>
    public List<RawBlock> Blocks { get; } = new();
    public PageQuality Quality { get; set; } = PageQuality.Ok;
    /// <summary>Why the page is not Ok, in words.</summary>
    public string? QualityReason { get; set; }
}

public enum PageQuality
{
    Ok,
    /// <summary>No text at all (cover, separator or blank page).</summary>
    Empty,
    /// <summary>Images only: a scan that needs OCR.</summary>
    NeedsOcr,
    /// <summary>Text decodes to garbage (U+FFFD, private-use, control characters).</summary>
    Unreadable,
}
