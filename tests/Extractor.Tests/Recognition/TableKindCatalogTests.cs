using Extractor.Model;
using Extractor.Recognition;

namespace Extractor.Tests.Recognition;

public class TableKindCatalogTests
{
    [Theory]
    [InlineData("收支总表", TableKind.Summary)]
    [InlineData("收支预算总表", TableKind.Summary)]
    [InlineData("2025年部门收支总表", TableKind.Summary)]
    [InlineData("财务收支预算总表", TableKind.Summary)]
    [InlineData("部门收支总体情况表", TableKind.Summary)]
    [InlineData("收入支出决算总表", TableKind.Summary)]
    [InlineData("单位收入汇总表", TableKind.Revenue)]
    [InlineData("收入预算总表", TableKind.Revenue)]
    [InlineData("部门收入总表", TableKind.Revenue)]
    [InlineData("收入决算表", TableKind.Revenue)]
    [InlineData("单位支出汇总表", TableKind.Expenditure)]
    [InlineData("支出预算总表", TableKind.Expenditure)]
    [InlineData("部门支出总表", TableKind.Expenditure)]
    [InlineData("支出决算表", TableKind.Expenditure)]
    [InlineData("财政拨款收支总表", TableKind.AppropriationSummary)]
    [InlineData("财政拨款收支总体情况表", TableKind.AppropriationSummary)]
    [InlineData("财政拨款收入支出决算总表", TableKind.AppropriationSummary)]
    [InlineData("一般公共预算支出表", TableKind.GeneralExpenditure)]
    [InlineData("一般公共预算（财政拨款）支出表", TableKind.GeneralExpenditure)]
    [InlineData("一般公共预算财政拨款支出预算表", TableKind.GeneralExpenditure)]
    [InlineData("一般公共预算支出情况表", TableKind.GeneralExpenditure)]
    [InlineData("一般公共预算财政拨款支出决算表", TableKind.GeneralExpenditure)]
    [InlineData("一般公共预算基本支出表", TableKind.GeneralBasicExpenditure)]
    [InlineData("一般公共预算财政拨款基本支出表", TableKind.GeneralBasicExpenditure)]
    [InlineData("一般公共预算（财政拨款）基本支出经济分类预算表", TableKind.GeneralBasicExpenditure)]
    [InlineData("一般公共预算财政拨款基本支出决算表", TableKind.GeneralBasicExpenditure)]
    [InlineData("基本支出情况表", TableKind.GeneralBasicExpenditure)]
    [InlineData("\"三公\"经费支出表", TableKind.ThreePublic)]
    [InlineData("财政拨款“三公”经费支出表", TableKind.ThreePublic)]
    [InlineData("一般公共预算‘三公’经费支出表", TableKind.ThreePublic)]
    [InlineData("一般公共预算财政拨款「三公」经费支出决算表", TableKind.ThreePublic)]
    [InlineData("政府性基金预算支出表", TableKind.GovernmentFundExpenditure)]
    [InlineData("政府性基金预算财政拨款支出表", TableKind.GovernmentFundExpenditure)]
    [InlineData("政府性基金预算财政拨款收入支出决算表", TableKind.GovernmentFundExpenditure)]
    [InlineData("国有资本经营预算支出表", TableKind.StateCapitalExpenditure)]
    [InlineData("国有资本经营预算财政拨款支出决算表", TableKind.StateCapitalExpenditure)]
    [InlineData("项目支出绩效目标表", TableKind.PerformanceTargets)]
    [InlineData("部门整体支出绩效目标表", TableKind.PerformanceTargets)]
    [InlineData("项目绩效目标表", TableKind.PerformanceTargets)]
    [InlineData("政府采购预算表", TableKind.Procurement)]
    [InlineData("政府采购预算明细表", TableKind.Procurement)]
    [InlineData("项目支出表", TableKind.ProjectExpenditure)]
    [InlineData("项目支出预算表", TableKind.ProjectExpenditure)]
    [InlineData("部门预算项目支出及其他支出预算表", TableKind.ProjectExpenditure)]
    [InlineData("表11.2026年市级部门项目支出绩效表", TableKind.PerformanceTargets)]
    [InlineData("2026年预算单位一般公共预算基本支出部门预算经济分类预算表", TableKind.GeneralBasicExpenditure)]
    [InlineData("2026年预算单位一般公共预算支出功能分类预算表", TableKind.GeneralExpenditure)]
    [InlineData("2026年单位“三公”经费和机关运行经费预算表", TableKind.ThreePublic)]
    [InlineData("财政拨款安排的行政经费及“三公”经费预算表", TableKind.ThreePublic)]
    [InlineData("本年支出总体情况表", TableKind.Expenditure)]
    [InlineData("收入总体情况表", TableKind.Revenue)]
    [InlineData("部门综合预算政府性基金收支表", TableKind.GovernmentFundExpenditure)]
    [InlineData("一般公共预算拨款支出预算表", TableKind.GeneralExpenditure)]
    public void TitleNamesItsKind(string title, TableKind kind) => Assert.Equal(kind, TableKindCatalog.KindOfTitle(title));

    [Theory]
    [InlineData("部门预算公开说明")]
    [InlineData("人员情况表")]
    public void UnknownTitleNamesNoKind(string title) => Assert.Null(TableKindCatalog.KindOfTitle(title));

    [Theory]
    [InlineData("政府购买服务预算表")]
    [InlineData("一般公共预算机关运行经费支出预算表")]
    [InlineData("项目绩效自评表")]
    public void TablesThatResembleStandardOnesAreOther(string title) => Assert.Equal(TableKind.Other, TableKindCatalog.KindOfTitle(title));

    [Theory]
    [InlineData("财政拨款基本支出预算表", TableKind.GeneralBasicExpenditure)]
    [InlineData("基本支出总表", TableKind.GeneralBasicExpenditure)]
    [InlineData("财政拨款支出预算表", TableKind.GeneralExpenditure)]
    [InlineData("一般公共预算支出表（按经济分类）", TableKind.GeneralBasicExpenditure)]
    public void LooseTitlesAreWeakMatches(string title, TableKind kind)
    {
        var rule = TableKindCatalog.RuleOfTitle(title);
        Assert.Equal(kind, rule?.Kind);
        Assert.True(rule!.Weak);
    }

    [Fact]
    public void WeakTitleYieldsToAStrongOneInTheSameDocument()
    {
        var doc = RecognizedFromLines("财政拨款基本支出预算表", "一般公共预算基本支出预算表");
        Assert.Equal(new[] { TableKind.Other, TableKind.GeneralBasicExpenditure }, doc.Tables.Select(t => t.Kind));
        var alone = RecognizedFromLines("财政拨款基本支出预算表");
        Assert.Equal(TableKind.GeneralBasicExpenditure, alone.Tables[0].Kind);
        // Two weak ones: the one closer to the canonical title wins.
        var ranked = RecognizedFromLines("基本支出总表", "一般公共预算支出表（按经济分类）");
        Assert.Equal(new[] { TableKind.Other, TableKind.GeneralBasicExpenditure }, ranked.Tables.Select(t => t.Kind));
    }

    static RecognizedDocument RecognizedFromLines(params string[] titles)
    {
        var text = string.Concat(titles.Select(t => $"{t}\n单位：万元\n科目编码\t科目名称\t合计\n301\t工资福利支出\t1.00\n\n"));
        var raw = new Extractor.Raw.RawDocument { SourcePath = "x.txt", Format = "text" };
        var page = new Extractor.Raw.RawPage { Number = 1 };
        page.Blocks.AddRange(Extractor.Sources.Text.TextLineSplitter.Split(text));
        raw.Pages.Add(page);
        return DocumentRecognizer.Recognize(raw);
    }

    [Theory]
    [InlineData("部门公开表01 部门收支总表", "部门公开表01", TableKind.Summary)]
    [InlineData("公开07表 2025年“三公”经费支出预算表", "公开07表", TableKind.ThreePublic)]
    [InlineData("表4 一般公共预算支出表", "表4", TableKind.GeneralExpenditure)]
    [InlineData("附表1-3 2025年一般公共预算基本支出表", "附表1-3", TableKind.GeneralBasicExpenditure)]
    [InlineData("2025年部门收支总表（单位：万元）", null, TableKind.Summary)]
    public void NumberedTitleLineGivesNumberAndKind(string line, string? number, TableKind kind)
    {
        var caption = CaptionParser.Parse(line);
        Assert.True(caption.IsCaption);
        Assert.Equal(number, caption.Caption.Number);
        Assert.Equal(kind, TableKindCatalog.KindOfTitle(caption.Caption.Title));
    }

    [Fact]
    public void HeaderWithPersonnelAndPublicCostsByEconomicClassIsTheBasicTable() =>
        Assert.Equal(TableKind.GeneralBasicExpenditure,
            TableKindCatalog.KindOfHeader(new[] { "部门预算支出经济分类科目", "科目编码", "科目名称", "合计", "人员经费", "公用经费" }));

    [Fact]
    public void HeaderWithOutboundAndReceptionIsThreePublic() =>
        Assert.Equal(TableKind.ThreePublic, TableKindCatalog.KindOfHeader(new[] { "合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行维护费" }));

    [Fact]
    public void UnitLineWithReportingUnitGivesBoth()
    {
        var caption = CaptionParser.Parse("编制单位：上海市普陀区财政局        金额单位：万元");
        Assert.Equal(("上海市普陀区财政局", "万元"), (caption.Caption.ReportingUnit, caption.Caption.AmountUnit));
        Assert.True(caption.IsCaption);
    }

    [Fact]
    public void ConditionalEmptyNoteIsNotADefiniteStatement()
    {
        var conditional = CaptionParser.Parse("注：若为空表，则为该部门（单位）无“三公”经费支出");
        Assert.True(conditional.Caption.NoteSaysEmpty);
        Assert.False(conditional.Caption.NoteSaysEmptyDefinitely);
        var definite = CaptionParser.Parse("注：本部门无政府性基金预算收支，故本表为空表。");
        Assert.True(definite.Caption.NoteSaysEmptyDefinitely);
    }

    [Fact]
    public void NarrativeSentenceIsNoTitle()
    {
        Assert.False(CaptionParser.LooksLikeTitle("2025 年“三公”经费预算情况说明"));
        Assert.False(CaptionParser.LooksLikeTitle("第二部分 2025 年单位预算表"));
        Assert.False(CaptionParser.LooksLikeTitle("具体情况详见附表"));
    }
}
