using System.Text.RegularExpressions;
using Extractor.Raw;

namespace Extractor.Sources.Text;

/// <summary>What a single line of plain text looks like: a heading, a list item or a paragraph.</summary>
public static partial class TextLineHints
{
    /// <summary>Longest line (characters, spaces excluded) still taken for a numbered heading.</summary>
    public const int MaxHeadingLength = 40;

    [GeneratedRegex(@"^第[一二三四五六七八九十百\d]+(部分|章|节|篇)")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^目\s*录$")]
    private static partial Regex Contents();

    [GeneratedRegex(@"^[-•·*]\s+")]
    private static partial Regex ListMarker();

    public static TextHint HintFor(string line, out string text)
    {
        text = line;
        var marker = ListMarker().Match(line);
        if (marker.Success)
        {
            text = line[marker.Length..].Trim();
            return TextHint.ListItem;
        }
        if (Contents().IsMatch(line) || PartHeading().IsMatch(line)) return TextHint.Heading;
        var compact = line.Replace(" ", "").Replace("\u3000", "");
        if (NumberedHeading().IsMatch(compact) && compact.Length <= MaxHeadingLength && !EndsLikeSentence(compact))
            return TextHint.Heading;
        return TextHint.Paragraph;
    }

    static bool EndsLikeSentence(string s) => s.Length > 0 && "。；;，,：:".Contains(s[^1]);
}
