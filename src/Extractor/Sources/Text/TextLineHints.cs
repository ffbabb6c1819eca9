using System.Text.RegularExpressions;
using Extractor.Raw;
using static Extractor.Vocabulary.SourcePatterns;

namespace Extractor.Sources.Text;

/// <summary>What a single line of plain text looks like: a heading, a list item or a paragraph.</summary>
public static partial class TextLineHints
{
    /// <summary>Longest line (characters, spaces excluded) still taken for a numbered heading.</summary>
    public const int MaxHeadingLength = 40;

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

    static bool EndsLikeSentence(string s) => s.Length > 0 && SourcePatterns.SentenceEnds.Contains(s[^1]);
}
