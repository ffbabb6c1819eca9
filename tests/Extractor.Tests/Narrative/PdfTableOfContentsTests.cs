using Extractor.Raw;
using Extractor.Recognition.Narrative;

namespace Extractor.Tests.Narrative;

/// <summary>PDF prose comes as short lines: a 目录 whose entries end in page numbers must not swallow the body.</summary>
public class PdfTableOfContentsTests
{
    static List<TextBlock> Lines(params string[] lines) =>
        lines.Select((t, i) => new TextBlock { Text = t, Page = i < 5 ? 2 : 3, Line = i + 1, LastLine = i + 1 }).ToList();

    [Fact]
    public void EntriesWithPageNumbersAreMatchedToTheBodyHeadings()
    {
        var (sections, paragraphs) = SectionReader.Read(Lines(
            "目录",
            "第一部分国家信访局基本情况.2",
            "一、部门职责.2",
            "二、机构设置.3",
            "第三部分部门预算情况说明.16",
            "第一部分国家信访局基本情况",
            "一、部门职责",
            "（一）负责处理国内群众、境外人士、法人及其他组织",
            "通过信访渠道给党中央、国务院的来信来电，接",
            "待来访。",
            "二、机构设置",
            "根据上述职责，国家信访局内设13个机构。"));

        Assert.Contains(sections, s => s.Key == SectionCatalog.Duties && s.Text.Contains("待来访"));
        Assert.Contains(sections, s => s.Key == SectionCatalog.Organisation && s.Text.Contains("13个机构"));
        Assert.DoesNotContain(sections, s => s.Title.Contains(".2"));
        Assert.Contains(paragraphs, p => p.Text.Contains("内设13个机构"));
    }

    [Fact]
    public void WithoutARepeatTheEntriesEndWhereTheProseBegins()
    {
        var (sections, paragraphs) = SectionReader.Read(Lines(
            "目录",
            "一、部门职责……2",
            "二、机构设置……3",
            "本部门2026年收入预算总计50,616.94万元，其中，一般公共",
            "预算拨款收入16,474.82万元。",
            "一、收入预算情况",
            "收入预算总计50,616.94万元。"));

        Assert.Contains(paragraphs, p => p.Text.Contains("收入预算总计50,616.94万元。"));
        Assert.Contains(sections, s => s.Title == "一、收入预算情况");
    }
}
