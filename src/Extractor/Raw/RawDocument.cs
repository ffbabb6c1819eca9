namespace Extractor.Raw;

/// <summary>What every source reader produces: pages of text blocks and raw tables, nothing interpreted yet.</summary>
public sealed class RawDocument
{
    public required string SourcePath { get; init; }
    /// <summary>The input's file name (no folder): the document's identity in every output.</summary>
    public string FileName => Path.GetFileName(SourcePath);
    /// <summary>pdf, html, text, xlsx, xls, docx, doc.</summary>
    public required string Format { get; init; }
    public List<RawPage> Pages { get; } = new();
    /// <summary>Problems found while reading (unreadable page, needs OCR, hidden columns left out, encoding guessed).</summary>
    public List<SourceIssue> Issues { get; } = new();
    /// <summary>Facts about the source itself: encoding, producer, sheet names.</summary>
    public Dictionary<string, string> Properties { get; } = new();

    /// <summary>All blocks of all pages in reading order.</summary>
    public IEnumerable<RawBlock> Blocks => Pages.SelectMany(p => p.Blocks);
}
