using Extractor.Raw;
using Extractor.Sources.Word;

namespace Extractor.Tests.Formats;

/// <summary>A Word table into which a report's annex tables were pasted one after another (Chengde's 决算 report: 附表7,
/// the title merged across the width, 单位：万元, a header, the rows, then 附表8 …) is read as one table per annex; a row
/// naming a subject with blank amounts stays in its table.</summary>
public class StackedWordTableTests
{
    static string StackedDocx() => new DocxBuilder()
        .Table(
            new[] { "预算科目", "调整预算数", "完成数" },
            new[] { "本年支出合计", "52578", "32432" },
            new[] { "国有企业资本金注入", "16062", "16062" },
            new[] { "国有企业政策性补贴", "", "" },
            new[] { "附表7", "", "" },
            new[] { "2025年市本级一般公共预算收入完成情况表|span=3" },
            new[] { "单位：万元", "", "" },
            new[] { "预算科目", "预算数", "完成数" },
            new[] { "本年收入合计", "187000", "208100" },
            new[] { "一、税收收入", "", "33" },
            new[] { "二、非税收入", "187000", "208067" })
        .Save();

    [Fact]
    public void EachPastedAnnexTableIsATableOfItsOwnWithItsCaptionsBeforeIt()
    {
        var blocks = new WordSourceReader().Read(StackedDocx(), "docx").Pages.Single().Blocks;
        var tables = blocks.OfType<RawTable>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(4, tables[0].RowCount);
        Assert.Equal("国有企业政策性补贴", tables[0].At(3, 0)!.Text);
        Assert.Equal("本年收入合计", tables[1].At(1, 0)!.Text);
        var captions = blocks.SkipWhile(b => b != tables[0]).Skip(1).TakeWhile(b => b != tables[1]).OfType<TextBlock>().Select(b => b.Text).ToList();
        Assert.Equal(new[] { "附表7", "2025年市本级一般公共预算收入完成情况表", "单位：万元" }, captions);
    }

    [Fact]
    public void ANameOnlyRowBeforeTheTotalOfAPlainTableDoesNotSplitIt()
    {
        var path = new DocxBuilder().Table(
            new[] { "预算科目", "预算数" }, new[] { "一、税收收入", "" }, new[] { "增值税", "11" }, new[] { "二、非税收入", "" },
            new[] { "专项收入", "5" }, new[] { "合计", "16" }).Save();
        Assert.Single(new WordSourceReader().Read(path, "docx").Pages.Single().Blocks.OfType<RawTable>());
    }
}
