using Extractor.Layout;

namespace Extractor.Tests.Layout;

public class RulingMergerTests
{
    static readonly LayoutSettings S = LayoutSettings.Default;

    [Fact]
    public void NearlyCollinearPiecesSnapAndJoinIntoOneRuling()
    {
        var merged = RulingMerger.Merge(new[] { Ruling.H(100, 0, 50), Ruling.H(100.8, 51, 120), Ruling.H(99.6, 119, 200) }, S);
        var one = Assert.Single(merged);
        Assert.Equal((0d, 200d), (one.Start, one.End));
        Assert.InRange(one.Position, 99.6, 100.8);
    }

    [Fact]
    public void PiecesFarApartStaySeparate()
    {
        var merged = RulingMerger.Merge(new[] { Ruling.V(10, 0, 50), Ruling.V(10, 80, 120) }, S);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void ParallelRulingsFurtherThanTheSnapToleranceKeepTheirPositions()
    {
        var merged = RulingMerger.Merge(new[] { Ruling.H(100, 0, 50), Ruling.H(110, 0, 50) }, S);
        Assert.Equal(new[] { 100d, 110d }, merged.Select(r => r.Position).OrderBy(x => x));
    }
}
