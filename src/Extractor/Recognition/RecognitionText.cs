using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Recognition;

/// <summary>Small text helpers every recognition step shares: compacting, full-width folding, years.</summary>
public static partial class RecognitionText
{
    /// <summary>The text without any whitespace (ASCII, ideographic space, NBSP), full-width digits and letters folded.</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200B') continue;
            sb.Append(FoldWidth(ch));
        }
        return sb.ToString();
    }

    /// <summary>Full-width ASCII (０-９, Ａ-Ｚ, ：, （ …) folded to half width; other characters unchanged.</summary>
    public static char FoldWidth(char ch) => ch is >= '\uFF01' and <= '\uFF5E' ? (char)(ch - 0xFEE0) : ch;

    /// <summary>Whitespace runs collapsed to one space, ends trimmed; spaces between CJK and digits removed.</summary>
    public static string Tidy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var trimmed = text.Trim();
        if (!HasWhitespace(trimmed)) return trimmed;
        var s = Whitespace().Replace(trimmed, " ");
        return CjkGap().Replace(s, "");
    }

    /// <summary>Whitespace runs collapsed to one space, ends trimmed; nothing else changed (numbers as printed).</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var trimmed = text.Trim();
        return HasWhitespace(trimmed) ? Whitespace().Replace(trimmed, " ") : trimmed;
    }

    static bool HasWhitespace(string s)
    {
        foreach (var ch in s) if (char.IsWhiteSpace(ch)) return true;
        return false;
    }

    /// <summary>Compact text with quotes and brackets removed, for matching titles against the catalog.</summary>
    public static string ForMatching(string? text)
    {
        var s = Compact(text);
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            if (!Decoration.Contains(ch)) sb.Append(ch);
        return sb.ToString();
    }

    const string Decoration = "\"'“”‘’「」『』《》〈〉()（）[]【】〔〕<>";

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>A four-digit year 19xx/20xx followed by 年, e.g. 2025年, 2025 年度.</summary>
    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    public static partial Regex YearMention();

    /// <summary>The first year mentioned, or null.</summary>
    public static int? FirstYear(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = YearMention().Match(Compact(text));
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A space with a CJK character on one side and a CJK character or digit on the other.</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff\d])|(?<=[\u4e00-\u9fff\d]) (?=[\u4e00-\u9fff])")]
    private static partial Regex CjkGap();
}
