using System.Text;

namespace Extractor.Sources.Html;

/// <summary>
/// Measures how deep a page nests its elements, on the raw bytes and without building a tree, so a page nested
/// thousands deep is refused before the parser spends gigabytes on it. Counted: start tags of elements that need an
/// end tag; not counted: void elements (br, img …), self-closed tags and elements whose end tag is optional (p, li,
/// td, tr …), so sloppy but ordinary pages stay shallow. Comments, declarations and the content of script, style,
/// textarea and title are skipped. Tag bytes are ASCII in UTF-8 and in GB18030 alike (no trail byte is '&lt;' or '&gt;').
/// </summary>
public static class HtmlNesting
{
    static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen",
        // end tag optional
        "p", "li", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "dt", "dd", "rb", "rt", "rtc", "rp",
        "colgroup", "caption", "html", "head", "body",
    };

    static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "xmp" };

    /// <summary>The deepest nesting found, or the first depth above <paramref name="stopAt"/>.</summary>
    public static int MaxDepth(ReadOnlySpan<byte> b, int stopAt = int.MaxValue)
    {
        int depth = 0, max = 0, i = 0;
        var name = new StringBuilder();
        while (i < b.Length)
        {
            var lt = b[i..].IndexOf((byte)'<');
            if (lt < 0) break;
            i += lt;
            if (b[i..].StartsWith("<!--"u8))
            {
                var end = b[(i + 4)..].IndexOf("-->"u8);
                if (end < 0) break;
                i += 4 + end + 3;
                continue;
            }
            var close = i + 1 < b.Length && b[i + 1] == '/';
            var j = i + (close ? 2 : 1);
            name.Clear();
            while (j < b.Length && (IsAsciiLetterOrDigit(b[j]) || b[j] is (byte)':' or (byte)'-'))
            {
                name.Append((char)(b[j] | 0x20));
                j++;
            }
            if (name.Length == 0 || !IsAsciiLetter((byte)name[0]))
            {
                i++;
                continue;
            }
            var gt = TagEnd(b, j);
            if (gt < 0) break;
            var selfClosed = b[gt - 1] == '/';
            var tag = name.ToString();
            i = gt + 1;
            if (!close && RawText.Contains(tag))
            {
                // Skip to the matching end tag.
                var endTag = Encoding.ASCII.GetBytes("</" + tag);
                var k = IndexOfIgnoreCase(b[i..], endTag);
                if (k < 0) break;
                i += k;
                continue;
            }
            if (NotCounted.Contains(tag)) continue;
            if (close) { if (depth > 0) depth--; }
            else if (!selfClosed)
            {
                depth++;
                if (depth > max) max = depth;
                if (max > stopAt) return max;
            }
        }
        return max;
    }

    /// <summary>The '&gt;' ending a tag whose name ends before <paramref name="from"/>, quoted attribute values skipped.</summary>
    static int TagEnd(ReadOnlySpan<byte> b, int from)
    {
        byte quote = 0;
        for (var k = from; k < b.Length; k++)
        {
            var c = b[k];
            if (quote != 0) { if (c == quote) quote = 0; }
            else if (c is (byte)'"' or (byte)'\'') quote = c;
            else if (c == '>') return k;
        }
        return -1;
    }

    static int IndexOfIgnoreCase(ReadOnlySpan<byte> hay, byte[] needle)
    {
        for (var k = 0; k + needle.Length <= hay.Length; k++)
        {
            var k2 = hay[k..].IndexOf((byte)'<');
            if (k2 < 0) return -1;
            k += k2;
            if (k + needle.Length > hay.Length) return -1;
            var match = true;
            for (var m = 0; m < needle.Length && match; m++) match = (hay[k + m] | 0x20) == (needle[m] | 0x20) || hay[k + m] == needle[m];
            if (match) return k;
        }
        return -1;
    }

    static bool IsAsciiLetter(byte c) => (c | 0x20) is >= (byte)'a' and <= (byte)'z';
    static bool IsAsciiLetterOrDigit(byte c) => IsAsciiLetter(c) || c is >= (byte)'0' and <= (byte)'9';
}
