using Extractor.Raw;

namespace Extractor.Layout;

/// <summary>What layout made of one page: blocks in reading order, plus the intermediate geometry for debugging.</summary>
public sealed class PageAnalysis
{
    public required PageGeometry Geometry { get; init; }
    public List<RawBlock> Blocks { get; } = new();
    public List<Ruling> Rulings { get; init; } = new();
    public List<RuledGrid> Grids { get; init; } = new();
}
