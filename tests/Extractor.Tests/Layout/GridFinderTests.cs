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

    /// <summary>
    /// Every horizontal runs from x=0 to x=300 but the last vertical is at x=200: the right border (the 金额 column's)
    /// was not drawn, or a clip path a hair inside it removed it. The horizontals' common end is that border.
    /// </summary>
    [Fact]
    public void MissingRightBorderIsClosedWhereTheHorizontalsEnd()
    {
        var rulings = new List<Ruling>
        {
            Ruling.H(300, 0, 300), Ruling.H(200, 0, 300), Ruling.H(100, 0, 300), Ruling.H(0, 0, 300),
            Ruling.V(0, 0, 300), Ruling.V(100, 0, 300), Ruling.V(200, 0, 300),
        };
        var grid = Assert.Single(GridFinder.Find(rulings, S));
        Assert.Equal((3, 3), (grid.Rows, grid.Columns));
        Assert.Equal(300, grid.Xs[^1], 1);
        Assert.Equal(2, grid.ColumnAt(250));
    }

    [Fact]
    public void MissingLeftBorderIsClosedWhereTheHorizontalsStart()
    {
        var rulings = new List<Ruling>
        {
            Ruling.H(300, 0, 300), Ruling.H(200, 0, 300), Ruling.H(0, 0, 300),
            Ruling.V(100, 0, 300), Ruling.V(200, 0, 300), Ruling.V(300, 0, 300),
        };
        var grid = Assert.Single(GridFinder.Find(rulings, S));
        Assert.Equal((2, 3), (grid.Rows, grid.Columns));
        Assert.Equal(0, grid.ColumnAt(50));
    }

    [Fact]
    public void HorizontalsOvershootingByAHairAddNoColumn()
    {
        var rulings = new List<Ruling>
        {
            Ruling.H(300, 0, 302), Ruling.H(200, 0, 302), Ruling.H(0, 0, 302),
            Ruling.V(0, 0, 300), Ruling.V(100, 0, 300), Ruling.V(300, 0, 300),
        };
        var grid = Assert.Single(GridFinder.Find(rulings, S));
        Assert.Equal(2, grid.Columns);
    }

    [Fact]
    public void DoubleFrameAroundTheTableAddsNoColumn()
    {
        // the outer frame is drawn 6 points outside the table on every side; the rows' horizontals stop at the table
        var rulings = new List<Ruling>
        {
            Ruling.H(306, -6, 306), Ruling.H(300, 0, 300), Ruling.H(200, 0, 300), Ruling.H(0, 0, 300), Ruling.H(-6, -6, 306),
            Ruling.V(0, -6, 306), Ruling.V(100, -6, 306), Ruling.V(300, -6, 306),
        };
        var grid = Assert.Single(GridFinder.Find(rulings, S));
        Assert.Equal(2, grid.Columns);
    }

    [Fact]
    public void OnlyTheTopRowRunningOnGivesNoBorder()
    {
        // a title bar wider than the table: the bottom horizontal stops at the last vertical, so nothing is closed
        var rulings = new List<Ruling>
        {
            Ruling.H(300, 0, 300), Ruling.H(200, 0, 200), Ruling.H(0, 0, 200),
            Ruling.V(0, 0, 300), Ruling.V(100, 0, 300), Ruling.V(200, 0, 300),
        };
        var grid = Assert.Single(GridFinder.Find(rulings, S));
        Assert.Equal(2, grid.Columns);
    }
}
