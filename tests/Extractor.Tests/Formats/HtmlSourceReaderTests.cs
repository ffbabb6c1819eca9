using System.Text;
using Extractor.Raw;
using Extractor.Sources;
using Extractor.Sources.Html;
using Extractor.Model;

namespace Extractor.Tests.Formats;

public class HtmlSourceReaderTests
{
    static RawDocument ReadHtml(string html, Encoding? encoding = null, bool bom = false)
    {
        var path = TempFiles.Create(".html");
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(html);
        if (bom) bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
        File.WriteAllBytes(path, bytes);
        return new HtmlSourceReader().Read(path, "html");
    }

    [Fact]
    public void RowspanAndColspanExpandToAGridKeepingSpans()
    {
        var doc = ReadHtml("""
            <html><body><table>
            <tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th colspan="3">本年预算</th></tr>
            <tr><th>合计</th><th>基本支出</th><th>项目支出</th></tr>
            <tr><td>201</td><td>一般公共服务支出</td><td>225.98</td><td>107.98</td><td>118.00</td></tr>
            </table></body></html>
            """);
        var table = doc.Blocks.OfType<RawTable>().Single();
        Assert.Equal((3, 5), (table.RowCount, table.ColumnCount));
        Assert.Equal("html", table.Method);
        var code = table.At(1, 0)!;
        Assert.Equal(("科目编码", 0, 0, 2, 1), (code.Text, code.Row, code.Col, code.RowSpan, code.ColSpan));
        var budget = table.Cells.Single(c => c.Text == "本年预算");
        Assert.Equal((0, 2, 1, 3), (budget.Row, budget.Col, budget.RowSpan, budget.ColSpan));
        Assert.Equal("合计", table.At(1, 2)!.Text);
        Assert.Equal("118.00", table.At(2, 4)!.Text);
        // Positions covered by a span hold no cell of their own.
        Assert.DoesNotContain(table.Cells, c => c.Row == 1 && c.Col == 0);
        Assert.Equal(3 + 3 + 5, table.Cells.Count);
    }

    [Fact]
    public void WordExportedHtmlCellsReadAsPrintedAndSpacerCellsDrop()
    {
        var doc = ReadHtml("""
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
            <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16pt'>一般公共预算支出表</span></b></p>
            <p class=MsoNormal><span>单位：万元</span></p>
            <table class=MsoNormalTable border=1>
             <tr style='height:2pt'><td width=0></td><td></td><td>&nbsp;</td><td></td></tr>
             <tr><td width=0></td><td><p class=MsoNormal><span lang=EN-US>科目</span><span>名称</span></p></td>
                 <td><p class=MsoNormal><span>合计</span></p></td><td>&nbsp;</td></tr>
             <tr><td width=0></td><td><p class=MsoNormal><span>机关事业单位基本</span></p><p class=MsoNormal><span>养老保险缴费支出</span></p></td>
                 <td><p class=MsoNormal align=right><span lang=EN-US>11.10&nbsp;</span></p></td><td></td></tr>
             <tr><td width=0></td><td>行政<br>运行</td><td>107.98</td><td></td></tr>
            </table></body></html>
            """);
        var blocks = doc.Pages[0].Blocks;
        Assert.Equal("一般公共预算支出表", ((TextBlock)blocks[0]).Text);
        Assert.Equal(16, ((TextBlock)blocks[0]).FontSize);
        Assert.Equal("单位：万元", ((TextBlock)blocks[1]).Text);
        var table = Assert.IsType<RawTable>(blocks[2]);
        Assert.Equal((3, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("科目名称", table.At(0, 0)!.Text);
        Assert.Equal("机关事业单位基本养老保险缴费支出", table.At(1, 0)!.Text);
        Assert.Equal("11.10", table.At(1, 1)!.Text);
        Assert.Equal("行政运行", table.At(2, 0)!.Text);
    }

    [Fact]
    public void ExcelExportedHtmlKeepsTheStoredNumberBesideThePrintedText()
    {
        var doc = ReadHtml("""
            <html xmlns:x="urn:schemas-microsoft-com:office:excel"><body>
            <table x:str border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse'>
             <col width=72 style='width:54pt'>
             <tr height=19><td class=xl65>行政运行</td><td class=xl66 align=right x:num="1234.5">1,234.50 </td><td x:num>107.98</td></tr>
             <tr height=19><td class=xl65>合计</td><td class=xl66 x:num="0.256">25.6%</td><td>－</td></tr>
             <tr style='display:none'><td>VALID#</td><td>AD_CODE#2014101</td><td></td></tr>
             <![if supportMisalignedColumns]><tr height=0 style='display:none'><td width=72 style='width:54pt'></td><td width=72></td><td width=72></td></tr><![endif]>
            </table></body></html>
            """);
        var table = doc.Blocks.OfType<RawTable>().Single();
        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(("1,234.50", 1234.5m), (table.At(0, 1)!.Text, table.At(0, 1)!.Value));
        Assert.Equal(("107.98", 107.98m), (table.At(0, 2)!.Text, table.At(0, 2)!.Value));
        Assert.Equal(("25.6%", 0.256m), (table.At(1, 1)!.Text, table.At(1, 1)!.Value));
        Assert.Equal(("－", null), (table.At(1, 2)!.Text, table.At(1, 2)!.Value));
        Assert.Equal("row 3: VALID# | AD_CODE#2014101", Assert.Single(table.Omitted));
        Assert.Contains(doc.Issues, i => i.Code == IssueCode.HiddenContent && i.Message.Contains("VALID#"));
    }

    [Fact]
    public void TitleRowsInsideTheGridComeOutAsTextBeforeTheTable()
    {
        var doc = ReadHtml("""
            <table>
            <tr><td colspan="3">部门收支总表</td></tr>
            <tr><td colspan="3">编制单位：景德镇市12345政务服务便民热线管理中心<br>单位：万元</td></tr>
            <tr><td>项目</td><td>预算数</td><td>项目</td></tr>
            <tr><td>一、一般公共预算拨款收入</td><td>259.10</td><td>一、一般公共服务支出</td></tr>
            <tr><td colspan="3">注：本表为空表的，表示本单位无此项收支。</td></tr>
            </table>
            """);
        var blocks = doc.Pages[0].Blocks;
        Assert.Equal(new[] { "部门收支总表", "编制单位：景德镇市12345政务服务便民热线管理中心", "单位：万元" },
            blocks.Take(3).Cast<TextBlock>().Select(b => b.Text));
        var table = Assert.IsType<RawTable>(blocks[3]);
        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("项目", table.At(0, 0)!.Text);
        Assert.StartsWith("注：", ((TextBlock)blocks[4]).Text);
    }

    [Fact]
    public void NestedLayoutTableIsReadThroughAndItsInnerTableKept()
    {
        var doc = ReadHtml("""
            <table width="100%"><tr><td>
              <p>支出总表</p>
              <table><tr><td>科目</td><td>合计</td></tr><tr><td>201</td><td>225.98</td></tr></table>
            </td><td>侧栏</td></tr></table>
            """);
        var tables = doc.Blocks.OfType<RawTable>().ToList();
        var table = Assert.Single(tables);
        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("225.98", table.At(1, 1)!.Text);
        var texts = doc.Blocks.OfType<TextBlock>().Select(b => b.Text).ToList();
        Assert.Equal(new[] { "支出总表", "侧栏" }, texts);
        Assert.True(doc.Pages[0].Blocks.IndexOf(table) == 1, "the inner table follows its title in document order");
    }

    [Fact]
    public void HeadingsParagraphsAndListItemsComeInDocumentOrderWithoutScriptsOrStyles()
    {
        var doc = ReadHtml("""
            <html><head><title>报告</title><style>.x{color:red}</style><script>var t = "<table>";</script></head>
            <body><nav>首页 | 信息公开</nav><h1>第一部分 概况</h1>
            <p>一、单位主要职责
               负责全市热线运行。</p>
            <ul><li>机构设置</li></ul><script>document.write('不应出现')</script>
            <div style="display:none">隐藏文字</div></body></html>
            """);
        var blocks = doc.Blocks.OfType<TextBlock>().ToList();
        Assert.Equal(new[] { "第一部分 概况", "一、单位主要职责负责全市热线运行。", "机构设置" }, blocks.Select(b => b.Text));
        Assert.Equal(new[] { TextHint.Heading, TextHint.Paragraph, TextHint.ListItem }, blocks.Select(b => b.Hint));
        Assert.All(blocks, b => Assert.NotNull(b.Line));
        Assert.Empty(doc.Blocks.OfType<RawTable>());
    }

    [Fact]
    public void Gb2312DeclaredByHttpEquivDecodes()
    {
        var gbk = TextDecoding.Gb18030;
        var doc = ReadHtml("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>一般公共预算支出表</p></body></html>""", gbk);
        Assert.Equal("一般公共预算支出表", doc.Blocks.OfType<TextBlock>().Single().Text);
        Assert.Equal("gb2312", doc.Properties["encoding"]);
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void XhtmlXmlDeclarationNamesTheEncoding()
    {
        var doc = ReadHtml("""<?xml version="1.0" encoding="GBK"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>项目支出绩效目标表</p></body></html>""", TextDecoding.Gb18030);
        Assert.Equal("项目支出绩效目标表", doc.Blocks.OfType<TextBlock>().Single().Text);
        Assert.Equal(("gbk", "meta"), (doc.Properties["encoding"], doc.Properties["encoding-source"]));
    }

    [Fact]
    public void UndeclaredGbkPageIsDetectedAndReported()
    {
        var doc = ReadHtml("<html><body><p>关于景德镇市2025年预算执行情况的报告，一般公共预算收入完成情况良好。</p></body></html>", TextDecoding.Gb18030);
        Assert.Equal("关于景德镇市2025年预算执行情况的报告，一般公共预算收入完成情况良好。", doc.Blocks.OfType<TextBlock>().Single().Text);
        Assert.Equal("gb18030", doc.Properties["encoding"]);
        Assert.Contains(doc.Issues, i => i.Code == IssueCode.EncodingGuessed);
    }

    [Fact]
    public void DeclaredCharsetContradictedByUtf8BytesIsOverruledAndReported()
    {
        var doc = ReadHtml("""<html><head><meta charset="gbk"></head><body><p>部门预算</p></body></html>""");
        Assert.Equal("部门预算", doc.Blocks.OfType<TextBlock>().Single().Text);
        Assert.Equal("utf-8", doc.Properties["encoding"]);
        Assert.Contains(doc.Issues, i => i.Code == IssueCode.EncodingGuessed && i.Message.Contains("gbk"));
    }

    [Fact]
    public void ByteOrderMarkWinsOverTheDeclaration()
    {
        var doc = ReadHtml("""<html><head><meta charset="gb2312"></head><body><p>收支总表</p></body></html>""", bom: true);
        Assert.Equal("收支总表", doc.Blocks.OfType<TextBlock>().Single().Text);
        Assert.Equal("bom", doc.Properties["encoding-source"]);
    }
}
