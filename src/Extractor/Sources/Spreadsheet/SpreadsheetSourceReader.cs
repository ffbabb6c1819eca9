using Extractor.Raw;

namespace Extractor.Sources.Spreadsheet;

public sealed class SpreadsheetSourceReader : ISourceReader
{
    public IReadOnlyCollection<string> Formats { get; } = new[] { "xlsx","xls" };

    public RawDocument Read(string path, string format, CancellationToken cancel = default) =>
        throw new BadInputException($"{format} reading is not built yet");
}
