using Extractor.Checks;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Sources.Word;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Government;

/// <summary>Small government documents of ../shared/corpus/real (skipped without it).</summary>
public class RealGovernmentTests
{
    [SkippableTheory]
    [InlineData("atlas_anhui_prov_2025_general_debt_balance_table_2p.pdf", GovernmentLevel.Province)]
    // one table, no county or district below the 市 nor a prefecture above it: 武汉 is a prefecture-level city
    [InlineData("atlas_wuhan_city_2025_general_expenditure_exec_table_1p.pdf", GovernmentLevel.City)]
    // the only row of a 全市 table names the government
    [InlineData("atlas_hengyang_city_2025_general_debt.xlsx", GovernmentLevel.City)]
    // bond projects of one province's cities: the province
    [InlineData("atlas_hunan_prov_2020_bond_use_table_48p.pdf", GovernmentLevel.Province)]
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
    [InlineData("atlas_luan_city_2025_budget_exec_analysis_tables.html", "六安市", GovernmentLevel.City)]
    [InlineData("atlas_hengyang_city_2025_general_debt.xlsx", "衡阳市", GovernmentLevel.City)]
    [InlineData("atlas_hunan_prov_2020_bond_use_table_48p.pdf", "湖南省", GovernmentLevel.Province)]
    public void NameAndLevelComeFromTheReportsOwnWords(string file, string name, GovernmentLevel level)
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile(file));
        Assert.Equal(name, doc.Metadata.UnitName);
        Assert.Equal(level, doc.Metadata.GovernmentLevel);
    }

    [SkippableTheory]
    // a web page's own title names the final account / the budget report
    [InlineData("atlas_fuxin_city_2025_final_accounts_report.html", Phase.Final)]
    [InlineData("atlas_sanming_city_2018exec_2019budget_report.html", Phase.Budget)]
    // a debt table whose columns are 预算数 and 执行数
    [InlineData("atlas_anhui_prov_2025_general_debt_balance_table_2p.pdf", Phase.Budget)]
    // limits and balances only: neither, with the reason
    [InlineData("atlas_hengyang_city_2025_general_debt.xlsx", null)]
    public void GovernmentPhaseFollowsItsTablesElseItsOwnWords(string file, Phase? phase)
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile(file));
        Assert.Equal(Scope.Government, doc.Metadata.Scope);
        Assert.Equal(phase, doc.Metadata.Phase);
        if (phase is null) Assert.StartsWith("none:", doc.Metadata.PhaseFrom);
    }

    [SkippableFact]
    public void TitlesPrintedWithoutTheirEndingNameEveryTable()
    {
        // every table of this report is titled …2025年预算执行情况和2026年预算（草案）, with no 表
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_fangchenggang_city_2025exec_2026budget_tables_75p.pdf"));
        Assert.All(doc.Tables, t => Assert.NotNull(t.Title));
        Assert.All(doc.Tables, t => Assert.NotEqual(TableKind.Other, t.Kind));
        Assert.Equal(2, doc.Tables.Count(t => t.Kind == TableKind.StateCapitalExpenditure));
        Assert.Equal(2, doc.Tables.Count(t => t.Kind == TableKind.Balance && t.Title!.Contains("社会保险基金")));
    }

    [SkippableFact]
    public void TitlesPrintedOverTwoLinesAreJoined()
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_henan_prov_2024_final_account_tables_73p.pdf"));
        Assert.Contains(doc.Tables, t => t.Kind == TableKind.TransferPayments && t.Title == "2024年省级政府性基金转移支付分市县决算表（23）");
        Assert.DoesNotContain(doc.Tables, t => t.Kind == TableKind.Other && t.Rows.Any(r => r.Amounts.Any(a => a.Value is not null)));
    }

    [SkippableFact]
    public void HotansTransferTablesPrintTheirCountiesAcrossTheHeader()
    {
        Skip.If(LibreOfficeConverter.FindSoffice() == null, "soffice (LibreOffice) is not installed: .doc is not tested");
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_hotan_pref_2025_budget_doc.doc"));
        var table = doc.Tables.First(t => t.Kind == TableKind.TransferPayments);
        var regions = table.Columns.Where(c => c.Region is not null).Select(c => c.Region).ToList();
        Assert.Equal(8, regions.Count);
        Assert.Contains("墨玉县", regions);
        Assert.Contains("和田市", regions);
        var items = Projections.LineItems(doc).Where(i => i.TableIndex == table.Index && i.ColumnLabel == "墨玉县").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => { Assert.Equal("墨玉县", i.UnitName); Assert.True(i.UnitIsRegion); Assert.Equal(Measure.Final.Text(), i.Measure); });
        var tally = Assert.Single(doc.CheckTallies, t => t.Rule == CheckRules.RegionSum);
        Assert.True(tally.Passed > 100, $"{tally.Passed} region sums passed");
    }

    [SkippableFact]
    public void HeilongjiangsAverageYearsAreKeptButNotAddedOverTheRegions()
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_heilongjiang_prov_2026_budget_tables_70p.pdf"));
        var years = doc.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Amounts).Where(a => a.ColumnLabel.Contains("年限（年）") && a.Value is not null).ToList();
        Assert.NotEmpty(years);
        Assert.All(years, a => { Assert.Equal("年", a.Unit); Assert.Null(a.Yuan); });
        // 债务平均利率（%）, 专项债券平均利率（%）: rates under the table's 万元, read in %
        var rates = doc.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Amounts).Where(a => a.ColumnLabel.Contains("利率") && a.Value is not null).ToList();
        Assert.NotEmpty(rates);
        Assert.All(rates, a => { Assert.Equal("%", a.Unit); Assert.Null(a.Yuan); });
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RegionSum && f.Severity != Severity.Info);
    }

    [SkippableFact]
    public void ShandongsBondIssuesAreReadInTheHundredMillionsTheirColumnPrints()
    {
        // 发行量（亿元） in a table with no unit line: the column's unit gives the yuan figure
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_shandong_prov_2023_final_account_tables_139p.pdf"));
        var issued = doc.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Amounts).Where(a => a.ColumnLabel.Contains("发行量（亿元）") && a.Value is not null).ToList();
        Assert.True(issued.Count > 50, $"{issued.Count} issues");
        Assert.All(issued, a => { Assert.Equal("亿元", a.Unit); Assert.Equal(a.Value * 100_000_000m, a.Yuan); });
        Assert.Contains(issued, a => a.Yuan == 631_090_000_000m); // 6310.90 亿元
        var rates = doc.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Amounts).Where(a => a.ColumnLabel.Contains("利率（%）") && a.Value is not null).ToList();
        Assert.NotEmpty(rates);
        Assert.All(rates, a => { Assert.Equal("%", a.Unit); Assert.Null(a.Yuan); });
    }

    [SkippableFact]
    public void FangchenggangsDistrictsAddUpThroughTheirSubtotal()
    {
        // 防城港市 = 市本级 + 区县合计, 区县合计 = 其中：港口区 + 防城区 + 上思县 + 东兴市
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_fangchenggang_city_2025exec_2026budget_tables_75p.pdf"));
        var debt = doc.Tables.Where(t => t.Kind == TableKind.Debt && t.Rows.Count(r => r.IsRegion) >= 3).Select(t => t.Index).ToHashSet();
        Assert.NotEmpty(debt);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RegionSum && f.Severity != Severity.Info && debt.Contains(f.TableIndex ?? -1));
    }
}
