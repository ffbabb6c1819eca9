using Extractor.Model;
using Extractor.Normalization;
using Extractor.Recognition;
using Extractor.Reports;

namespace Extractor.Tests.Government;

/// <summary>
/// Title and header wordings of the government family that the shared corpus does not (all) print, written from the
/// standard 附表 of 预算执行情况和预算草案的报告 and 决算报告 (DOMAIN.md section 3b): each variant with the kind or
/// measure it must get. Coverage words (全市/全县/区本级 …), years, 预算（草案）, 执行情况, 决算, ordinal prefixes,
/// full-width and half-width punctuation and line breaks inside a title must not change the answer.
/// </summary>
public class GovernmentWordingVariantTests
{
    const TableKind GeneralRevenue = TableKind.GovernmentGeneralRevenue, GeneralExpenditure = TableKind.GovernmentGeneralExpenditure,
        GeneralBasic = TableKind.GovernmentGeneralBasicExpenditure, FundRevenue = TableKind.GovernmentFundRevenue,
        FundExpenditure = TableKind.GovernmentFundExpenditure, CapitalRevenue = TableKind.StateCapitalRevenue,
        CapitalExpenditure = TableKind.StateCapitalExpenditure, InsuranceRevenue = TableKind.SocialInsuranceRevenue,
        InsuranceExpenditure = TableKind.SocialInsuranceExpenditure, Balance = TableKind.Balance, Transfers = TableKind.TransferPayments,
        Debt = TableKind.Debt, ThreePublic = TableKind.ThreePublic;

    [Theory]
    // 一般公共预算收入: every phase word, every coverage word, ordinal prefixes, full-width digits and brackets
    [InlineData("附表1-1 2025年全市一般公共预算收入执行情况表", GeneralRevenue)]
    [InlineData("表一：2026年县本级一般公共预算收入预算（草案）表", GeneralRevenue)]
    [InlineData("2026年全省一般公共预算收入预算表(草案)", GeneralRevenue)]
    [InlineData("附表2-1：2025年市本级一般公共预算收入预算执行情况表", GeneralRevenue)]
    [InlineData("２０２６年全县一般公共预算收入预算表", GeneralRevenue)]
    [InlineData("2024年全区一般公共预算收入决算表", GeneralRevenue)]
    [InlineData("2025年区本级一般公共预算收入预计执行情况表", GeneralRevenue)]
    [InlineData("2026年市级公共财政收入预算表", GeneralRevenue)]
    [InlineData("2025年全县地方财政收入完成情况表", GeneralRevenue)]
    [InlineData("2026年全市一般公共预算\n收入预算表", GeneralRevenue)]
    [InlineData("表二 2025年一般公共预算收入调整预算表", GeneralRevenue)]
    // 一般公共预算支出 and its 本级支出, 基本支出 (经济分类)
    [InlineData("附表1-2 2025年全市一般公共预算支出执行情况表", GeneralExpenditure)]
    [InlineData("2026年市本级一般公共预算本级支出预算表", GeneralExpenditure)]
    [InlineData("2026年县本级一般公共预算支出预算表（按功能分类科目）", GeneralExpenditure)]
    [InlineData("2024年全省一般公共预算支出决算表", GeneralExpenditure)]
    [InlineData("2026年全县公共财政支出预算(草案)表", GeneralExpenditure)]
    [InlineData("2026年市本级一般公共预算基本支出预算表", GeneralBasic)]
    [InlineData("2026年市本级一般公共预算基本支出经济分类预算表", GeneralBasic)]
    [InlineData("2026年区本级一般公共预算支出预算表（按政府预算支出经济分类科目）", GeneralBasic)]
    [InlineData("2024年市本级一般公共预算基本支出决算表", GeneralBasic)]
    // 政府性基金, 国有资本经营, 社会保险基金: revenue, expenditure, both sides, balance
    [InlineData("2026年全市政府性基金预算收入预算表", FundRevenue)]
    [InlineData("2025年市本级政府性基金收入执行情况表", FundRevenue)]
    [InlineData("2024年全省政府性基金预算收入决算表", FundRevenue)]
    [InlineData("2026年市本级政府性基金预算本级支出预算表", FundExpenditure)]
    [InlineData("2025年全县政府性基金预算支出执行情况表", FundExpenditure)]
    [InlineData("2026年市本级国有资本经营预算收入预算表", CapitalRevenue)]
    [InlineData("2024年国有资本经营收入决算表", CapitalRevenue)]
    [InlineData("2026年市本级国有资本经营预算支出预算表", CapitalExpenditure)]
    [InlineData("2025年全市国有资本经营预算支出执行情况表", CapitalExpenditure)]
    [InlineData("2026年全市社会保险基金预算收入表", InsuranceRevenue)]
    [InlineData("2024年全省社会保险基金收入决算表", InsuranceRevenue)]
    [InlineData("2026年全市社会保险基金预算支出表", InsuranceExpenditure)]
    [InlineData("2025年社会保险基金支出执行情况表", InsuranceExpenditure)]
    [InlineData("2026年政府性基金收支预算表", Balance)]
    [InlineData("2025年国有资本经营预算收支执行情况表", Balance)]
    [InlineData("2026年全市社会保险基金收支预算表", Balance)]
    // a fund's table naming neither side holds both (收入 rows, 支出 rows, 结余)
    [InlineData("2025年全市社会保险基金执行情况表", Balance)]
    [InlineData("2026年全县社会保险基金预算表", Balance)]
    [InlineData("2024年国有资本经营决算表", Balance)]
    // … unless it lists projects
    [InlineData("2025年市本级政府性基金预算重点项目执行情况表", TableKind.ProjectExpenditure)]
    // 平衡表 and 总表
    [InlineData("2026年全市一般公共预算收支平衡表", Balance)]
    [InlineData("2025年全市财政收支执行平衡表", Balance)]
    [InlineData("2024年县本级财政收支决算总表", Balance)]
    [InlineData("2026年政府性基金预算收支平衡表", Balance)]
    // 转移支付: by region, by item, general and special, fund transfers
    [InlineData("2026年一般公共预算税收返还和转移支付分地区预算表", Transfers)]
    [InlineData("2024年省级一般公共预算税收返还和转移支付\n分市县决算表", Transfers)]
    [InlineData("2026年市对县一般性转移支付分项目预算表", Transfers)]
    [InlineData("2025年专项转移支付分地区执行情况表", Transfers)]
    [InlineData("2026年政府性基金预算对下转移支付预算表", Transfers)]
    [InlineData("2024年国有资本经营预算转移支付分地区分项目决算表", Transfers)]
    // 债务: limits and balances, issuance, repayment, new bonds
    [InlineData("2025年地方政府债务限额及余额情况表", Debt)]
    [InlineData("2025年全市政府一般债务限额和余额情况表", Debt)]
    [InlineData("2026年地方政府专项债务余额情况表", Debt)]
    [InlineData("2025年地方政府债券发行及还本付息情况表", Debt)]
    [InlineData("2026年地方政府债务还本付息预算表", Debt)]
    [InlineData("2025年新增地方政府债券资金安排表", Debt)]
    [InlineData("2024年全省地方政府一般债务限额和余额分地区决算表", Debt)]
    // 三公 (the government's own)
    [InlineData("2026年市本级一般公共预算“三公”经费预算表", ThreePublic)]
    [InlineData("2026年县本级\"三公\"经费支出预算表", ThreePublic)]
    [InlineData("表十二 2024年区本级一般公共预算三公经费支出决算表", ThreePublic)]
    public void TitleVariantsGetTheirKind(string title, TableKind kind) =>
        Assert.Equal(kind, GovernmentTableRecognizer.KindOfTitle(title));

    [Theory]
    [InlineData("2026年省级财政专项资金目录结构表")]
    [InlineData("2024年省级重点绩效评价情况表")]
    [InlineData("2025-2026年全省社会保险基础资料表")]
    [InlineData("2026年省级国有资本经营预算补充表")]
    public void TablesOfNoSection3bKindStayOther(string title) =>
        Assert.True(GovernmentTableRecognizer.KindOfTitle(title) is null or TableKind.Other);

    [Theory]
    // budget: 预算数, 年初预算, 预算（草案）, 建议数
    [InlineData("2026年预算数", "收入预算表", Phase.Budget, Measure.Budget)]
    [InlineData("年初预算数", "收入执行情况表", Phase.Budget, Measure.Budget)]
    [InlineData("2025年年初预算", "收入执行情况表", Phase.Budget, Measure.Budget)]
    [InlineData("2026年预算数（草案）", "收入预算表", Phase.Budget, Measure.Budget)]
    [InlineData("2026年预算草案数", "收入预算表", Phase.Budget, Measure.Budget)]
    [InlineData("2026年预算建议数", "收入预算表", Phase.Budget, Measure.Budget)]
    // adjusted budget: 调整预算, 变动预算, 调整后预算
    [InlineData("2025年调整预算数", "收入执行情况表", Phase.Budget, Measure.AdjustedBudget)]
    [InlineData("变动预算数", "收入决算表", Phase.Final, Measure.AdjustedBudget)]
    [InlineData("调整后预算数", "收入执行情况表", Phase.Budget, Measure.AdjustedBudget)]
    [InlineData("2025年预算调整数", "收入执行情况表", Phase.Budget, Measure.AdjustedBudget)]
    // execution: 执行数, 完成数, 预计执行, 执行
    [InlineData("2025年执行数", "收入执行情况表", Phase.Budget, Measure.Execution)]
    [InlineData("2025年预计执行数", "收入表", Phase.Budget, Measure.Execution)]
    [InlineData("预计完成数", "收入表", Phase.Budget, Measure.Execution)]
    [InlineData("2025年完成数", "收入表", Phase.Budget, Measure.Execution)]
    [InlineData("执行", "收入表", Phase.Budget, Measure.Execution)]
    [InlineData("2025年1-12月执行数", "收入表", Phase.Budget, Measure.Execution)]
    // final: 决算数, 实际数 in a final account (in a budget report 实际数 is the execution)
    [InlineData("2024年决算数", "收入决算表", Phase.Final, Measure.Final)]
    [InlineData("决算", "收入表", Phase.Final, Measure.Final)]
    [InlineData("实际数", "收入决算表", Phase.Final, Measure.Final)]
    [InlineData("2025年实际数", "收入执行情况表", Phase.Budget, Measure.Execution)]
    // prior year
    [InlineData("上年执行数", "收入预算表", Phase.Budget, Measure.PriorYear)]
    [InlineData("上年决算数", "收入决算表", Phase.Final, Measure.PriorYear)]
    [InlineData("上年预算数", "收入预算表", Phase.Budget, Measure.PriorYear)]
    // percent of budget: 为预算%, 完成预算%, 占预算%, 为调整预算%, 预算完成率
    [InlineData("为预算%", "收入执行情况表", Phase.Budget, Measure.PercentOfBudget)]
    [InlineData("完成预算%", "收入执行情况表", Phase.Budget, Measure.PercentOfBudget)]
    [InlineData("占预算%", "收入执行情况表", Phase.Budget, Measure.PercentOfBudget)]
    [InlineData("为调整预算（％）", "收入执行情况表", Phase.Budget, Measure.PercentOfBudget)]
    [InlineData("决算数为调整预算数的%", "收入决算表", Phase.Final, Measure.PercentOfBudget)]
    [InlineData("执行数/为预算%", "收入执行情况表", Phase.Budget, Measure.PercentOfBudget)]
    [InlineData("完成年初预算的百分比", "收入执行情况表", Phase.Budget, Measure.PercentOfBudget)]
    [InlineData("预算完成率（%）", "收入执行情况表", Phase.Budget, Measure.PercentOfBudget)]
    [InlineData("完成变动预算%", "收入决算表", Phase.Final, Measure.PercentOfBudget)]
    // growth percent: 比上年增长%, 增减%, 增幅, 同比
    [InlineData("比上年增长%", "收入执行情况表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("比上年增长（％）", "收入执行情况表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("比上年增减%", "收入执行情况表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("增幅(%)", "收入执行情况表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("同比增长", "收入执行情况表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("同比增减（%）", "收入执行情况表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("比上年执行数增长%", "收入预算表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("2026年预算数比2025年执行数增长%", "收入预算表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("决算数为上年决算数%", "收入决算表", Phase.Final, Measure.GrowthPercent)]
    [InlineData("比上年/增长%", "收入执行情况表", Phase.Budget, Measure.GrowthPercent)]
    [InlineData("增长率", "收入执行情况表", Phase.Budget, Measure.GrowthPercent)]
    // change: 增减额, 比上年增加
    [InlineData("比上年增减额", "收入执行情况表", Phase.Budget, Measure.Change)]
    [InlineData("增减", "收入执行情况表", Phase.Budget, Measure.Change)]
    [InlineData("比上年增加", "收入执行情况表", Phase.Budget, Measure.Change)]
    // a column naming a place or a fund: the figures the title names
    [InlineData("全市", "收入执行情况表", Phase.Budget, Measure.Execution)]
    [InlineData("市本级", "收入决算表", Phase.Final, Measure.Final)]
    [InlineData("城乡居民基本养老保险基金", "社会保险基金收入预算（草案）表", Phase.Budget, Measure.Budget)]
    [InlineData("一般债务", "地方政府债务限额决算表", Phase.Final, Measure.Final)]
    public void HeaderVariantsGetTheirMeasure(string label, string title, Phase phase, Measure measure) =>
        Assert.Equal(measure, GovernmentHeaderReader.MeasureOf(label, title, phase, Array.Empty<string>()));

    [Theory]
    // the government's own 三公 table, read by its rows: the total and the vehicles line as printed in 附表
    [InlineData("一、“三公”经费支出合计", Measure.Total)]
    [InlineData("“三公”经费合计", Measure.Total)]
    [InlineData("三、公务用车购置和运行费", Measure.Vehicles)]
    [InlineData("二、公务用车购置及运行维护费", Measure.Vehicles)]
    public void ThreePublicRowVariantsGetTheirMeasure(string row, Measure measure) =>
        Assert.Equal(measure, HeaderCatalog.MeasureOf(row));

    /// <summary>A government report whose tables print their titles over two lines, and two numbered tables printed
    /// without title: a two-sided one and one whose row names carry ordinals (1.利润收入).</summary>
    const string Report = "关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
        "表1 2025年全市一般公共预算收入执行情况表\n单位：万元\n" +
        "项目\t预算数\t执行数\n" +
        "税收收入\t80000\t84000\n" +
        "非税收入\t30000\t36000\n" +
        "\n说明文字。\n\n" +
        "2026年市级一般公共预算税收返还和转移支付\n分县区预算表\n单位：万元\n" +
        "地区\t预算数\n" +
        "合计\t600\n" +
        "甲县\t200\n" +
        "乙区\t400\n" +
        "\n说明文字。\n\n" +
        "2026年市本级政府性基金\n收入预算表\n单位：万元\n" +
        "项目\t预算数\n" +
        "国有土地使用权出让收入\t900\n" +
        "城市基础设施配套费收入\t100\n" +
        "\n说明文字。\n\n" +
        "2026年市本级一般公共预算“三公”经费、会议费、培\n训费、机关运行经费预算表\n单位：万元\n" +
        "项目\t预算数\n" +
        "合计\t30\n" +
        "因公出国（境）费\t10\n" +
        "公务接待费\t20\n" +
        "\n说明文字。\n\n" +
        "表4\n单位：万元\n" +
        "收入\t预算数\t支出\t预算数\n" +
        "国有资本经营预算收入\t30\t国有资本经营预算支出\t30\n" +
        "利润收入\t20\t国有企业资本金注入\t30\n" +
        "\n说明文字。\n\n" +
        "表5\n单位：万元\n" +
        "项目\t预算数\n" +
        "1.利润收入\t20\n" +
        "2.股利、股息收入\t10\n" +
        "3.产权转让收入\t5\n" +
        "\n说明文字。\n\n" +
        "2026年市本级社会保险基金收入预算草案\n单位：万元\n" +
        "项目\t预算数\n" +
        "保险费收入\t20\n" +
        "财政补贴收入\t10\n" +
        "\n说明文字。\n\n" +
        "表7\n单位：万元\n" +
        "项目\t合计\n" +
        "一、收入\t30\n" +
        "1、保险费收入\t20\n" +
        "2、财政补贴收入\t10\n" +
        "二、支出\t25\n" +
        "1、社会保险待遇支出\t20\n" +
        "2、转移支出\t5\n" +
        "\n说明文字。\n\n" +
        "（无政府性基金支出）\n一般公共预算支出预算表\n单位：万元\n" +
        "项目\t预算数\n" +
        "教育支出\t20\n" +
        "卫生健康支出\t10\n";

    [Fact]
    public void TitlesPrintedOverTwoLinesNameTheirKind()
    {
        var doc = GovernmentDocs.Extract(Report);
        Assert.Equal(Scope.Government, doc.Metadata.Scope);
        var transfers = doc.Tables[1];
        Assert.Equal(TableKind.TransferPayments, transfers.Kind);
        Assert.Equal("2026年市级一般公共预算税收返还和转移支付分县区预算表", transfers.Title);
        // the second line alone (收入预算表) names the general budget: the whole title names the fund
        Assert.Equal(TableKind.GovernmentFundRevenue, doc.Tables[2].Kind);
        // a bracketed note above a title is no part of it
        Assert.Equal(TableKind.GovernmentGeneralExpenditure, doc.Tables[8].Kind);
        Assert.Equal("一般公共预算支出预算表", doc.Tables[8].Title);
        // a last line naming a kind by itself (机关运行经费…预算表) still joins the line above when the whole names more
        Assert.Equal(TableKind.ThreePublic, doc.Tables[3].Kind);
        Assert.Equal("2026年市本级一般公共预算“三公”经费、会议费、培训费、机关运行经费预算表", doc.Tables[3].Title);
    }

    [Fact]
    public void UntitledTablesAreNamedByTheirLayoutAndRows()
    {
        var doc = GovernmentDocs.Extract(Report);
        // 收入 … 支出 side by side: a 平衡表
        Assert.Equal(TableKind.Balance, doc.Tables[4].Kind);
        // row names with ordinals still name the kind
        Assert.Equal(TableKind.StateCapitalRevenue, doc.Tables[5].Kind);
        // revenue rows and expenditure rows of one fund: both sides
        Assert.Equal(TableKind.Balance, doc.Tables[7].Kind);
    }

    [Fact]
    public void AGovernmentTitlePrintedWithoutItsEndingIsStillTheTitle()
    {
        var doc = GovernmentDocs.Extract(Report);
        Assert.Equal("2026年市本级社会保险基金收入预算草案", doc.Tables[6].Title);
        Assert.Equal(TableKind.SocialInsuranceRevenue, doc.Tables[6].Kind);
    }

    [Fact]
    public void TheReportListsOtherTablesAndUnknownHeaders()
    {
        var doc = GovernmentDocs.Of(
            Checks.TableText.Build(0, TableKind.Other, "指标值:other", "|资产总额合计|100"),
            Checks.TableText.Build(1, TableKind.GovernmentGeneralRevenue, "利率:other", "|税收收入|3.5"));
        doc.Tables[0].Title = "2026年省级国有资本经营预算补充表";
        var entry = GovernmentReport.Entry(doc)!;
        var other = Assert.Single(entry.OtherTables);
        Assert.Equal("2026年省级国有资本经营预算补充表", other.Title);
        var text = GovernmentReport.Format(new[] { new CorpusDocumentResult { File = "gov.pdf", Scope = Scope.Government, Government = entry } });
        Assert.Contains("other: table 0", text);
        Assert.Contains("\"2026年省级国有资本经营预算补充表\" (1 amounts)", text);
        Assert.Contains("column headers of no measure in government documents: 2 labels, 2 amounts:", text);
        Assert.Contains("\"利率\"\t1 amounts in 1 document(s)", text);
    }
}
