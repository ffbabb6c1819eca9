using System.Text;

namespace Extractor.Layout;

/// <summary>
/// Letters → lines → text. Chinese has no spaces: CJK neighbours join directly, digits split by thin spaces rejoin,
/// and a space is inserted only between latin words whose gap says so.
/// </summary>
public static class TextAssembler
{
    /// <summary>Groups glyphs into lines (top to bottom), each sorted left to right.</summary>
    public static List<TextLine> Lines(IEnumerable<Glyph> glyphs, LayoutSettings s)
    {
        var sorted = glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Text)).ToList();
        sorted.Sort((a, b) => b.CenterY.CompareTo(a.CenterY));
        var lines = new List<TextLine>();
        var current = new List<Glyph>();
        double lineY = 0, lineSize = 0;
        foreach (var g in sorted)
        {
            if (current.Count > 0 && lineY - g.CenterY > s.SameLineRatio * Math.Max(lineSize, g.FontSize))
            {
                lines.Add(MakeLine(current, s));
                current = new List<Glyph>();
            }
            if (current.Count == 0) { lineY = g.CenterY; lineSize = g.FontSize; }
            current.Add(g);
        }
        if (current.Count > 0) lines.Add(MakeLine(current, s));
        return lines;
    }

    static TextLine MakeLine(List<Glyph> glyphs, LayoutSettings s)
    {
        glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
        var sizes = glyphs.Select(g => g.FontSize).OrderBy(x => x).ToList();
        var size = sizes[sizes.Count / 2];
        var baselines = glyphs.Select(g => g.Baseline).OrderBy(x => x).ToList();
        return new TextLine
        {
            Glyphs = glyphs,
            Text = Join(glyphs, s),
            Baseline = baselines[baselines.Count / 2],
            FontSize = size,
            Bold = glyphs.Count(g => g.Bold) * 2 > glyphs.Count,
        };
    }

    /// <summary>Text of glyphs on one line, left to right.</summary>
    public static string Join(IReadOnlyList<Glyph> glyphs, LayoutSettings s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glyphs.Count; i++)
        {
            var g = glyphs[i];
            if (i > 0)
            {
                var prev = glyphs[i - 1];
                // overprinted duplicates (fake bold) are printed once
                if (prev.Text == g.Text && Math.Abs(prev.Left - g.Left) < 0.3 * g.FontSize) continue;
                if (NeedsSpace(prev, g, s)) sb.Append(' ');
            }
            sb.Append(g.Text);
        }
        return sb.ToString();
    }

    static bool NeedsSpace(Glyph prev, Glyph next, LayoutSettings s)
    {
        var gap = next.Left - prev.Right;
        var size = Math.Max(prev.FontSize, next.FontSize);
        char a = prev.Text[^1], b = next.Text[0];
        if (PrintedText.IsCjk(a) || PrintedText.IsCjk(b)) return gap > s.SegmentGapRatio * size;
        if (IsNumeric(a) && IsNumeric(b)) return gap > s.ThinSpaceRatio * size;
        return gap > s.WordGapRatio * size;
    }

    /// <summary>Lines of one cell joined: no separator where CJK meets CJK, a space between latin words.</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            if (sb.Length > 0 && !PrintedText.IsCjk(sb[^1]) && !PrintedText.IsCjk(line[0]) && char.IsLetter(sb[^1]) && char.IsLetter(line[0])) sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    static bool IsNumeric(char c) => char.IsDigit(c) || c is ',' or '.' or '-';
}
