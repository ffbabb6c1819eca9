using Extractor.Layout;

namespace Extractor.Tests.Layout;

public class GridFinderTests
{
    static readonly LayoutSettings S = LayoutSettings.Default;

    /// <summary>A 3x3 grid (x 0,100,200,300; y 300,200,100,0) with the vertical at x=200 missing in the top row.</summary>
    static List<Ruling> GridWithMergedTopRight() => new()
    {
        Ruling.H(300, 0, 300), Ruling.H(200, 0, 300), Ruling.H(100, 0, 300), Ruling.H(0, 0, 300),
        Ruling.V(0, 0, 300), Ruling.V(100, 0, 300), Ruling.V(200, 0, 200), Ruling.V(300, 0, 300),
    };

    [Fact]
    public void MissingInnerRulingMakesAColumnSpan()
    {
        var grid = Assert.Single(GridFinder.Find(GridWithMergedTopRight(), S));
        Assert.Equal((3, 3), (grid.Rows, grid.Columns));
        Assert.Equal(8, grid.Cells.Count);
        var merged = grid.Cells.Single(c => c.Row == 0 && c.Col == 1);
        Assert.Equal((1, 2), (merged.RowSpan, merged.ColSpan));
    }

    [Fact]
    public void MissingHorizontalRulingMakesARowSpan()
    {
        var rulings = new List<Ruling>
        {
            Ruling.H(300, 0, 200), Ruling.H(200, 100, 200), Ruling.H(100, 0, 200),
            Ruling.V(0, 100, 300), Ruling.V(100, 100, 300), Ruling.V(200, 100, 300),
        };
        var grid = Assert.Single(GridFinder.Find(rulings, S));
        var left = grid.Cells.Single(c => c.Col == 0);
        Assert.Equal((0, 2), (left.Row, left.RowSpan));
    }

    [Fact]
    public void SeparateFramesAreSeparateTables()
    {
        var rulings = GridWithMergedTopRight().Concat(GridWithMergedTopRight().Select(r => r with
        {
            Position = r.Horizontal ? r.Position - 400 : r.Position,
            Start = r.Horizontal ? r.Start : r.Start - 400,
            End = r.Horizontal ? r.End : r.End - 400,
        })).ToList();
        Assert.Equal(2, GridFinder.Find(rulings, S).Count);
    }

    [Fact]
    public void LinesWithoutCrossingsAreNoTable()
    {
        Assert.Empty(GridFinder.Find(new List<Ruling> { Ruling.H(100, 0, 300), Ruling.H(50, 0, 300) }, S));
    }

    [Fact]
    public void GlyphPositionsFindTheirRowAndColumn()
    {
        var grid = Assert.Single(GridFinder.Find(GridWithMergedTopRight(), S));
        Assert.Equal((0, 2), (grid.RowAt(250), grid.ColumnAt(250)));
        Assert.Equal((2, 0), (grid.RowAt(10), grid.ColumnAt(10)));
        Assert.Equal(-1, grid.ColumnAt(350));
    }
}
