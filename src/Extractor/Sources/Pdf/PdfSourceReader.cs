using Extractor.Raw;

namespace Extractor.Sources.Pdf;

public sealed class PdfSourceReader : ISourceReader
{
    public IReadOnlyCollection<string> Formats { get; } = new[] { "pdf" };

    public RawDocument Read(string path, string format, CancellationToken cancel = default) =>
        throw new BadInputException($"{format} reading is not built yet");
}
