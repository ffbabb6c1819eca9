using Extractor.Raw;

namespace Extractor.Sources.Text;

/// <summary>
/// Reads plain-text budget copies (.txt, .tsv, .csv): decodes the bytes (encoding detected, never assumed), then splits
/// the lines into text blocks and tab- or comma-separated tables, each keeping its 1-based source line.
/// </summary>
public sealed class TextSourceReader : ISourceReader
{
    public IReadOnlyCollection<string> Formats { get; } = new[] { "text" };

    /// <summary>The largest file read.</summary>
    public SourceLimits Limits { get; init; } = SourceLimits.Default;

    public RawDocument Read(string path, string format, CancellationToken cancel = default)
    {
        byte[] bytes;
        try
        {
            Limits.CheckTextFile(path, "text");
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e) { throw new BadInputException("cannot read the file: " + e.Message, e); }
        catch (UnauthorizedAccessException e) { throw new BadInputException("no permission to read the file", e); }

        var text = DecodeText(bytes, out var encoding, out var invalid);
        var separator = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? TextLineSplitter.Separator.Comma
            : TextLineSplitter.Separator.Tab;

        var doc = new RawDocument { SourcePath = path, Format = format };
        doc.Properties["encoding"] = encoding;
        if (invalid > 0) doc.Issues.Add(TextDecoding.InvalidBytesIssue(invalid, encoding));
        var page = new RawPage { Number = 1 };
        page.Blocks.AddRange(TextLineSplitter.Split(text, separator));
        doc.Pages.Add(page);
        return doc;
    }

    /// <summary>Decodes the bytes or says, in plain words, why they are not usable text.</summary>
    public static string DecodeText(byte[] bytes, out string encoding) => DecodeText(bytes, out encoding, out _);

    /// <summary>Decodes the bytes or says why they are not usable text; <paramref name="invalid"/> counts invalid bytes replaced.</summary>
    public static string DecodeText(byte[] bytes, out string encoding, out int invalid)
    {
        if (bytes.Length == 0) throw new BadInputException("empty file (0 bytes)");
        if (!HasUnicodeBom(bytes) && Array.IndexOf(bytes, (byte)0) >= 0)
            throw new BadInputException("binary content: the file holds NUL bytes, so it is not plain text");

        var decoded = TextDecoding.Decode(bytes);
        var (text, name) = (decoded.Text, decoded.Encoding);
        encoding = name;
        invalid = decoded.InvalidBytes;
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) throw new BadInputException("no text: the file holds only whitespace");

        var bad = 0;
        foreach (var c in text)
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))) bad++;
        bad -= invalid; // replaced invalid bytes are counted and reported, not garbage
        if (bad > Math.Max(2, text.Length / 100))
            throw new BadInputException($"binary or garbled content: {bad} control or replacement characters after decoding as {name}");
        return text;
    }

    static bool HasUnicodeBom(byte[] b) =>
        b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));
}
