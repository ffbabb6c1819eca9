using Extractor.Model;

namespace Extractor.Tests.Government;

/// <summary>A government document's phase follows what its tables are, else its own words; unknown with the reason.</summary>
public class GovernmentPhaseTests
{
    static string Table(string number, string title, string figure) => $"表{number} {title}\n单位：万元\n" +
        $"项目\t预算数\t{figure}\n" +
        "一般公共预算收入\t110000\t120000\n" +
        "税收收入\t80000\t84000\n" +
        "非税收入\t30000\t36000\n\n";

    const string Debt = "表1 2025年全市地方政府一般债务限额和余额情况表\n单位：亿元\n" +
        "地区\t债务限额\t债务余额\n" +
        "云溪市\t510.66\t504.62\n\n";

    [Fact]
    public void FinalAccountTablesOverruleATitleOfExecution()
    {
        // a cover line read as the title names 预算执行情况; every table is a 决算表
        var doc = GovernmentDocs.Extract("云溪省2024年预算执行情况已向省人大常委会报告\n\n" +
            Table("1", "2024年省级一般公共预算收入决算表", "决算数") + Table("2", "2024年全省一般公共预算收入决算表", "决算数") +
            Table("3", "2024年省本级一般公共预算收入决算表", "决算数") + Table("4", "2024年省级政府性基金预算收入决算表", "决算数"));
        Assert.Equal(Scope.Government, doc.Metadata.Scope);
        Assert.Equal(Phase.Final, doc.Metadata.Phase);
        Assert.StartsWith(MetadataSource.Tables, doc.Metadata.PhaseFrom);
    }

    [Fact]
    public void AnExecutionAndBudgetReportIsABudget()
    {
        var doc = GovernmentDocs.Extract("关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
            Table("1", "2025年全市一般公共预算收入执行情况表", "执行数") + Table("2", "2026年全市一般公共预算收入预算表", "预算数"));
        Assert.Equal(Phase.Budget, doc.Metadata.Phase);
        Assert.Equal(MetadataSource.Title, doc.Metadata.PhaseFrom);
    }

    [Fact]
    public void ATableOfDebtLimitsAndBalancesAloneHasNoPhaseAndSaysWhy()
    {
        var doc = GovernmentDocs.Extract(Debt);
        Assert.Equal(Scope.Government, doc.Metadata.Scope);
        Assert.Null(doc.Metadata.Phase);
        Assert.StartsWith("none:", doc.Metadata.PhaseFrom);
        Assert.Contains("debt limits and balances", doc.Metadata.PhaseFrom);
    }

    [Fact]
    public void ADebtTableWithBudgetAndFinalColumnsIsAFinalAccount()
    {
        var doc = GovernmentDocs.Extract(Debt.Replace("债务限额\t债务余额", "预算数\t决算数"));
        Assert.Equal(Phase.Final, doc.Metadata.Phase);
    }

    [Fact]
    public void TheGovernmentsProseNamesTheFinalAccountWhenTheTablesDoNot()
    {
        var doc = GovernmentDocs.Extract("受市人民政府委托，现将全市2025年财政决算情况报告如下，请予审议。\n\n" +
            "全市财政决算收支平衡，政府债务风险可控。\n\n" + Debt);
        Assert.Equal(Phase.Final, doc.Metadata.Phase);
        Assert.StartsWith(MetadataSource.GovernmentWording, doc.Metadata.PhaseFrom);
    }
}
