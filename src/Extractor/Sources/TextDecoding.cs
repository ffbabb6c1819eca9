using System.Text;
using Extractor.Raw;
using UtfUnknown;
using Extractor.Model;

namespace Extractor.Sources;

/// <summary>Decoded text, the encoding used, and how many invalid bytes were replaced by U+FFFD (0 for a clean decode).</summary>
public sealed record DecodedText(string Text, string Encoding, int InvalidBytes = 0);

/// <summary>
/// Decodes bytes whose encoding is not declared: BOM first, strict UTF-8 second, strict GB18030 and a charset detector
/// third; when nothing decodes cleanly, the best of UTF-8 and GB18030 with its few invalid bytes replaced (and counted).
/// </summary>
public static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030 is a superset of GB2312 and GBK: decode any of them with it.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static Encoding GetEncoding(string name)
    {
        _ = Gb18030;
        var n = name.Trim().ToLowerInvariant();
        if (n is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "windows-936") return Gb18030;
        return Encoding.GetEncoding(n);
    }

    /// <summary>
    /// Invalid bytes a document may hold and still be read (the rest replaced and reported): 16, or 0.5 % of its bytes.
    /// More than that means the guess of encoding is wrong or the file is not text.
    /// </summary>
    public static int TolerableInvalidBytes(int length) => Math.Max(16, length / 200);

    /// <summary>The issue a document carries when invalid bytes were replaced.</summary>
    public static SourceIssue InvalidBytesIssue(int invalid, string encoding) =>
        new(IssueCode.InvalidBytes, $"{invalid} invalid byte(s) could not be decoded as {encoding} and were replaced by U+FFFD; the rest of the document was read");

    /// <summary>
    /// The text, the encoding used and the invalid bytes replaced. Throws <see cref="BadInputException"/> when no
    /// encoding reads the bytes with at most <see cref="TolerableInvalidBytes"/> invalid ones.
    /// </summary>
    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            var (t, bad) = DecodeCounting(bytes.AsSpan(3), new UTF8Encoding(false));
            return new DecodedText(t, "utf-8-bom", bad);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return new DecodedText(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be");

        try
        {
            return new DecodedText(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException) { }

        // Not UTF-8: try GB18030 strictly (the usual legacy encoding of these documents), then ask the detector.
        var gb = TryStrict(bytes, "GB18030");
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected?.Encoding != null && detected.Confidence > 0.5f && !IsGbFamily(detected.EncodingName))
        {
            var other = TryStrict(bytes, detected.EncodingName);
            if (other != null && (gb == null || CjkShare(other) > CjkShare(gb))) return new DecodedText(other, detected.EncodingName.ToLowerInvariant());
        }
        if (gb != null) return new DecodedText(gb, "gb18030");

        // Nothing decodes cleanly: a few damaged bytes in an otherwise good file are replaced and counted.
        var (utf8, badUtf8) = DecodeCounting(bytes, new UTF8Encoding(false));
        var (gbText, badGb) = DecodeCounting(bytes, Gb18030);
        var best = badGb <= badUtf8 ? new DecodedText(gbText, "gb18030", badGb) : new DecodedText(utf8, "utf-8", badUtf8);
        if (best.InvalidBytes <= TolerableInvalidBytes(bytes.Length)) return best;
        throw new BadInputException("unreadable encoding: the bytes are neither UTF-8 nor GB18030/GBK " +
            $"({badUtf8} invalid bytes as UTF-8, {badGb} as GB18030 of {bytes.Length})" +
            (detected != null ? $"; the charset detector guessed {detected.EncodingName} at {detected.Confidence:P0}" : ""));
    }

    /// <summary>
    /// Decodes with <paramref name="encoding"/>, replacing each invalid byte by U+FFFD and counting the bytes replaced.
    /// An ASCII byte the decoder swallowed with an invalid lead byte (GB18030 takes 0x81 0x31 as the start of a
    /// four-byte sequence) is given back, so a damaged byte before a digit never costs the digit.
    /// </summary>
    public static (string Text, int InvalidBytes) DecodeCounting(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var fallback = new CountingFallback();
        var enc = (Encoding)encoding.Clone();
        enc.DecoderFallback = fallback;
        var chars = new char[enc.GetCharCount(bytes)];
        fallback.Count = 0; // counted once, in the decoding pass below
        var n = enc.GetChars(bytes, chars);
        return (new string(chars, 0, n), fallback.Count);
    }

    /// <summary>Replaces invalid bytes by U+FFFD (ASCII bytes among them kept as themselves) and counts them.</summary>
    sealed class CountingFallback : DecoderFallback
    {
        public int Count;
        public override int MaxCharCount => 8;
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            readonly Queue<char> _pending = new();
            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                for (var i = 0; i < bytesUnknown.Length; i++)
                {
                    if (i > 0 && bytesUnknown[i] < 0x80) _pending.Enqueue((char)bytesUnknown[i]);
                    else
                    {
                        owner.Count++;
                        _pending.Enqueue('\uFFFD');
                    }
                }
                return true;
            }
            public override char GetNextChar() => _pending.Count > 0 ? _pending.Dequeue() : '\0';
            public override bool MovePrevious() => false;
            public override int Remaining => _pending.Count;
            public override void Reset() => _pending.Clear();
        }
    }

    static bool IsGbFamily(string name) => name.ToLowerInvariant() is "gb18030" or "gb2312" or "gbk" or "hz-gb-2312";

    static string? TryStrict(byte[] bytes, string name)
    {
        try
        {
            var enc = (Encoding)GetEncoding(name).Clone();
            enc.DecoderFallback = DecoderFallback.ExceptionFallback;
            return enc.GetString(bytes);
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    static double CjkShare(string s)
    {
        if (s.Length == 0) return 0;
        var n = 0;
        foreach (var c in s) if (PrintedText.IsIdeograph(c)) n++;
        return (double)n / s.Length;
    }
}
