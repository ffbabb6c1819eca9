using Extractor.Raw;

namespace Extractor.Sources;

/// <summary>Picks the reader for a file. Readers register by format; a missing one is a clear error.</summary>
public sealed class SourceRegistry
{
    readonly Dictionary<string, ISourceReader> _readers = new(StringComparer.OrdinalIgnoreCase);

    public SourceRegistry Add(ISourceReader reader)
    {
        foreach (var f in reader.Formats) _readers[f] = reader;
        return this;
    }

    public IReadOnlyCollection<string> Formats => _readers.Keys;

    /// <summary>The reader registered for a format, or null.</summary>
    public ISourceReader? For(string format) => _readers.TryGetValue(format, out var reader) ? reader : null;

    public RawDocument Read(string path, CancellationToken cancel = default)
    {
        var format = FormatSniffer.Detect(path);
        if (!_readers.TryGetValue(format, out var reader))
            throw new BadInputException($"no reader for format '{format}' in this build");
        return reader.Read(path, format, cancel);
    }
}
