using Extractor.Model;
using Extractor.Recognition;

namespace Extractor.Tests.Recognition;

/// <summary>A table's kind from all of its evidence, scored: title (negated qualifiers never decide), header, codes, 目录.</summary>
public class ScoredKindTests
{
    static TableKindCatalog.Decision Decide(string? title, string[]? header = null, CodeProfile? codes = null, TocEntry? toc = null) =>
        TableKindCatalog.Decide(new TableKindCatalog.Clues(title, header ?? Array.Empty<string>(), codes ?? CodeProfile.Empty, toc));

    [Theory]
    [InlineData("一般公共预算支出明细表（按支出功能分类科目-不含上年结转）", TableKind.GeneralExpenditure)]
    [InlineData("一般公共预算支出表（不包括上年结转）", TableKind.GeneralExpenditure)]
    [InlineData("部门支出总表（除上年结转外）", TableKind.Expenditure)]
    [InlineData("上年结转支出表", TableKind.Other)]
    public void NegatedQualifiersNeverDecideAKind(string title, TableKind kind) => Assert.Equal(kind, TableKindCatalog.KindOfTitle(title));

    [Fact]
    public void TheNegatedQualifierIsRecordedAsIgnored()
    {
        var d = Decide("一般公共预算支出明细表（按支出功能分类科目-不含上年结转）");
        Assert.Equal(TableKind.GeneralExpenditure, d.Kind);
        Assert.Contains(d.Evidence, e => e.Source == "title-qualifier" && e.Detail.Contains("不含上年结转"));
        Assert.Contains(d.Evidence, e => e.Source == "title" && e.Kind == TableKind.GeneralExpenditure && e.Score == TableKindCatalog.StrongTitleScore);
    }

    [Fact]
    public void AnUnknownTitleYieldsToTheHeader()
    {
        var d = Decide("部门预算经费情况表", new[] { "支出功能分类科目", "科目编码", "科目名称", "合计", "基本支出", "项目支出" });
        Assert.Equal(TableKind.Expenditure, d.Kind);
        Assert.Equal("header", d.RecognisedBy);
        Assert.Contains(d.Evidence, e => e.Source == "title-unlisted" && e.Kind == TableKind.Other);
    }

    [Fact]
    public void CodesConfirmTheHeaderAndContradictATitleCodedOtherwise()
    {
        // a title naming the function table over rows coded 301, 302 … and a 人员经费/公用经费 header: the basic table
        var economic = new CodeProfile(0, 12, 0, 0);
        var d = Decide("一般公共预算支出表", new[] { "部门预算支出经济分类科目", "科目编码", "科目名称", "合计", "人员经费", "公用经费" }, economic);
        Assert.Equal(TableKind.GeneralBasicExpenditure, d.Kind);
        Assert.Contains(d.Evidence, e => e.Source == "codes" && e.Kind == TableKind.GeneralExpenditure && e.Score < 0);
        Assert.Contains(d.Evidence, e => e.Source == "codes" && e.Kind == TableKind.GeneralBasicExpenditure && e.Score > 0);
    }

    [Fact]
    public void CodesAloneNeverMakeAKind()
    {
        var d = Decide("项目经费安排情况表", codes: new CodeProfile(20, 0, 0, 0));
        Assert.Equal(TableKind.Other, d.Kind);
    }

    [Fact]
    public void TheTocNumberDecidesAnUntitledTable()
    {
        var d = Decide(null, toc: new TocEntry("一般公共预算基本支出表", TableKind.GeneralBasicExpenditure, null, null), codes: new CodeProfile(0, 5, 0, 0));
        Assert.Equal(TableKind.GeneralBasicExpenditure, d.Kind);
        Assert.Equal("number-in-toc", d.RecognisedBy);
    }

    [Fact]
    public void AStrongTitleOutweighsAHeaderOfAnotherKind()
    {
        var d = Decide("部门收入总表", new[] { "科目编码", "科目名称", "合计", "基本支出", "项目支出" }, new CodeProfile(9, 0, 0, 0));
        Assert.Equal(TableKind.Revenue, d.Kind);
    }

    [Fact]
    public void NoEvidenceIsOther() => Assert.Equal(TableKind.Other, Decide(null).Kind);
}
