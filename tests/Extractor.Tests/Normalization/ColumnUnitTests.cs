using Extractor.Checks;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Normalization;
using Extractor.Tests.Government;

namespace Extractor.Tests.Normalization;

/// <summary>
/// A unit printed in a column's header governs that column's amounts (TableGrid.ColumnUnit): money gives an exact yuan
/// value and beats the table's unit line, % and ratios are never money, non-money units stay as printed, and nothing
/// printed means no unit.
/// </summary>
public class ColumnUnitTests
{
    const string Report = "关于云溪市2025年财政预算执行情况的报告\n\n受市人民政府委托，报告全市预算执行情况，请予审议。\n\n";

    static List<Amount> Column(BudgetDocument doc, string label) =>
        doc.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Amounts).Where(a => a.ColumnLabel.Contains(label) && a.Value is not null).ToList();

    [Theory]
    [InlineData("发行量（亿元）", "亿元")]
    [InlineData("发行量(亿元)", "亿元")]
    [InlineData("西安市卫生健康委员会/全年预算数（万元）/总额", "万元")]
    [InlineData("预算数（单位：万元）", "万元")]
    [InlineData("预算数（单位:元）", "元")]
    [InlineData("单位：千元/预算数", "千元")]
    [InlineData("预算数/万元", "万元")]
    [InlineData("编制人数（单位：人）", "人")]
    [InlineData("科目编码/项", null)]
    [InlineData("利率（%）", "%")]
    [InlineData("债务平均利率（％）/合计", "%")]
    [InlineData("债务平均年限（年）/一般债务", "年")]
    [InlineData("金额（万元）/其中：人均（元）", "元")]
    [InlineData("2023年债务余额（决算数）/一般债务", null)]
    [InlineData("执行率（B/A）", null)]
    [InlineData("产粮（油）大县奖励资金", null)]
    [InlineData("预算数", null)]
    public void TheUnitAColumnHeaderPrints(string label, string? unit) => Assert.Equal(unit, AmountUnits.InHeader(label));

    [Fact]
    public void AColumnInHundredMillionsUnderATableWithNoUnitLineIsReadInHundredMillions()
    {
        var doc = GovernmentDocs.Extract(Report +
            "表3 2025年云溪市地方政府债券发行情况表\n" +
            "债券名称\t发行量（亿元）\t期限（年）\t利率（%）\n" +
            "合计\t12.50\t\t\n2025年云溪市一般债券（一期）\t4.25\t10\t2.35\n2025年云溪市专项债券（一期）\t8.25\t15\t2.41\n");
        var issued = Column(doc, "发行量");
        Assert.Equal(3, issued.Count);
        Assert.All(issued, a => { Assert.Equal("亿元", a.Unit); Assert.Equal(a.Value * 100_000_000m, a.Yuan); });
        Assert.Contains(issued, a => a.Yuan == 425_000_000m);
        var years = Column(doc, "期限");
        Assert.Equal(2, years.Count);
        Assert.All(years, a => { Assert.Equal("年", a.Unit); Assert.Null(a.Yuan); });
        var rates = Column(doc, "利率");
        Assert.Equal(2, rates.Count);
        Assert.All(rates, a => { Assert.Equal("%", a.Unit); Assert.Null(a.Yuan); Assert.True(a.Ratio); Assert.Equal(Measure.Other, a.Measure); });
        var items = Projections.LineItems(doc).Where(i => i.ColumnLabel.Contains("发行量")).ToList();
        Assert.Contains(items, i => i.AmountUnit == "亿元" && i.AmountYuan == 825_000_000m);
    }

    [Fact]
    public void AColumnPrintingYuanBeatsTheTablesTenThousands()
    {
        var doc = GovernmentDocs.Extract(Report +
            "表2 2025年云溪市一般公共预算支出预算表\n单位：万元\n" +
            "项目\t预算数\t人均支出（元）\n" +
            "合计\t120.5\t3456.78\n一般公共服务支出\t20.5\t588.10\n教育支出\t100\t2868.68\n");
        var budget = Column(doc, "预算数");
        Assert.NotEmpty(budget);
        Assert.All(budget, a => { Assert.Equal("万元", a.Unit); Assert.Equal(a.Value * 10_000m, a.Yuan); });
        var perHead = Column(doc, "人均支出");
        Assert.Equal(3, perHead.Count);
        Assert.All(perHead, a => { Assert.Equal("元", a.Unit); Assert.Equal(a.Value, a.Yuan); });
        Assert.Contains(perHead, a => a.Yuan == 3456.78m);
    }

    [Fact]
    public void AColumnWithNoUnitUnderATableWithNoUnitLineKeepsNoUnit()
    {
        var doc = GovernmentDocs.Extract(Report +
            "表2 2025年云溪市一般公共预算支出预算表\n" +
            "项目\t预算数\t人均支出（元）\n" +
            "合计\t120.5\t3456.78\n教育支出\t120.5\t3456.78\n");
        var budget = Column(doc, "预算数");
        Assert.Equal(2, budget.Count);
        Assert.All(budget, a => { Assert.Null(a.Unit); Assert.Null(a.Yuan); });
        Assert.All(Column(doc, "人均支出"), a => { Assert.Equal("元", a.Unit); Assert.Equal(3456.78m, a.Yuan); });
    }

    [Fact]
    public void APercentColumnIsInPercentWhateverTheTablesUnitAndIsStillRecomputed()
    {
        var doc = GovernmentDocs.Extract(Report +
            "表1 2025年云溪市一般公共预算收入执行情况表\n单位：万元\n" +
            "项目\t预算数\t执行数\t占预算(%)\t比上年增长(%)\t上年执行数\n" +
            "收入合计\t200\t210\t105.0\t5.0\t200\n税收收入\t150\t165\t110.0\t10.0\t150\n非税收入\t50\t45\t90.0\t-10.0\t50\n");
        var percents = Column(doc, "(%)").Concat(Column(doc, "（%）")).ToList();
        Assert.Equal(6, percents.Count);
        Assert.All(percents, a => { Assert.Equal("%", a.Unit); Assert.Null(a.Yuan); });
        Assert.Contains(percents, a => a.Measure == Measure.PercentOfBudget);
        Assert.Contains(percents, a => a.Measure == Measure.GrowthPercent);
        Assert.All(Column(doc, "执行数").Where(a => a.Measure == Measure.Execution), a => Assert.Equal(a.Value * 10_000m, a.Yuan));
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.PercentColumns && t.Passed >= 6 && t.Failed == 0);
        var items = Projections.LineItems(doc).Where(i => i.ColumnLabel.Contains('%')).ToList();
        Assert.All(items, i => { Assert.Equal("%", i.AmountUnit); Assert.Null(i.AmountYuan); });
    }

    [Fact]
    public void ADependencyRatioIsARatioWithNoUnitAndNoYuan()
    {
        var doc = GovernmentDocs.Extract(Report +
            "表9 2025年云溪市企业职工基本养老保险基本情况表\n单位：万元\n" +
            "地区\t基金收入\t2025年抚养比\t2025年替代率\n" +
            "全市\t1000\t2.8\t55\n市本级\t600\t3.1\t53\n甲县\t400\t2.4\t58\n");
        var ratios = Column(doc, "抚养比");
        Assert.Equal(3, ratios.Count);
        Assert.All(ratios, a => { Assert.Null(a.Unit); Assert.Null(a.Yuan); Assert.True(a.Ratio); Assert.NotEqual(Measure.Budget, a.Measure); });
        var rates = Column(doc, "替代率");
        Assert.Equal(3, rates.Count);
        Assert.All(rates, a => { Assert.Equal("%", a.Unit); Assert.Null(a.Yuan); });
        Assert.Contains(Column(doc, "基金收入"), a => a.Yuan == 10_000_000m);
    }

    [Fact]
    public void ADebtLineIsNotRolledForwardAcrossUnits()
    {
        // 1000 万元 + 0.1 亿元 − 500 万元 = 1500 万元: right in yuan, wrong as printed; the line is not added as printed
        var doc = GovernmentDocs.Extract(Report +
            "表6 2025年云溪市地方政府债务余额情况表\n单位：万元\n" +
            "地区\t上年末债务余额\t新增债券（亿元）\t还本\t年末债务余额\n" +
            "全市\t1000\t0.1\t500\t1500\n");
        var added = Assert.Single(Column(doc, "新增债券"));
        Assert.Equal(("亿元", 10_000_000m), (added.Unit, added.Yuan));
        Assert.Equal(Measure.DebtNew, added.Measure);
        Assert.Contains(Column(doc, "年末债务余额"), a => a.Measure == Measure.DebtBalance && a.Yuan == 15_000_000m);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Debt);
    }

    [Theory]
    [InlineData("2025年抚养比", true)]
    [InlineData("占比", true)]
    [InlineData("2026年上缴比例", true)]
    [InlineData("增长率", true)]
    [InlineData("增长率%", true)]
    [InlineData("项目/单位/执行率（B/A）", true)]
    [InlineData("个人账户记账利率", true)]
    [InlineData("药品零差率补助/实施单位/分值", false)]
    [InlineData("比上年增减/金额", false)]
    [InlineData("2026年预算数比2025年执行数/增减额", false)]
    public void ARatioIsNamedByPercentRateOrARatioEnding(string label, bool ratio) => Assert.Equal(ratio, CanonicalFacets.IsRatio(label));
}
