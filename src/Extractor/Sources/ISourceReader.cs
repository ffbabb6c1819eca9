using Extractor.Raw;

namespace Extractor.Sources;

/// <summary>A reader for one input format. Every reader yields the same raw model.</summary>
public interface ISourceReader
{
    /// <summary>The format key this reader produces (pdf, html, text, xlsx, xls, docx, doc).</summary>
    IReadOnlyCollection<string> Formats { get; }

    /// <summary>Reads the file. Throws <see cref="BadInputException"/> with a reason a user can act on.</summary>
    RawDocument Read(string path, string format, CancellationToken cancel = default);
}
