using Extractor.Vocabulary;
using Extractor.Layout;

namespace Extractor.Tests.Layout;

public class WrappedLineMergerTests
{
    static readonly LayoutSettings S = LayoutSettings.Default;

    // columns: code 0..40, name 60..130, amount 150..200
    static readonly List<(double Left, double Right)> Columns = new() { (0, 40), (60, 130), (150, 200) };

    static TextSegment Seg(string text, double left, double baseline)
    {
        var glyphs = new List<Glyph>();
        var x = left;
        foreach (var ch in text)
        {
            var w = PrintedText.IsCjk(ch) ? 10 : 5;
            glyphs.Add(new Glyph(ch.ToString(), x, x + w, baseline, 10));
            x += w;
        }
        return new TextSegment { Glyphs = glyphs, Text = text, Baseline = baseline, FontSize = 10 };
    }

    static List<string> Texts(List<List<TextSegment>> rows) =>
        rows.Select(r => string.Join(" ", r.Select(x => x.Text))).ToList();

    [Fact]
    public void NameCutAtTheColumnEdgeContinuesOnTheTightLineBelow()
    {
        var lines = new List<List<TextSegment>>
        {
            new() { Seg("201", 0, 300), Seg("一般公共服务", 60, 300), Seg("10.00", 175, 300) },
            new() { Seg("30108", 0, 281), Seg("机关事业单位基", 60, 281), Seg("35.20", 175, 281) },
            new() { Seg("本养老保险缴费", 60, 266.5) },
            new() { Seg("30201", 0, 247.5), Seg("办公费", 60, 247.5), Seg("4.00", 180, 247.5) },
        };
        var rows = WrappedLineMerger.Merge(lines, Columns, S);
        Assert.Equal(new[] { "201 一般公共服务 10.00", "30108 机关事业单位基 35.20 本养老保险缴费", "30201 办公费 4.00" }, Texts(rows));
    }

    [Fact]
    public void NameOnlyRowAtAFullRowDistanceStaysARowOfItsOwn()
    {
        // a heading row with blank amounts, printed a full row below a name that happens to fill its column
        var lines = new List<List<TextSegment>>
        {
            new() { Seg("201", 0, 300), Seg("一般公共服务支", 60, 300), Seg("10.00", 175, 300) },
            new() { Seg("202", 0, 281), Seg("国防支出国防支", 60, 281), Seg("5.00", 180, 281) },
            new() { Seg("机关事业单位基", 60, 262) },
            new() { Seg("30201", 0, 243), Seg("办公费", 60, 243), Seg("4.00", 180, 243) },
        };
        var rows = WrappedLineMerger.Merge(lines, Columns, S);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void AmountsCentredOnATwoLineNameTakeTheLinesAboveAndBelow()
    {
        var lines = new List<List<TextSegment>>
        {
            new() { Seg("301", 0, 300), Seg("工资福利支出", 60, 300), Seg("50.00", 175, 300) },
            new() { Seg("机关事业单位基", 60, 281) },
            new() { Seg("30108", 0, 273.75), Seg("35.20", 175, 273.75) },
            new() { Seg("本养老保险缴费", 60, 266.5) },
            new() { Seg("302", 0, 247.5), Seg("商品和服务支出", 60, 247.5), Seg("4.00", 180, 247.5) },
        };
        var rows = WrappedLineMerger.Merge(lines, Columns, S);
        Assert.Equal(new[] { "301 工资福利支出 50.00", "机关事业单位基 30108 35.20 本养老保险缴费", "302 商品和服务支出 4.00" }, Texts(rows));
    }

    [Fact]
    public void AmountCutAtTheColumnEdgeContinuesOnTheTightLineBelow()
    {
        // "370,219.2" fills the amount column (150..200, 9 characters of 5 points plus its paddings); "5" completes it
        var lines = new List<List<TextSegment>>
        {
            new() { Seg("201", 0, 300), Seg("一般公共服务", 60, 300), Seg("370,219.2", 153, 300) },
            new() { Seg("5", 195, 288) },
            new() { Seg("20101", 0, 269), Seg("人大事务", 60, 269), Seg("80.00", 175, 269) },
            new() { Seg("20103", 0, 250), Seg("政府办公厅（室", 60, 250), Seg("290,219.2", 153, 250) },
            new() { Seg("）事务", 60, 238), Seg("5", 195, 238) },
            new() { Seg("30201", 0, 219), Seg("办公费", 60, 219), Seg("4.00", 180, 219) },
        };
        var rows = WrappedLineMerger.Merge(lines, Columns, S);
        Assert.Equal(new[] { "201 一般公共服务 370,219.2 5", "20101 人大事务 80.00", "20103 政府办公厅（室 290,219.2 ）事务 5", "30201 办公费 4.00" }, Texts(rows));
    }

    [Fact]
    public void NumberUnderAnAmountThatDoesNotFillItsColumnStaysApart()
    {
        // "80.00" leaves half its column free: it was not cut, so the "5" below is not its tail
        var lines = new List<List<TextSegment>>
        {
            new() { Seg("201", 0, 300), Seg("一般公共服务", 60, 300), Seg("370,219.25", 150, 300) },
            new() { Seg("20101", 0, 281), Seg("人大事务", 60, 281), Seg("80.00", 175, 281) },
            new() { Seg("5", 195, 269) },
            new() { Seg("30201", 0, 250), Seg("办公费", 60, 250), Seg("4.00", 180, 250) },
        };
        var rows = WrappedLineMerger.Merge(lines, Columns, S);
        Assert.Equal(4, rows.Count);
    }

    [Theory]
    [InlineData("370,219.2", "5", true)]
    [InlineData("370,21", "9.25", true)]
    [InlineData("-1,234,56", "7.00", true)]
    [InlineData("370,219.25", "5.00", false)] // two points
    [InlineData("370,219.2", "5,1", false)]   // a separator after the point
    [InlineData("370,219.2", "-5", false)]    // a sign inside
    [InlineData("合计", "5", false)]
    [InlineData("370,219.2", "万元", false)]
    public void WrappedAmountPartsJoinOnlyIntoOneNumber(string upper, string lower, bool completes) =>
        Assert.Equal(completes, WrappedAmount.Completes(upper, 45, lower, 50, 10, S));

    [Fact]
    public void AnAmountLeavingMoreThanItsPaddingsFreeWasNotCut() =>
        Assert.False(WrappedAmount.Completes("80.00", 25, "5", 50, 10, S));
}
