using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>
/// The one text normaliser. Every stage that compares printed text with the vocabulary uses one of these named modes,
/// and all of them fold width the same way (full-width ASCII ！…～ to half width, the ideographic space to a space):
/// <list type="bullet">
/// <item><see cref="Fold"/>: one character for one character (a match in the folded text cuts the same span out of the printed text).</item>
/// <item><see cref="Compact"/>: folded, every kind of white space and zero-width space removed: the form labels, titles and headings are compared in.</item>
/// <item><see cref="ForMatching"/>: compact, quotes and brackets removed (titles against title rules).</item>
/// <item><see cref="Label"/>: compact, quotes removed, brackets kept (half width): row and column labels as keys.</item>
/// <item><see cref="LabelKey"/>: a label without its ordinal prefix (一、 (一) 1.), leading 其中: and leading year.</item>
/// <item><see cref="Tidy"/> / <see cref="Collapse"/>: white space runs to one space, for text shown to a reader.</item>
/// <item><see cref="Clean"/>: how sources turn a cell's or block's white space into printed text.</item>
/// </list>
/// </summary>
public static partial class PrintedText
{
    /// <summary>Full-width ASCII (０-９, Ａ-Ｚ, ：, （ …) folded to half width, the ideographic space to a space; others unchanged.</summary>
    public static char FoldWidth(char ch) => ch switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
        '\u3000' => ' ',
        _ => ch,
    };

    /// <summary>Width folded one character for one character (same length as the input).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text) sb.Append(FoldWidth(ch));
        return sb.ToString();
    }

    /// <summary>The text without any white space (ASCII, ideographic, NBSP, zero-width), width folded.</summary>
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

    /// <summary>Compact text with quotes and brackets removed, for matching titles against the catalog.</summary>
    public static string ForMatching(string? text) => Without(Compact(text), Punctuation.Quotes + Punctuation.Brackets);

    /// <summary>The label opens an 其中 line (a detail of the line above it, not its sibling).</summary>
    public static bool IsOfWhich(string? label) => Label(label).StartsWith(GovernmentWords.OfWhich, StringComparison.Ordinal);

    /// <summary>Compact text with quotes removed; brackets and colons stay (half width): a printed label as a key.</summary>
    public static string Label(string? text) => Without(Compact(text), Punctuation.Quotes);

    /// <summary>Label form without an ordinal prefix (一、 (一) 1.), a leading 其中: and a leading year (2025年).</summary>
    public static string LabelKey(string? text)
    {
        var s = Label(text);
        for (var i = 0; i < 3; i++)
        {
            var before = s;
            s = LabelPatterns.OrdinalPrefix().Replace(s, "");
            s = LabelPatterns.OfWhichPrefix().Replace(s, "");
            s = LabelPatterns.YearPrefix().Replace(s, "");
            if (s == before) break;
        }
        return s;
    }

    /// <summary>The printed name without its ordinal prefix, otherwise as printed (trimmed).</summary>
    public static string WithoutOrdinal(string text) => LabelPatterns.OrdinalPrefix().Replace(text.Trim(), "").Trim();

    static string Without(string s, string drop)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            if (drop.IndexOf(ch) < 0) sb.Append(ch);
        return sb.ToString();
    }

    /// <summary>White space runs collapsed to one space, ends trimmed; spaces between CJK and digits removed.</summary>
    public static string Tidy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var trimmed = text.Trim();
        if (!HasWhitespace(trimmed)) return trimmed;
        var s = Whitespace().Replace(trimmed, " ");
        return CjkGap().Replace(s, "");
    }

    /// <summary>White space runs collapsed to one space, ends trimmed; nothing else changed (numbers as printed).</summary>
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

    /// <summary>A hard line break inside a block (HTML &lt;br&gt;, Word break): readers put this, not '\n', where the source breaks a line.</summary>
    public const char LineBreak = '\u2028';

    /// <summary>
    /// White space as sources print it: runs collapse to one space; a run holding a line break between two CJK
    /// characters (source wrapping, a cell's second line) disappears; a typed space between CJK characters stays one
    /// space; invisible characters are dropped. Width is not folded: this is the printed text.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue; // invisible
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = sb.Length > 0;
                pendingBreak |= c is '\n' or '\r' or LineBreak or '\u2029';
                continue;
            }
            if (pendingSpace && !(pendingBreak && IsCjk(sb[^1]) && IsCjk(c))) sb.Append(' ');
            pendingSpace = pendingBreak = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>How many times <paramref name="word"/> stands in <paramref name="text"/>, occurrences not overlapping.</summary>
    public static int Mentions(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>Splits on hard line breaks (<see cref="LineBreak"/>) and cleans each line; empty lines are dropped.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split(LineBreak).Select(Clean).Where(l => l.Length > 0);

    /// <summary>A Han ideograph (unified ideographs and extension A): the characters Chinese words are made of.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>Han ideographs, radicals, CJK punctuation, full-width forms, curly quotes: characters that print without spaces between them.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'   // radicals, CJK punctuation, kana, extension A, unified ideographs
          or >= '\uFF00' and <= '\uFFEF'   // full-width forms
          or >= '\uF900' and <= '\uFAFF'   // compatibility ideographs
          or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2026' or '\u00B7';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A space with a CJK character on one side and a CJK character or digit on the other.</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff\d])|(?<=[\u4e00-\u9fff\d]) (?=[\u4e00-\u9fff])")]
    private static partial Regex CjkGap();
}
