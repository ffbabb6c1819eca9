using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Raw;
using Extractor.Tests.Support;

namespace Extractor.Tests.Pipeline;

/// <summary>
/// A table continued over pages, as recognition marks it and normalization joins it (raw-model documents, no PDF):
/// one table in the output, and everything that points at tables (completeness, line items) names the joined table.
/// </summary>
public class ContinuationTests
{
    sealed record Cell(string Text, double? Left = null, double? Right = null);

    static RawTable Table(int page, string method, params Cell[][] rows)
    {
        var t = new RawTable { Page = page, LastPage = page, Method = method, RowCount = rows.Length, ColumnCount = rows.Max(r => r.Length) };
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = rows[r][c];
                var top = 700 - 20 * r;
                t.Cells.Add(new RawCell
                {
                    Row = r, Col = c, Text = cell.Text, Page = page,
                    Box = cell.Left is { } left ? new BoundingBox(left, top - 15, cell.Right!.Value, top) : null,
                });
            }
        return t;
    }

    static Cell[] Row(params string[] texts) => texts.Select(t => new Cell(t)).ToArray();

    static RawDocument Raw(params RawBlock[] blocks) => RawDocs.Of(blocks);

    static TextBlock Text(string text, int page) => new() { Text = text, Page = page };

    static BudgetDocument Process(RawDocument raw) => ExtractionPipeline.CreateDefault().Process(raw);

    [Fact]
    public void HeaderlessPartOnTheNextPageIsJoinedAndLaterTablesKeepTheirNumbers()
    {
        var doc = Process(Raw(
            Text("表1", 1), Text("一般公共预算支出表", 1), Text("单位：万元", 1),
            Table(1, "ruled", Row("科目编码", "科目名称", "合计"), Row("201", "一般公共服务支出", "100"), Row("20101", "人大事务", "100")),
            Table(2, "ruled", Row("2010101", "行政运行", "60"), Row("2010102", "一般行政管理事务", "40")),
            Text("表2", 3), Text("政府性基金预算支出表", 3), Text("单位：万元", 3),
            Table(3, "ruled", Row("科目编码", "科目名称", "合计")),
            Text("注：本单位无政府性基金预算拨款安排的支出，故本表为空表。", 3)));

        Assert.Equal(2, doc.Tables.Count);
        var general = doc.Tables[0];
        Assert.Equal(new[] { "201", "20101", "2010101", "2010102" }, general.Rows.Select(r => r.Code));
        Assert.Equal(general.Rows.Count, general.Rows.Select(r => r.Index).Distinct().Count());
        Assert.Equal(new int?[] { 1, 1, 2, 2 }, general.Rows.Select(r => r.Provenance.Page));
        Assert.Equal((1, 2), (general.FirstPage, general.LastPage));

        // the empty table is the document's second table, though recognition saw it third (after the continued part)
        var empty = Assert.Single(doc.Completeness.DeclaredEmpty);
        Assert.Equal((TableKind.GovernmentFundExpenditure, 2), (empty.Kind, empty.TableIndex));
        Assert.Equal(TableKind.GovernmentFundExpenditure, doc.Tables[empty.TableIndex!.Value - 1].Kind);
    }

    // A grid whose frame holds only the amounts (the region names printed beside it, outside the grid), continued on the
    // next page as an unruled table that prints the names as its first column: the part has a column more, and its
    // amounts stand under the first part's columns one place to the right.
    static readonly (double Left, double Right)[] Ruled = { (180, 264), (264, 348), (348, 449), (449, 535) };
    static readonly (double Left, double Right)[] Unruled = { (61, 174), (217, 260), (309, 344), (402, 445), (496, 531) };
    // the last column printed to the right of the first part's frame, where it has no column
    static readonly (double Left, double Right)[] UnruledOffFrame = { (61, 174), (217, 260), (309, 344), (402, 445), (545, 580) };

    static Cell[] At((double Left, double Right)[] columns, params string[] texts) =>
        texts.Select((t, c) => new Cell(t, columns[c].Left, columns[c].Right)).ToArray();

    static RawDocument RegionTable((double Left, double Right)[] partColumns) => Raw(
        Text("2024年税收返还和转移支付分地区决算表", 1), Text("单位：万元", 1),
        Table(1, "ruled",
            At(Ruled, "总计", "税收返还", "一般性转移支付", "专项转移支付"),
            At(Ruled, "48,778,902", "3,034,577", "40,710,282", "5,034,043"),
            At(Ruled, "4,243,752", "1,030,072", "2,787,248", "426,432")),
        Table(2, "stream",
            At(partColumns, "内黄县", "257,516", "6,177", "232,200", "19,139"),
            At(partColumns, "鹤壁市", "948,122", "37,904", "747,684", "162,534")));

    [Fact]
    public void PartWithAColumnMoreTakesEachColumnPrintedAtItsPlace()
    {
        var doc = Process(RegionTable(Unruled));

        var part = Assert.Single(doc.Tables, t => t.FirstPage == 2);
        Assert.Equal(ColumnRole.Name, part.Columns.Single(c => c.Index == 0).Role);
        var county = part.Rows.Single(r => r.Name == "内黄县");
        Assert.Equal(new[] { ("257,516", "总计"), ("6,177", "税收返还"), ("232,200", "一般性转移支付"), ("19,139", "专项转移支付") },
            county.Amounts.Select(a => (a.Printed, a.ColumnLabel.Split('/').Last())));
        Assert.Equal(doc.Tables[0].Columns.Select(c => c.Measure), part.Columns.Where(c => c.Role == ColumnRole.Amount).Select(c => c.Measure));
        Assert.Empty(part.UnreadCells);
        Assert.DoesNotContain(doc.Checks, c => c.Rule == "extraction-loss");
        Assert.DoesNotContain(doc.Issues, i => i.Code == IssueCode.ContinuationColumnUnmapped);
    }

    [Fact]
    public void PartColumnPrintedWhereTheTableHasNoneIsReportedNotGivenANeighboursLabel()
    {
        var doc = Process(RegionTable(UnruledOffFrame));

        var part = Assert.Single(doc.Tables, t => t.FirstPage == 2);
        var amounts = part.Rows.Single(r => r.Name == "内黄县").Amounts;
        Assert.Equal(new[] { "总计", "税收返还", "一般性转移支付" }, amounts.Where(a => a.Column < 4).Select(a => a.ColumnLabel.Split('/').Last()));
        // read, under no label of the first part (its measure only what an unlabelled column of the document reads as)
        var extra = amounts.Single(a => a.Column == 4);
        Assert.Equal(("19,139", ""), (extra.Printed, extra.ColumnLabel));
        var issue = Assert.Single(doc.Issues, i => i.Code == IssueCode.ContinuationColumnUnmapped);
        Assert.Contains("column 5", issue.Message);
        Assert.Equal(2, issue.Page);
    }
}
