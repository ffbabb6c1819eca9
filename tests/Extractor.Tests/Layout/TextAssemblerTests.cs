using Extractor.Layout;

namespace Extractor.Tests.Layout;

public class TextAssemblerTests
{
    static readonly LayoutSettings S = LayoutSettings.Default;

    static List<Glyph> Run(string text, double x, double y, double size = 10, double advance = 10, double gap = 0)
    {
        var glyphs = new List<Glyph>();
        foreach (var ch in text)
        {
            glyphs.Add(new Glyph(ch.ToString(), x, x + advance, y, size));
            x += advance + gap;
        }
        return glyphs;
    }

    [Fact]
    public void ChineseLettersJoinWithoutSpaces()
    {
        var line = Assert.Single(TextAssembler.Lines(Run("一般公共服务支出", 0, 100, gap: 1.5), S));
        Assert.Equal("一般公共服务支出", line.Text);
    }

    [Fact]
    public void NumberSplitByThinSpacesIsRejoined()
    {
        var glyphs = Run("91", 0, 100, advance: 5).Concat(Run(",016", 12, 100, advance: 5)).Concat(Run(",775.35", 34, 100, advance: 5)).ToList();
        Assert.Equal("91,016,775.35", Assert.Single(TextAssembler.Lines(glyphs, S)).Text);
    }

    [Fact]
    public void LatinWordsKeepTheirSpace()
    {
        var glyphs = Run("PDF", 0, 100, advance: 6).Concat(Run("Pig", 24, 100, advance: 6)).ToList();
        Assert.Equal("PDF Pig", Assert.Single(TextAssembler.Lines(glyphs, S)).Text);
    }

    [Fact]
    public void LinesComeTopToBottomAndLeftToRight()
    {
        var glyphs = Run("行政运行", 0, 80).Concat(Run("科目", 0, 100)).Reverse().ToList();
        Assert.Equal(new[] { "科目", "行政运行" }, TextAssembler.Lines(glyphs, S).Select(l => l.Text));
    }

    [Fact]
    public void WrappedCellLinesJoinWithoutSeparator()
    {
        Assert.Equal("机关事业单位基本养老保险缴费", TextAssembler.JoinLines(new[] { "机关事业单位", "基本养老保险", "缴费" }));
    }
}
