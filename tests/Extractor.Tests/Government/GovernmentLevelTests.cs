using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Tests.Government;

/// <summary>A government's level from its own words and structure, never guessed: small reports as text copies.</summary>
public class GovernmentLevelTests
{
    const string Table = "表1 2025年全市一般公共预算收入执行情况表\n单位：万元\n" +
        "项目\t预算数\t执行数\n" +
        "一般公共预算收入\t110000\t120000\n" +
        "税收收入\t80000\t84000\n" +
        "非税收入\t30000\t36000\n";

    static BudgetDocument Run(string text) => GovernmentDocs.Extract(text);

    [Fact]
    public void ACityReportingToAPrefectureIsACountyLevelCity()
    {
        var doc = Run("关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
                      "全市财政收支平衡。以上数据已上报州财政局，待批复后再向市人大常委会报告。\n\n" + Table);
        Assert.Equal("云溪市", doc.Metadata.UnitName);
        Assert.Equal(GovernmentLevel.County, doc.Metadata.GovernmentLevel);
        Assert.Contains("州财政", doc.Metadata.GovernmentLevelEvidence);
    }

    [Fact]
    public void ACityWithCountiesBelowItIsPrefectureLevel()
    {
        var doc = Run("关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
                      "加大对各县（市、区）的转移支付力度。\n\n" + Table);
        Assert.Equal(GovernmentLevel.City, doc.Metadata.GovernmentLevel);
        Assert.Contains("counties or districts below it", doc.Metadata.GovernmentLevelEvidence);
    }

    [Fact]
    public void ACityThatSaysNeitherHasNoLevelAndSaysWhy()
    {
        var doc = Run("关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n全市财政收支平衡。\n\n" + Table);
        Assert.Equal(Scope.Government, doc.Metadata.Scope);
        Assert.Equal("云溪市", doc.Metadata.UnitName);
        Assert.Null(doc.Metadata.GovernmentLevel);
        Assert.StartsWith("unknown", doc.Metadata.GovernmentLevelEvidence);
    }

    [Fact]
    public void AnOwnLevelRowNamesAnUntitledGovernment()
    {
        var doc = Run("表1 2023年地方政府债务限额及余额决算情况表\n单位：亿元\n" +
                      "地区\t债务限额\t债务余额\n" +
                      "云溪省\t300\t280\n" +
                      "云溪省本级\t100\t90\n" +
                      "甲市\t200\t190\n");
        Assert.Equal(Scope.Government, doc.Metadata.Scope);
        Assert.Equal("云溪省", doc.Metadata.UnitName);
        Assert.Equal(GovernmentLevel.Province, doc.Metadata.GovernmentLevel);
    }

    [Fact]
    public void EachTableHasItsOwnCoverage()
    {
        var own = Table.Replace("表1 2025年全市", "表2 2025年市本级");
        var doc = Run("关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n加大对各县（市、区）的转移支付力度。\n\n" + Table + "\n说明。\n\n" + own);
        Assert.Null(doc.Metadata.GovernmentCoverage);
        Assert.Equal(new GovernmentCoverage?[] { GovernmentCoverage.Region, GovernmentCoverage.OwnLevel }, doc.Tables.Select(t => t.Coverage).ToArray());
    }

    [Fact]
    public void OnePassingMentionOfGovernmentDebtIsNoGovernmentBudget()
    {
        var doc = Run("云溪市财政局2025年度法治政府建设报告\n\n" +
                      "我局围绕法治建设，依法规范政府债务管理，推进依法行政。\n\n各项工作稳步推进。\n");
        Assert.NotEqual(Scope.Government, doc.Metadata.Scope);
    }
}
