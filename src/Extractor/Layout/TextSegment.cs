using Extractor.Raw;

namespace Extractor.Layout;

/// <summary>A run of a text line between wide gaps: one phrase, one cell of an unruled table, one number.</summary>
public sealed class TextSegment
{
    public required List<Glyph> Glyphs { get; init; }
    public required string Text { get; init; }
    public double Left => Glyphs[0].Left;
    public double Right => Glyphs[^1].Right;
    public required double Baseline { get; init; }
    public required double FontSize { get; init; }
    public bool Bold { get; init; }
    public double Top => Baseline + 0.78 * FontSize;
    public double Bottom => Baseline - 0.22 * FontSize;
    public BoundingBox Box => new(Left, Bottom, Right, Top);

    /// <summary>Splits a line wherever the gap between glyphs exceeds gapRatio × font size.</summary>
    public static List<TextSegment> Split(TextLine line, double gapRatio, LayoutSettings s)
    {
        var result = new List<TextSegment>();
        var start = 0;
        for (var i = 1; i <= line.Glyphs.Count; i++)
        {
            if (i < line.Glyphs.Count)
            {
                var gap = line.Glyphs[i].Left - line.Glyphs[i - 1].Right;
                if (gap <= gapRatio * line.FontSize) continue;
            }
            var glyphs = line.Glyphs.GetRange(start, i - start);
            result.Add(new TextSegment
            {
                Glyphs = glyphs, Text = TextAssembler.Join(glyphs, s), Baseline = line.Baseline, FontSize = line.FontSize,
                Bold = line.Bold,
            });
            start = i;
        }
        return result;
    }

    public override string ToString() => FormattableString.Invariant($"@{Baseline:0.#} [{Left:0.#}..{Right:0.#}] {Text}");
}
