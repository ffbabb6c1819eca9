using Extractor.Raw;

namespace Extractor.Layout;

/// <summary>Glyphs sharing a baseline, left to right.</summary>
public sealed class TextLine
{
    public required List<Glyph> Glyphs { get; init; }
    public required string Text { get; init; }
    public double Left => Glyphs[0].Left;
    public double Right => Glyphs[^1].Right;
    public double Baseline { get; init; }
    public double FontSize { get; init; }
    public bool Bold { get; init; }
    public double Top => Baseline + 0.78 * FontSize;
    public double Bottom => Baseline - 0.22 * FontSize;
    public BoundingBox Box => new(Left, Bottom, Right, Top);
    public double CenterX => (Left + Right) / 2;

    public override string ToString() => FormattableString.Invariant($"@{Baseline:0.#} [{Left:0.#}..{Right:0.#}] {Text}");
}
