using Extractor.Raw;

namespace Extractor.Sources.Word;

public sealed class WordSourceReader : ISourceReader
{
    public IReadOnlyCollection<string> Formats { get; } = new[] { "docx","doc" };

    public RawDocument Read(string path, string format, CancellationToken cancel = default) =>
        throw new BadInputException($"{format} reading is not built yet");
}
