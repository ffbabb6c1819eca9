namespace Extractor.Layout;

/// <summary>What layout needs from one page: its upright size, glyphs and rulings. Built by the PDF source.</summary>
public sealed class PageGeometry
{
    public required int Number { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    public List<Glyph> Glyphs { get; init; } = new();
    public List<Ruling> Rulings { get; init; } = new();
}
