using Extractor.Vocabulary;

namespace Extractor.Tests.Vocabulary;

public class PrintedTextTests
{
    [Theory]
    [InlineData("２０２５年", "2025年")]
    [InlineData("ＡＢｃ：（一）", "ABc:(一)")]
    [InlineData("１，２３４．５６", "1,234.56")]
    [InlineData("合\u3000计", "合 计")]
    public void FoldIsOneCharacterForOne(string printed, string folded)
    {
        Assert.Equal(folded, PrintedText.Fold(printed));
        Assert.Equal(printed.Length, PrintedText.Fold(printed).Length);
    }

    [Theory]
    [InlineData(" 合  计 ", "合计")]
    [InlineData("合\u3000计", "合计")]
    [InlineData("合\u00A0计\u200B", "合计")]
    [InlineData("一般公共\n预算", "一般公共预算")]
    [InlineData("（万元）", "(万元)")]
    public void CompactRemovesEverySpaceAndFoldsWidth(string printed, string compact) =>
        Assert.Equal(compact, PrintedText.Compact(printed));

    [Theory]
    [InlineData("“三公”经费支出表", "三公经费支出表")]
    [InlineData("《部门收支总表》", "部门收支总表")]
    [InlineData("支出表（按功能分类）", "支出表按功能分类")]
    [InlineData("【2025】「表一」", "2025表一")]
    public void ForMatchingDropsQuotesAndBrackets(string printed, string matched) =>
        Assert.Equal(matched, PrintedText.ForMatching(printed));

    [Theory]
    [InlineData("“三公”经费", "三公经费")]
    [InlineData("其中：基本支出（人员）", "其中:基本支出(人员)")]
    [InlineData("‘公用’ 经费", "公用经费")]
    public void LabelDropsQuotesKeepsHalfWidthBrackets(string printed, string label) =>
        Assert.Equal(label, PrintedText.Label(printed));

    [Theory]
    [InlineData("一、一般公共预算", "一般公共预算")]
    [InlineData("（一）基本支出", "基本支出")]
    [InlineData("其中：人员经费", "人员经费")]
    [InlineData("2025年预算数", "预算数")]
    [InlineData("1.工资福利支出", "工资福利支出")]
    [InlineData("2.5", "2.5")]
    public void LabelKeyDropsOrdinalOfWhichAndYear(string printed, string key) =>
        Assert.Equal(key, PrintedText.LabelKey(printed));

    [Theory]
    [InlineData("  a \t b  ", "a b")]
    [InlineData("2025 年 预算", "2025年预算")]
    [InlineData("abc  def", "abc def")]
    public void TidyCollapsesSpacesAndJoinsCjk(string printed, string tidy) => Assert.Equal(tidy, PrintedText.Tidy(printed));

    [Fact]
    public void CollapseKeepsSpacesBetweenCjk() => Assert.Equal("2025 年 预算", PrintedText.Collapse(" 2025  年 预算 "));

    [Theory]
    [InlineData("一般公共\n预算", "一般公共预算")]
    [InlineData("一般 公共", "一般 公共")]
    [InlineData("a\nb", "a b")]
    [InlineData("合\u200B计", "合计")]
    public void CleanJoinsWrappedCjkLinesOnly(string source, string printed) => Assert.Equal(printed, PrintedText.Clean(source));

    [Theory]
    [InlineData('预', true, true)]
    [InlineData('（', false, true)]
    [InlineData('、', false, true)]
    [InlineData('“', false, true)]
    [InlineData('a', false, false)]
    [InlineData('1', false, false)]
    public void IdeographsAreCjkNotEveryCjkIsAnIdeograph(char c, bool ideograph, bool cjk)
    {
        Assert.Equal(ideograph, PrintedText.IsIdeograph(c));
        Assert.Equal(cjk, PrintedText.IsCjk(c));
    }
}
