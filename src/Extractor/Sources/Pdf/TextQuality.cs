namespace Extractor.Sources.Pdf;

/// <summary>
/// How usable a page's decoded text is. Garbage = U+FFFD, private-use and control characters; a page of Chinese
/// punctuation around latin letters and no ideographs is a font without a usable ToUnicode map.
/// </summary>
public readonly record struct TextQuality(int Characters, int Garbage, int Ideographs, int Latin, int CjkPunctuation, int LatinSupplement)
{
    public static TextQuality Measure(IEnumerable<string> texts)
    {
        int n = 0, bad = 0, ideo = 0, latin = 0, punct = 0, supplement = 0;
        string? previousBad = null;
        foreach (var t in texts)
            for (var i = 0; i < t.Length; i++)
            {
                var c = t[i];
                if (char.IsWhiteSpace(c) || char.IsLowSurrogate(c)) continue;
                n++;
                if (c == '\uFFFD' || char.IsControl(c) || c is >= '\uE000' and <= '\uF8FF' || char.IsHighSurrogate(c) && c >= '\uDB80')
                {
                    // a run of one repeated symbol (TOC leader dots in a private-use code) counts once
                    var glyph = char.IsHighSurrogate(c) && i + 1 < t.Length ? t.Substring(i, 2) : c.ToString();
                    if (glyph != previousBad) bad++;
                    previousBad = glyph;
                    continue;
                }
                previousBad = null;
                if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') ideo++;
                else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '`' or '{' or '|' or '}' or '~' or '^' or '_' or '@' or '&' or '<' or '>') latin++;
                else if (c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF') punct++;
                else if (c is >= '\u00A0' and <= '\u024F' and not '\u00B7' and not '\u00D7') supplement++;
            }
        return new TextQuality(n, bad, ideo, latin, punct, supplement);
    }

    public double GarbageShare => Characters == 0 ? 0 : (double)Garbage / Characters;

    /// <summary>The reason the text is unusable, or null when it reads.</summary>
    public string? UnreadableReason(double maxGarbageShare)
    {
        if (Characters == 0) return null;
        if (GarbageShare >= maxGarbageShare)
            return $"{Garbage} of {Characters} characters decode to U+FFFD, private-use or control characters (font without a usable ToUnicode map)";
        if (Characters >= 20 && LatinSupplement * 10 >= Characters && CjkPunctuation >= 3)
            return $"{LatinSupplement} of {Characters} characters are accented latin letters and symbols (£¬®°…) between Chinese punctuation: the font decodes to the wrong characters";
        if (Characters >= 20 && Ideographs * 20 < Characters && CjkPunctuation >= 3 && Latin * 3 > Characters)
            return $"Chinese punctuation around latin letters and no Chinese characters ({Latin} latin of {Characters}): the font decodes to the wrong characters";
        return null;
    }
}
