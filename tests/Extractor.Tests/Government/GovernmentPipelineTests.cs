using Extractor.Checks;
using Extractor.Compare;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Government;

/// <summary>A small government report as a tab-separated text copy, through the whole pipeline.</summary>
public class GovernmentPipelineTests
{
    const string Report = "关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
        "一、2025年预算执行情况\n\n" +
        "2025年全市一般公共预算收入 12.00 亿元，比上年增长 5.0%。\n\n" +
        "各项工作稳步推进。\n\n" +
        "表1 2025年全市一般公共预算收入执行情况表\n单位：万元\n" +
        "项目\t预算数\t执行数\t为预算%\t比上年增长%\n" +
        "一般公共预算收入\t110000\t120000\t109.1\t5.0\n" +
        "税收收入\t80000\t84000\t105.0\t4.0\n" +
        "增值税\t50000\t54000\t108.0\t6.0\n" +
        "契税\t30000\t30000\t100.0\t1.0\n" +
        "非税收入\t30000\t36000\t120.0\t7.0\n" +
        "\n说明文字。\n\n" +
        "表2 2026年一般公共预算税收返还和转移支付分地区预算表\n单位：万元\n" +
        "地区\t预算数\n" +
        "合计\t600\n" +
        "市本级\t100\n" +
        "甲县\t200\n" +
        "乙区\t300\n";

    static BudgetDocument Run() => GovernmentDocs.Extract(Report);

    [Fact]
    public void AGovernmentReportIsReadAsOne()
    {
        var doc = Run();
        Assert.Equal(Scope.Government, doc.Metadata.Scope);
        Assert.Equal(GovernmentLevel.City, doc.Metadata.GovernmentLevel);
        Assert.Equal("云溪市", doc.Metadata.UnitName);
        Assert.Equal(TableKind.GovernmentGeneralRevenue, doc.Tables[0].Kind);
        Assert.Equal(TableKind.TransferPayments, doc.Tables[1].Kind);

        var revenue = doc.Tables[0];
        var measures = revenue.Rows.First().Amounts.Select(a => a.Measure).ToList();
        Assert.Equal(new[] { Measure.Budget, Measure.Execution, Measure.PercentOfBudget, Measure.GrowthPercent }, measures);
        // names-only revenue rows get their 收入分类 codes
        Assert.Equal("101", revenue.Rows.Single(r => r.Name == "税收收入").Code);
        Assert.Equal("10119", revenue.Rows.Single(r => r.Name == "契税").Code);
        Assert.Equal("103", revenue.Rows.Single(r => r.Name == "非税收入").Code);
    }

    [Fact]
    public void RegionsAreTheRowsUnits()
    {
        var doc = Run();
        var regions = doc.Tables[1].Rows.Where(r => r.IsRegion).Select(r => r.ReportingUnit).ToList();
        Assert.Equal(new[] { "市本级", "甲县", "乙区" }, regions);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.RegionSum && t.Passed == 1 && t.Failed == 0);
    }

    [Fact]
    public void ChecksAndHeadlinesHold()
    {
        var doc = Run();
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.GovernmentRevenue && t.Passed >= 2 && t.Failed == 0);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.PercentColumns && t.Passed == 5 && t.Failed == 0 && t.Rounding == 0);
        var headline = Assert.Single(doc.Narrative.Facts, f => f.Subject == Extractor.Vocabulary.GovernmentHeadlines.GeneralRevenue);
        Assert.Equal(12.00m, headline.Amount);
        Assert.Equal(5.0m, headline.ChangePercent);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.HeadlineVsTable && t.Passed >= 1);
    }

    [Fact]
    public void ThePanelHasOneRowForTheRegionYear()
    {
        var row = GovernmentPanel.From(Run());
        Assert.NotNull(row);
        Assert.Equal("云溪市", row!.Government);
        Assert.Equal(2026, row.FiscalYear);
        // a budget document: the budget column of the general revenue table (万元 → yuan)
        Assert.Equal(1_100_000_000m, row.GeneralRevenue);
        Assert.Equal(800_000_000m, row.TaxRevenue);
    }
}
