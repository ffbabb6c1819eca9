using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Raw;

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

    static RawDocument Raw(params RawBlock[] blocks)
    {
        var raw = new RawDocument { SourcePath = "x.pdf", Format = "pdf" };
        foreach (var group in blocks.GroupBy(b => b.Page))
        {
            var page = new RawPage { Number = group.Key };
            page.Blocks.AddRange(group);
            raw.Pages.Add(page);
        }
        return raw;
    }

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
}
