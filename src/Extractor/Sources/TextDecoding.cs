using System.Text;
using UtfUnknown;

namespace Extractor.Sources;

/// <summary>Decodes bytes whose encoding is not declared: BOM first, strict UTF-8 second, a charset detector third.</summary>
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

    /// <summary>The text and the name of the encoding used. Throws <see cref="BadInputException"/> when nothing decodes cleanly.</summary>
    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3), "utf-8-bom");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be");

        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException) { }

        // Not UTF-8: try GB18030 strictly (the usual legacy encoding of these documents), then ask the detector.
        var gb = TryStrict(bytes, "GB18030");
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected?.Encoding != null && detected.Confidence > 0.5f && !IsGbFamily(detected.EncodingName))
        {
            var other = TryStrict(bytes, detected.EncodingName);
            if (other != null && (gb == null || CjkShare(other) > CjkShare(gb))) return (other, detected.EncodingName.ToLowerInvariant());
        }
        if (gb != null) return (gb, "gb18030");
        throw new BadInputException("unreadable encoding: the bytes are neither UTF-8 nor GB18030/GBK" +
            (detected != null ? $" (detector guessed {detected.EncodingName} at {detected.Confidence:P0})" : ""));
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
