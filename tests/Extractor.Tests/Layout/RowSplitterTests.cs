using Extractor.Layout;
using Extractor.Raw;

namespace Extractor.Tests.Layout;

/// <summary>Ruled rows holding several lines: rows that lost their rulings are split, an amount wrapped in its cell is not.</summary>
public class RowSplitterTests
{
    static readonly LayoutSettings S = LayoutSettings.Default;

    // one ruled row 40 points high: name column 0..150, amount column 150..210
    static RuledGrid Grid() => new()
    {
        Xs = new double[] { 0, 150, 210 },
        Ys = new double[] { 100, 60 },
        Cells = new List<GridCell> { new(0, 0, 1, 1, new BoundingBox(0, 60, 150, 100)), new(0, 1, 1, 1, new BoundingBox(150, 60, 210, 100)) },
    };

    /// <summary>Glyphs of a text starting at x on a baseline: CJK 10 points wide, digits and marks 6.</summary>
    static IEnumerable<Glyph> Text(string text, double x, double baseline)
    {
        foreach (var ch in text)
        {
            var w = PrintedText.IsCjk(ch) ? 10 : 6;
            yield return new Glyph(ch.ToString(), x, x + w, baseline, 10);
            x += w;
        }
    }

    /// <summary>Right-aligned in the amount column, 3 points from its right border.</summary>
    static IEnumerable<Glyph> Amount(string text, double baseline) => Text(text, 207 - 6 * text.Length, baseline);

    [Fact]
    public void TwoRowsThatLostTheirRulingAreSplit()
    {
        // the first name stops short of its cell's edge: two rows, though 35770793 fills its cell and 3253123 would join it
        var glyphs = Text("对下税收返还", 3, 86).Concat(Amount("35770793", 86))
            .Concat(Text("其中税收返还支出", 3, 68)).Concat(Amount("3253123", 68)).ToList();
        var ruling = Assert.Single(RowSplitter.VirtualRulings(Grid(), glyphs, S));
        Assert.InRange(ruling.Position, 70, 86);
    }

    [Fact]
    public void AmountWrappedInItsCellBesideAWrappedNameIsNotSplit()
    {
        // 370,219.2 fills its cell (54 of 60 points) and 5 completes it; the name fills its cell too and wraps
        var glyphs = Text("政府办公厅室及相关机构事务支", 3, 86).Concat(Amount("370,219.2", 86))
            .Concat(Text("出", 3, 68)).Concat(Amount("5", 68)).ToList();
        Assert.Empty(RowSplitter.VirtualRulings(Grid(), glyphs, S));
    }

    [Fact]
    public void ANumberUnderAShortAmountIsARowOfItsOwn()
    {
        var glyphs = Text("政府办公厅室及相关机构事务支", 3, 86).Concat(Amount("80.00", 86))
            .Concat(Text("出", 3, 68)).Concat(Amount("5", 68)).ToList();
        Assert.Single(RowSplitter.VirtualRulings(Grid(), glyphs, S));
    }
}
