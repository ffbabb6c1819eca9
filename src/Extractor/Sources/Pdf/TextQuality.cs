namespace Extractor.Sources.Pdf;

/// <summary>
/// How usable a page's decoded text is. Garbage = U+FFFD, private-use and control characters; a page of Chinese
/// punctuation around latin letters and no ideographs is a font without a usable ToUnicode map.
/// </summary>
public readonly record struct TextQuality(int Characters, int Garbage, int Ideographs, int Latin, int CjkPunctuation)
{
    public static TextQuality Measure(IEnumerable<string> texts)
    {
        int n = 0, bad = 0, ideo = 0, latin = 0, punct = 0;
        foreach (var t in texts)
            foreach (var c in t)
            {
                if (char.IsWhiteSpace(c)) continue;
                n++;
                if (c == '\uFFFD' || char.IsControl(c) || c is >= '\uE000' and <= '\uF8FF' || char.IsSurrogate(c) && c >= '\uDB80') bad++;
                else if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') ideo++;
                else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '`' or '{' or '|' or '}' or '~' or '^' or '_' or '@' or '&' or '<' or '>') latin++;
                else if (c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF') punct++;
            }
        return new TextQuality(n, bad, ideo, latin, punct);
    }

    public double GarbageShare => Characters == 0 ? 0 : (double)Garbage / Characters;

    /// <summary>The reason the text is unusable, or null when it reads.</summary>
    public string? UnreadableReason(double maxGarbageShare)
    {
        if (Characters == 0) return null;
        if (GarbageShare >= maxGarbageShare)
            return $"{Garbage} of {Characters} characters decode to U+FFFD, private-use or control characters (font without a usable ToUnicode map)";
        if (Characters >= 20 && Ideographs * 20 < Characters && CjkPunctuation >= 3 && Latin * 3 > Characters)
            return $"Chinese punctuation around latin letters and no Chinese characters ({Latin} latin of {Characters}): the font decodes to the wrong characters";
        return null;
    }
}
