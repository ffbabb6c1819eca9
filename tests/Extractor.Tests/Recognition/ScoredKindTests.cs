using Extractor.Model;
using Extractor.Recognition;

namespace Extractor.Tests.Recognition;

/// <summary>A table's kind from all of its evidence, scored: title (negated qualifiers never decide), header, codes, 目录.</summary>
public class ScoredKindTests
{
    static TableKindCatalog.Decision Decide(string? title, string[]? header = null, CodeProfile? codes = null, TocEntry? toc = null,
        string how = TableKindCatalog.TocPlace.ByNumber) =>
        TableKindCatalog.Decide(new TableKindCatalog.Clues(title, header ?? Array.Empty<string>(), codes ?? CodeProfile.Empty,
            toc is null ? null : new TableKindCatalog.TocPlace(toc, 0, how)));

    /// <summary>A document's 目录: the nine standard tables in their usual order.</summary>
    static readonly List<TocEntry> Toc = new[]
    {
        "部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表",
        "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表",
    }.Select(t => new TocEntry(t, TableKindCatalog.KindOfTitle(t), null, null)).ToList();

    static readonly (string?, string?)[] NoTablesBefore = Array.Empty<(string?, string?)>();

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
        Assert.Contains(d.Evidence, e => e.Source == KindSource.TitleQualifier && e.Detail.Contains("不含上年结转"));
        Assert.Contains(d.Evidence, e => e.Source == KindSource.Title && e.Kind == TableKind.GeneralExpenditure && e.Score == TableKindCatalog.StrongTitleScore);
    }

    [Fact]
    public void AnUnknownTitleYieldsToTheHeader()
    {
        var d = Decide("部门预算经费情况表", new[] { "支出功能分类科目", "科目编码", "科目名称", "合计", "基本支出", "项目支出" });
        Assert.Equal(TableKind.Expenditure, d.Kind);
        Assert.Equal(KindSource.Header, d.RecognisedBy);
        Assert.Contains(d.Evidence, e => e.Source == KindSource.TitleUnlisted && e.Kind == TableKind.Other);
    }

    [Fact]
    public void CodesConfirmTheHeaderAndContradictATitleCodedOtherwise()
    {
        // a title naming the function table over rows coded 301, 302 … and a 人员经费/公用经费 header: the basic table
        var economic = new CodeProfile(0, 12, 0, 0);
        var d = Decide("一般公共预算支出表", new[] { "部门预算支出经济分类科目", "科目编码", "科目名称", "合计", "人员经费", "公用经费" }, economic);
        Assert.Equal(TableKind.GeneralBasicExpenditure, d.Kind);
        Assert.Contains(d.Evidence, e => e.Source == KindSource.Codes && e.Kind == TableKind.GeneralExpenditure && e.Score < 0);
        Assert.Contains(d.Evidence, e => e.Source == KindSource.Codes && e.Kind == TableKind.GeneralBasicExpenditure && e.Score > 0);
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
        Assert.Equal(KindSource.NumberInToc, d.RecognisedBy);
    }

    [Fact]
    public void AStrongTitleOutweighsAHeaderOfAnotherKind()
    {
        var d = Decide("部门收入总表", new[] { "科目编码", "科目名称", "合计", "基本支出", "项目支出" }, new CodeProfile(9, 0, 0, 0));
        Assert.Equal(TableKind.Revenue, d.Kind);
    }

    [Fact]
    public void NoEvidenceIsOther() => Assert.Equal(TableKind.Other, Decide(null).Kind);

    [Fact]
    public void APrintedNumberPointsToItsTocEntry()
    {
        var place = TableKindCatalog.PlaceInToc(Toc, "表6", "经费情况表", NoTablesBefore);
        Assert.NotNull(place);
        Assert.Equal(5, place!.Position);
        Assert.Equal(TableKindCatalog.TocPlace.ByNumber, place.How);
        Assert.Equal(TableKind.GeneralBasicExpenditure, place.Entry.Kind);
    }

    [Fact]
    public void AnUnnumberedTableIsFoundByItsTitleInTheToc()
    {
        var place = TableKindCatalog.PlaceInToc(Toc, null, "一般公共预算 基本支出表", NoTablesBefore);
        Assert.Equal(TableKindCatalog.TocPlace.ByTitle, place!.How);
        Assert.Equal(5, place.Position);
    }

    [Fact]
    public void AnUnnumberedUnknownTitleTakesTheEntryAfterThePreviousTables()
    {
        // the table before printed 表5 (entry 5); this one prints no number and a title no entry prints: entry 6
        var place = TableKindCatalog.PlaceInToc(Toc, null, "单位经费明细表", new (string?, string?)[] { ("表4", "财政拨款收支总表"), ("表5", null) });
        Assert.Equal(TableKindCatalog.TocPlace.ByOrder, place!.How);
        Assert.Equal(5, place.Position);
        // a printed number that no entry has never falls back to order
        Assert.Null(TableKindCatalog.PlaceInToc(Toc, "表12", "单位经费明细表", new (string?, string?)[] { ("表5", null) }));
    }

    [Fact]
    public void AnUnseenTitleIsResolvedByTocOrderAndColumns()
    {
        // an unseen title (no rule), no number; the 目录 order places it at 一般公共预算支出表, and its columns
        // (基本 + 项目) speak for the expenditure tables: the two together decide general-expenditure
        var header = new[] { "编码", "科目名称", "总额", "基本支出", "项目支出" };
        Assert.Null(TableKindCatalog.KindOfHeader(header));
        var place = TableKindCatalog.PlaceInToc(Toc, null, "公共财政拨款经费安排表", new (string?, string?)[] { ("表4", "财政拨款收支总表") });
        var d = TableKindCatalog.Decide(new TableKindCatalog.Clues("公共财政拨款经费安排表", header, new CodeProfile(14, 0, 0, 0), place));
        Assert.Equal(TableKind.GeneralExpenditure, d.Kind);
        Assert.Contains(d.Evidence, e => e.Source == KindSource.OrderInToc && e.Kind == TableKind.GeneralExpenditure && e.Score == TableKindCatalog.TocOrderScore);
        Assert.Contains(d.Evidence, e => e.Source == KindSource.Columns && e.Kind == TableKind.GeneralExpenditure && e.Detail.Contains(Measure.Basic.Text()) && e.Detail.Contains(Measure.Project.Text()));
        Assert.Contains(d.Evidence, e => e.Source == KindSource.TitleUnlisted);
    }

    [Fact]
    public void The目录OrderAloneNeverMakesAKind()
    {
        // an untitled fragment after the summary (the summary's own tail): entry 2 by order is no evidence by itself
        var place = TableKindCatalog.PlaceInToc(Toc, null, null, new (string?, string?)[] { ("表1", "部门收支总表") });
        Assert.Equal(TableKindCatalog.TocPlace.ByOrder, place!.How);
        var d = TableKindCatalog.Decide(new TableKindCatalog.Clues(null, new[] { "小计", "上年结转资金" }, CodeProfile.Empty, place));
        Assert.Equal(TableKind.Other, d.Kind);
    }

    [Theory]
    [InlineData(new[] { "项目", "合计", "因公出国（境）费用", "公务用车购置及运行维护费" }, TableKind.ThreePublic)]
    [InlineData(new[] { "科目编码", "科目名称", "人员类支出", "日常公用支出" }, TableKind.GeneralBasicExpenditure)]
    [InlineData(new[] { "科目名称", "合计", "一般公共预算拨款收入", "事业收入", "其他收入" }, TableKind.Revenue)]
    public void ColumnMeasuresSpeakForAKindWhereTheHeaderWordsDoNot(string[] header, TableKind kind)
    {
        Assert.Null(TableKindCatalog.KindOfHeader(header));
        var d = Decide("情况表", header);
        Assert.Equal(kind, d.Kind);
        Assert.Equal(KindSource.Columns, d.RecognisedBy);
    }

    [Fact]
    public void ColumnMeasuresNeverOutweighAStrongTitle()
    {
        var d = Decide("部门收入总表", new[] { "项目", "合计", "基本支出经费", "项目支出经费" });
        Assert.Equal(TableKind.Revenue, d.Kind);
    }
}
