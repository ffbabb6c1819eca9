using Extractor.Model;
using Extractor.Raw;

namespace Extractor.Recognition;

/// <summary>What recognition hands to normalization: each block named, tables with their context, prose blocks in order.</summary>
public sealed class RecognizedDocument
{
    public required RawDocument Raw { get; init; }
    public DocumentMetadata Metadata { get; set; } = new();
    /// <summary>Entries of the 目录 that name tables, in order.</summary>
    public List<TocEntry> TableOfContents { get; } = new();
    /// <summary>Whether a 目录 was found at all.</summary>
    public bool HasTableOfContents { get; set; }
    public List<RecognizedTable> Tables { get; } = new();
    /// <summary>Text blocks that are not table titles, unit lines or table notes: the narrative, in reading order.</summary>
    public List<TextBlock> NarrativeBlocks { get; } = new();
}

/// <summary>A 目录 line: its printed title, and the table kind it names (null for non-table entries).</summary>
public sealed record TocEntry(string Title, string? Kind, int? Page, int? Line);

/// <summary>A raw table with everything printed around it that tells what it is.</summary>
public sealed class RecognizedTable
{
    public required RawTable Table { get; init; }
    public string Kind { get; set; } = TableKind.Other;
    public string? Title { get; set; }
    public string? Number { get; set; }
    public string? AmountUnit { get; set; }
    public string? ReportingUnit { get; set; }
    public string? ReportingUnitCode { get; set; }
    public int? HeaderYear { get; set; }
    public string? HeaderYearText { get; set; }
    public string? Note { get; set; }
    public bool DeclaredEmpty { get; set; }
    /// <summary>How the kind was decided (title, header, shape), for the report.</summary>
    public string? RecognisedBy { get; set; }
    /// <summary>First line/page of the title (provenance of the table as a whole).</summary>
    public int? TitleLine { get; set; }
    public int? TitlePage { get; set; }
}
