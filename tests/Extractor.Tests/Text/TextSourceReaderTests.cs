using System.Text;
using Extractor.Raw;
using Extractor.Sources;
using Extractor.Sources.Text;

namespace Extractor.Tests.Text;

public class TextSourceReaderTests
{
    const string Sample = "景德镇市 12345 政务服务便民热线管理中心 2025 年单位预算\n\n目 录\n\n- 一、《收支预算总表》\n单位公开表 2\n单位收入汇总表\n单位：万元\n" +
                          "功能科目编码\t功能科目名称\t合计\n\t合计\t259.10\n201\t一般公共服务支出\t225.98\t\n\n第三部分 情况说明\n收入预算总额为 259.10 万元。\n";

    static RawDocument ReadBytes(byte[] bytes, string extension = ".txt")
    {
        var path = Path.Combine(Path.GetTempPath(), $"extractor-text-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        try { return new TextSourceReader().Read(path, "text"); }
        finally { File.Delete(path); }
    }

    static string Describe(RawDocument doc) => string.Join("\n", doc.Blocks.Select(b => b switch
    {
        TextBlock t => $"T{t.Line}:{t.Hint}:{t.Text}",
        RawTable r => $"R{r.Line}:{r.RowCount}x{r.ColumnCount}:" + string.Join("|", r.Cells.Select(c => c.Text)),
        _ => "?",
    }));

    [Fact]
    public void Utf8Utf8BomAndGb18030GiveTheSameBlocks()
    {
        var utf8 = ReadBytes(new UTF8Encoding(false).GetBytes(Sample));
        var bom = ReadBytes(new UTF8Encoding(true).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(Sample)).ToArray());
        var gb = ReadBytes(TextDecoding.Gb18030.GetBytes(Sample));

        Assert.Equal(Describe(utf8), Describe(bom));
        Assert.Equal(Describe(utf8), Describe(gb));
        Assert.Equal("utf-8", utf8.Properties["encoding"]);
        Assert.Equal("utf-8-bom", bom.Properties["encoding"]);
        Assert.Equal("gb18030", gb.Properties["encoding"]);
    }

    [Fact]
    public void BlocksKeepTheirLineNumbersAndHints()
    {
        var doc = ReadBytes(Encoding.UTF8.GetBytes(Sample));
        var blocks = doc.Blocks.ToList();
        Assert.Single(doc.Pages);
        Assert.Equal(1, doc.Pages[0].Number);

        var title = Assert.IsType<TextBlock>(blocks[0]);
        Assert.Equal(1, title.Line);
        var contents = Assert.IsType<TextBlock>(blocks[1]);
        Assert.Equal((3, TextHint.Heading), (contents.Line!.Value, contents.Hint));
        var item = Assert.IsType<TextBlock>(blocks[2]);
        Assert.Equal((5, TextHint.ListItem, "一、《收支预算总表》"), (item.Line!.Value, item.Hint, item.Text));
        Assert.Equal(TextHint.Paragraph, ((TextBlock)blocks[3]).Hint); // 单位公开表 2: recognition decides

        var table = Assert.IsType<RawTable>(blocks[6]);
        Assert.Equal(("text-tabs", 9, 3, 4), (table.Method, table.Line!.Value, table.RowCount, table.ColumnCount));
        Assert.All(table.Cells, c => Assert.Equal(9 + c.Row, c.Line));
        // Trailing empty field kept so columns line up.
        Assert.Equal(4, table.Cells.Count(c => c.Row == 2));
        Assert.Equal("225.98", table.At(2, 2)!.Text);

        var part = Assert.IsType<TextBlock>(blocks[7]);
        Assert.Equal((13, TextHint.Heading), (part.Line!.Value, part.Hint));
        Assert.Equal(TextHint.Paragraph, ((TextBlock)blocks[8]).Hint);
    }

    [Fact]
    public void NumberedShortLinesAreHeadingsAndSentencesAreNot()
    {
        Assert.Equal(TextHint.Heading, TextLineHints.HintFor("（一）收入预算情况", out _));
        Assert.Equal(TextHint.Heading, TextLineHints.HintFor("二、机构设置及人员情况", out _));
        Assert.Equal(TextHint.Paragraph, TextLineHints.HintFor("（一）财政拨款：指市级财政当年拨付的资金。", out _));
    }

    [Fact]
    public void TabSeparatedValuesFileIsOneTable()
    {
        var doc = ReadBytes(Encoding.UTF8.GetBytes("科目编码\t科目名称\t合计\n201\t一般公共服务支出\t225.98\n"), ".tsv");
        var table = Assert.IsType<RawTable>(Assert.Single(doc.Blocks));
        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
    }

    [Fact]
    public void CommaSeparatedFileKeepsQuotedCommas()
    {
        var doc = ReadBytes(Encoding.UTF8.GetBytes("科目编码,科目名称,合计\n201,一般公共服务支出,\"1,225.98\"\n"), ".csv");
        var table = Assert.IsType<RawTable>(Assert.Single(doc.Blocks));
        Assert.Equal("1,225.98", table.At(1, 2)!.Text);
    }

    [Fact]
    public void UndecodableBytesAreRejectedWithAReason()
    {
        // Invalid in UTF-8 and in GB18030 (0x80 and 0xFF are never valid lead bytes there).
        var bytes = Enumerable.Repeat(new byte[] { 0x41, 0xFF, 0x80, 0xFF, 0xFE, 0x80 }, 40).SelectMany(b => b).ToArray();
        var e = Assert.Throws<BadInputException>(() => ReadBytes(bytes));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void WhitespaceOnlyTextIsRejected()
    {
        var e = Assert.Throws<BadInputException>(() => ReadBytes(Encoding.UTF8.GetBytes("  \n\t\n  ")));
        Assert.Contains("whitespace", e.Message);
    }

    [Fact]
    public void EmptyFileIsRejected()
    {
        var e = Assert.Throws<BadInputException>(() => ReadBytes(Array.Empty<byte>()));
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void BinaryContentIsRejected()
    {
        var e = Assert.Throws<BadInputException>(() => ReadBytes(new byte[] { 0x41, 0x00, 0x42, 0x00, 0x01, 0x02 }));
        Assert.Contains("binary", e.Message);
    }
}
