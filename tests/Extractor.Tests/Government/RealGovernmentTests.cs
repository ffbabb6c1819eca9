using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Government;

/// <summary>Small government documents of ../shared/corpus/real (skipped without it).</summary>
public class RealGovernmentTests
{
    [SkippableTheory]
    [InlineData("atlas_anhui_prov_2025_general_debt_balance_table_2p.pdf", GovernmentLevel.Province)]
    // one table, no county or district below the 市 nor a prefecture above it: the level is not guessed
    [InlineData("atlas_wuhan_city_2025_general_expenditure_exec_table_1p.pdf", null)]
    [InlineData("atlas_xingan_league_2018_debt_table.xlsx", GovernmentLevel.City)]
    [InlineData("atlas_yichang_city_2024_debt_tables_9p.pdf", GovernmentLevel.City)]
    public void SmallGovernmentDocumentsAreReadAsTheFamily(string file, GovernmentLevel? level)
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile(file));
        Assert.Equal(Scope.Government, doc.Metadata.Scope);
        Assert.Equal(level, doc.Metadata.GovernmentLevel);
        Assert.False(string.IsNullOrEmpty(doc.Metadata.GovernmentLevelEvidence));
        var withAmounts = doc.Tables.Where(t => t.Rows.Any(r => r.Amounts.Any(a => a.Value is not null))).ToList();
        Assert.NotEmpty(withAmounts);
        var kinds = withAmounts.Count(t => t.Kind != TableKind.Other);
        Assert.True(kinds >= withAmounts.Count * 0.9, $"{kinds}/{withAmounts.Count} tables with amounts have a kind");
        var amounts = withAmounts.SelectMany(t => t.Rows).SelectMany(r => r.Amounts).Where(a => a.Value is not null).ToList();
        var measured = amounts.Count(a => a.Measure != Measure.Other);
        Assert.True(measured >= amounts.Count * 0.95, $"{measured}/{amounts.Count} amounts have a measure");
    }

    [SkippableFact]
    public void WuhanExecutionTableHasItsMeasures()
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_wuhan_city_2025_general_expenditure_exec_table_1p.pdf"));
        var table = Assert.Single(doc.Tables, t => t.Kind == TableKind.GovernmentGeneralExpenditure);
        var measures = table.Rows.SelectMany(r => r.Amounts).Select(a => a.Measure).ToHashSet();
        Assert.Contains(Measure.Execution, measures);
        Assert.Equal(GovernmentCoverage.Region, doc.Metadata.GovernmentCoverage);
    }

    [SkippableTheory]
    [InlineData("atlas_chuxiong_city_2025exec_2026budget_report.html", "楚雄市", GovernmentLevel.County)]
    [InlineData("atlas_tianjin_2025exec_2026budget_report_28p.pdf", "天津市", GovernmentLevel.Province)]
    public void NameAndLevelComeFromTheReportsOwnWords(string file, string name, GovernmentLevel level)
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile(file));
        Assert.Equal(name, doc.Metadata.UnitName);
        Assert.Equal(level, doc.Metadata.GovernmentLevel);
    }
}
