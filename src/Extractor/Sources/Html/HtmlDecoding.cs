using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Sources.Html;

/// <summary>How an HTML page's bytes were turned into text.</summary>
public sealed record DecodedHtml(string Text, string Encoding, string Source, string? Issue, int InvalidBytes = 0);

/// <summary>
/// Decodes an HTML page: byte-order mark first, then the charset the page declares in a meta element
/// (&lt;meta charset&gt;, http-equiv Content-Type, or an XHTML page's XML declaration), then, for pages that declare nothing, <see cref="TextDecoding"/>
/// (strict UTF-8, GB18030, charset detector). A declaration the bytes contradict is overruled and reported.
/// </summary>
public static partial class HtmlDecoding
{
    /// <summary>How far into the file a meta charset is looked for (browsers use 1024; real pages put it later).</summary>
    const int PrescanBytes = 8192;

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)|^\s*<\?xml[^>]*?encoding\s*=\s*[""']([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static DecodedHtml Decode(byte[] bytes)
    {
        if (HasBom(bytes))
        {
            var d = TextDecoding.Decode(bytes);
            return new DecodedHtml(d.Text, d.Encoding, "bom", null, d.InvalidBytes);
        }

        var head = System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        var declared = MetaCharset().Match(head) is { Success: true } m
            ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Trim().ToLowerInvariant()
            : null;
        if (declared != null && declared is not ("utf-8" or "utf8") && bytes.Any(b => b >= 0x80) && TryStrict(bytes, "utf-8") is { } utf8)
            return new DecodedHtml(utf8, "utf-8", "detected",
                $"page declares charset {declared} but its bytes are UTF-8; decoded as utf-8");
        if (declared != null)
        {
            var strict = IsWesternSingleByte(declared) && bytes.Any(b => b >= 0x80) ? null : TryStrict(bytes, declared);
            if (strict != null) return new DecodedHtml(strict, declared, "meta", null);

            // The declared charset with a few damaged bytes: read as declared, the bytes replaced and counted.
            if (!IsWesternSingleByte(declared) && Lenient(bytes, declared) is { } lenient && lenient.InvalidBytes <= TextDecoding.TolerableInvalidBytes(bytes.Length))
                return new DecodedHtml(lenient.Text, declared, "meta", null, lenient.InvalidBytes);

            var d = TextDecoding.Decode(bytes);
            return new DecodedHtml(d.Text, d.Encoding, "detected",
                $"page declares charset {declared} but its bytes do not decode as {declared}; decoded as {d.Encoding}", d.InvalidBytes);
        }

        var found = TextDecoding.Decode(bytes);
        return new DecodedHtml(found.Text, found.Encoding, "detected",
            found.Encoding == "utf-8" ? null : $"page declares no charset; decoded as {found.Encoding} by detection", found.InvalidBytes);
    }

    static DecodedText? Lenient(byte[] bytes, string name)
    {
        try
        {
            var (text, bad) = TextDecoding.DecodeCounting(bytes, TextDecoding.GetEncoding(name));
            return new DecodedText(text, name, bad);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Single-byte Western charsets decode any bytes, so a Chinese page mislabelled with one would pass silently.</summary>
    static bool IsWesternSingleByte(string name) => name is "iso-8859-1" or "latin1" or "windows-1252" or "cp1252";

    static bool HasBom(byte[] b) =>
        (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) ||
        (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)));

    static string? TryStrict(byte[] bytes, string name)
    {
        try
        {
            var enc = (Encoding)TextDecoding.GetEncoding(name).Clone();
            enc.DecoderFallback = DecoderFallback.ExceptionFallback;
            return enc.GetString(bytes);
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
