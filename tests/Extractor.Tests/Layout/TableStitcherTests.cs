using Extractor.Layout;
using Extractor.Raw;

namespace Extractor.Tests.Layout;

public class TableStitcherTests
{
    static RawTable Table(int page, params string[][] rows)
    {
        var t = new RawTable { Page = page, LastPage = page, Method = "ruled", RowCount = rows.Length, ColumnCount = rows[0].Length };
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                t.Cells.Add(new RawCell { Row = r, Col = c, Text = rows[r][c], Page = page, Box = new BoundingBox(c * 100, 500 - r * 20, c * 100 + 100, 520 - r * 20) });
        return t;
    }

    static RawPage Page(int n, params RawBlock[] blocks)
    {
        var p = new RawPage { Number = n, Width = 595, Height = 842 };
        p.Blocks.AddRange(blocks);
        return p;
    }

    [Fact]
    public void RepeatedHeaderOnTheNextPageIsNotData()
    {
        var first = Table(1, new[] { "科目", "合计" }, new[] { "201", "1.00" });
        var pages = new[] { Page(1, first), Page(2, Table(2, new[] { "科目", "合计" }, new[] { "205", "2.00" })) };
        Assert.Equal(1, TableStitcher.Stitch(pages, LayoutSettings.Default));
        Assert.Empty(pages[1].Blocks);
        Assert.Equal(new[] { "科目|合计", "201|1.00", "205|2.00" }, first.ToTextGrid().Select(r => string.Join("|", r)));
        Assert.Equal(2, first.LastPage);
    }

    [Fact]
    public void NewTitleBetweenTablesKeepsThemApart()
    {
        var title = new TextBlock { Text = "一般公共预算支出表", Page = 2 };
        var pages = new[] { Page(1, Table(1, new[] { "科目", "合计" }, new[] { "201", "1.00" })), Page(2, title, Table(2, new[] { "科目", "合计" }, new[] { "205", "2.00" })) };
        Assert.Equal(0, TableStitcher.Stitch(pages, LayoutSettings.Default));
    }

    [Fact]
    public void UnitLineAtTheTopOfTheContinuationDoesNotStopStitching()
    {
        var pages = new[] { Page(1, Table(1, new[] { "科目", "合计" }, new[] { "201", "1.00" })), Page(2, new TextBlock { Text = "单位：万元", Page = 2 }, Table(2, new[] { "205", "2.00" })) };
        Assert.Equal(1, TableStitcher.Stitch(pages, LayoutSettings.Default));
    }

    [Fact]
    public void DifferentColumnsAreDifferentTables()
    {
        var pages = new[] { Page(1, Table(1, new[] { "科目", "合计" }, new[] { "201", "1.00" })), Page(2, Table(2, new[] { "a", "b", "c" }, new[] { "1", "2", "3" })) };
        Assert.Equal(0, TableStitcher.Stitch(pages, LayoutSettings.Default));
    }
}
