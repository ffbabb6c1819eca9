using Extractor.Layout;
using Extractor.Raw;

namespace Extractor.Tests.Layout;

/// <summary>The first row of a continued table joins the previous page's last row only when it is that row's rest.</summary>
public class PageBreakRowJoinerTests
{
    static RawTable Table(int page, params (string Text, bool? Full)[][] rows)
    {
        var table = new RawTable { Page = page, LastPage = page, Method = "ruled", RowCount = rows.Length, ColumnCount = rows[0].Length };
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                table.Cells.Add(new RawCell { Row = r, Col = c, Text = rows[r][c].Text, Page = page, LastLineFull = rows[r][c].Text.Length > 0 ? rows[r][c].Full : null });
        return table;
    }

    static (string, bool?) Cut(string text) => (text, true);
    static (string, bool?) Whole(string text) => (text, false);
    static (string, bool?) Blank => ("", null);

    static RawTable Page7() => Table(7,
        new[] { Whole("科目编码"), Whole("科目名称"), Whole("合计") },
        new[] { Whole("2080503"), Whole("离退休人员管理机构"), Whole("193.52") },
        new[] { Whole("2080505"), Cut("机关事业单位基本养老保险缴"), Whole("657.51") });

    [Fact]
    public void RestOfACutNameWithoutCodeOrAmountJoinsTheLastRow()
    {
        var open = Page7();
        TableStitcher.Append(open, Table(8, new[] { Blank, Whole("费支出"), Blank }, new[] { Whole("2080506"), Whole("职业年金缴费支出"), Whole("427.19") }));
        var grid = open.ToTextGrid().Select(r => string.Join("|", r)).ToArray();
        Assert.Equal(new[] { "科目编码|科目名称|合计", "2080503|离退休人员管理机构|193.52", "2080505|机关事业单位基本养老保险缴费支出|657.51", "2080506|职业年金缴费支出|427.19" }, grid);
    }

    [Fact]
    public void RowWithItsOwnCodeIsNeverJoined() =>
        Assert.False(PageBreakRowJoiner.Continues(Page7(), Table(8, new[] { Whole("2080506"), Whole("费支出"), Blank }), 0));

    [Fact]
    public void RowWithItsOwnAmountsIsNeverJoined() =>
        Assert.False(PageBreakRowJoiner.Continues(Page7(), Table(8, new[] { Blank, Whole("费支出"), Whole("427.19") }), 0));

    [Fact]
    public void RowOpeningWithAnEnumerationIsARowOfItsOwn() =>
        Assert.False(PageBreakRowJoiner.Continues(Page7(), Table(8, new[] { Blank, Whole("（十九）其他支出"), Blank }), 0));

    [Fact]
    public void RestBelowANameThatEndsShortOfTheEdgeIsARowOfItsOwn()
    {
        var open = Table(7,
            new[] { Whole("科目编码"), Whole("科目名称"), Whole("合计") },
            new[] { Whole("2080505"), Whole("机关事业单位基本养老保险缴费支出"), Whole("657.51") });
        Assert.False(PageBreakRowJoiner.Continues(open, Table(8, new[] { Blank, Whole("其他"), Blank }), 0));
    }

    [Fact]
    public void WithoutAmountsOnEitherSideOnlyAShortTailJoins()
    {
        var open = Table(9,
            new[] { Whole("项目"), Whole("金额") },
            new[] { Whole("小计"), Blank },
            new[] { Cut("专户管理教育收费"), Blank });
        Assert.False(PageBreakRowJoiner.Continues(open, Table(10, new[] { Whole("其他非税收入"), Blank }), 0));
        Assert.True(PageBreakRowJoiner.Continues(open, Table(10, new[] { Whole("支出"), Blank }), 0));
    }
}
