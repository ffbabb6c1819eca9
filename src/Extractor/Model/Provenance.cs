using Extractor.Raw;

namespace Extractor.Model;

/// <summary>Where a value was printed: file, page, table, row and column of the raw grid, line, box.</summary>
public sealed record Provenance
{
    public int? Page { get; init; }
    /// <summary>Source line (text sources).</summary>
    public int? Line { get; init; }
    /// <summary>Row index in the raw table grid (0-based, header rows included).</summary>
    public int? Row { get; init; }
    /// <summary>Column index in the raw table grid (0-based).</summary>
    public int? Column { get; init; }
    public BoundingBox? Box { get; init; }
    /// <summary>Spreadsheets: the sheet's name.</summary>
    public string? Sheet { get; init; }
    /// <summary>Spreadsheets: the cell's address in the sheet as Excel names it (C12), hidden rows and columns counted.</summary>
    public string? Cell { get; init; }

    /// <summary>Where a block of the source is printed: its page, first line and box (a paragraph's box on PDF pages).</summary>
    public static Provenance Of(RawBlock block) => new() { Page = block.Page, Line = block.Line, Box = block.Box };
}
