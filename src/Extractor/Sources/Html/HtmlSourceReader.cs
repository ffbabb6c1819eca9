using Extractor.Raw;

namespace Extractor.Sources.Html;

public sealed class HtmlSourceReader : ISourceReader
{
    public IReadOnlyCollection<string> Formats { get; } = new[] { "html" };

    public RawDocument Read(string path, string format, CancellationToken cancel = default) =>
        throw new BadInputException($"{format} reading is not built yet");
}
