using Extractor.Raw;

namespace Extractor.Sources.Text;

public sealed class TextSourceReader : ISourceReader
{
    public IReadOnlyCollection<string> Formats { get; } = new[] { "text" };

    public RawDocument Read(string path, string format, CancellationToken cancel = default) =>
        throw new BadInputException($"{format} reading is not built yet");
}
