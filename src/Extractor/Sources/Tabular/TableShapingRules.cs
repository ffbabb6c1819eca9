namespace Extractor.Sources.Tabular;

/// <summary>Every limit the table shaper uses, in one place (its keywords: Vocabulary/SourcePatterns).</summary>
public static class TableShapingRules
{
    /// <summary>A caption row holds at most this many printed cells.</summary>
    public const int MaxCaptionCells = 2;

    /// <summary>At most this many leading rows are lifted out as title and unit lines.</summary>
    public const int MaxCaptionRows = 6;

    /// <summary>A grid smaller than this (rows or columns) after shaping is read as text lines, not as a table.</summary>
    public const int MinTableRows = 2, MinTableColumns = 2;

    /// <summary>Longest text kept per hidden row or column in RawTable.Omitted.</summary>
    public const int OmittedTextLength = 160;
}
