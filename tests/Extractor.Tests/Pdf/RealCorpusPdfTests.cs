using Extractor.Raw;
using Extractor.Sources;
using Extractor.Sources.Pdf;
using Extractor.Tests.Support;
using Extractor.Model;

namespace Extractor.Tests.Pdf;

/// <summary>Outcomes on files of the real corpus (skipped where ../shared is absent).</summary>
public class RealCorpusPdfTests
{
    static RawDocument Read(string name, Func<int, bool>? pages = null) =>
        new PdfSourceReader().Read(RepoPaths.RealFile(name), pages, null);

    [SkippableFact]
    public void PdfWithoutCrossReferenceTableIsRefusedWithAPlainReason()
    {
        var path = RepoPaths.RealFile("atlas_shijiazhuang_city_2025_budget_report_BROKEN_NO_XREF.pdf");
        var e = Assert.Throws<BadInputException>(() => new PdfSourceReader().Read(path, "pdf"));
        Assert.Contains("broken PDF", e.Message);
    }

    [SkippableFact]
    public void GarbledFontPagesAreUnreadableAndGiveNoText()
    {
        var doc = Read("atlas_huaian_city_2025exec_2026budget_report_GARBLED_FONT_12p.pdf");
        Assert.Equal(12, doc.Pages.Count);
        Assert.All(doc.Pages, p =>
        {
            Assert.Equal(PageQuality.Unreadable, p.Quality);
            Assert.False(string.IsNullOrEmpty(p.QualityReason));
            Assert.Empty(p.Blocks);
        });
        Assert.Equal(12, doc.Issues.Count(i => i.Code == IssueCode.UnreadablePage));
    }

    [SkippableFact]
    public void ScannedPagesNeedOcrAndSayHow()
    {
        var doc = Read("renwu_changsha_market_reg_2022_perf_eval_SCANNED.pdf");
        Assert.All(doc.Pages, p => Assert.Equal(PageQuality.NeedsOcr, p.Quality));
        Assert.Equal(doc.Pages.Count, doc.Issues.Count(i => i.Code == IssueCode.NeedsOcr));
        Assert.Contains("ocrmypdf -l chi_sim", doc.Issues[0].Message);
    }

    [SkippableFact]
    public void PieChartsCaptionedAsFiguresOnTextPagesNeedNoOcr()
    {
        // 北京市商务局: pages 9-10 hold pie charts (图1：收入预算, 图2：…); its tables are published in a separate annex
        var images = new Dictionary<int, IReadOnlyList<ImageRegion>>();
        var doc = new PdfSourceReader().Read(RepoPaths.RealFile("renwu_beijing_commerce_2026_dept_budget.pdf"), n => n is 9 or 10,
            v => images[v.Page.Number] = v.Images);
        Assert.All(doc.Pages, p => Assert.Equal(PageQuality.Ok, p.Quality));
        Assert.Empty(doc.Issues);
        Assert.Equal(ImageKind.Figure, Assert.Single(images[9]).Kind);
        Assert.StartsWith("图1", images[9][0].TextBelow);
    }

    [SkippableFact]
    public void TextPrintedAsPictureStripsNeedsOcrThoughItsDigitsAreText()
    {
        // 南京 report pages 1-30: each Chinese text line is a 1-bit image strip; only digits and latin are text
        var doc = Read("atlas_nanjing_city_2025exec_2026budget_report_54p.pdf", n => n is 12 or 28 or 31);
        Assert.Equal(new[] { PageQuality.NeedsOcr, PageQuality.NeedsOcr, PageQuality.Ok }, doc.Pages.Select(p => p.Quality));
        var issue = Assert.Single(doc.Issues, i => i.Page == 12);
        Assert.Equal(IssueCode.NeedsOcr, issue.Code);
        Assert.Contains("text printed as pictures", issue.Message);
        Assert.DoesNotContain(doc.Issues, i => i.Page == 31);
    }

    [SkippableFact]
    public void FounderPrivateUseDecimalPointReadsAsAPoint()
    {
        // 天津 report: "９０􀆰３％" is printed 90.3% with U+1001B0 for the point
        var doc = Read("atlas_tianjin_2025exec_2026budget_report_28p.pdf", n => n == 4);
        var text = string.Concat(doc.Blocks.OfType<TextBlock>().Select(b => b.Text));
        Assert.Contains("９０.３％", text);
        Assert.DoesNotContain("\U001001B0", text);
    }

    [SkippableFact]
    public void CoverWithWordsConvertedToOutlinesSaysSo()
    {
        var doc = Read("atlas_yinchuan_city_2025exec_2026budget_tables_203p.pdf", n => n is 1 or 2);
        Assert.Equal(PageQuality.Empty, doc.Pages[0].Quality);
        Assert.Contains("outlines", doc.Pages[0].QualityReason);
        Assert.DoesNotContain("outlines", doc.Pages[1].QualityReason ?? "");
    }

    [SkippableFact]
    public void ChartAloneOnAPageIsNotTakenForAScan()
    {
        var doc = Read("renwu_xian_health_2022_dept_final_171p.pdf", n => n == 8);
        Assert.Equal(PageQuality.Empty, doc.Pages[0].Quality);
        Assert.Empty(doc.Issues);
    }

    [SkippableFact]
    public void PrivateUseDecimalPointsDoNotMakeAReadablePageUnreadable()
    {
        var doc = Read("atlas_tianjin_2025exec_2026budget_report_28p.pdf", n => n is 4 or 5);
        Assert.All(doc.Pages, p => Assert.Equal(PageQuality.Ok, p.Quality));
    }

    [SkippableFact]
    public void IncomeTableContinuedOnNextPageWithoutHeaderIsOneTable()
    {
        // 上海市普陀区人民政府办公室 2025 部门收入预算总表: pages 9-10, header of three rows, 类/款/项 in three columns
        var doc = Read("sh_putuo_govoffice_2025_dept_budget.pdf", n => n is 9 or 10);
        var table = Assert.Single(doc.Blocks.OfType<RawTable>());
        Assert.Equal((9, 10, 24, 9), (table.Page, table.LastPage, table.RowCount, table.ColumnCount));
        var grid = table.ToTextGrid();
        Assert.Equal("项目|项目|项目|项目|收入预算|收入预算|收入预算|收入预算|收入预算", string.Join("|", grid[0]));
        Assert.Equal("类|款|项|功能分类科目名称|合计|财政拨款收入|事业收入|事业单位经营收入|其他收入", string.Join("|", grid[2]));
        Assert.Equal("201|03|01|行政运行|12,029,501.84|12,029,501.84|||", string.Join("|", grid[5]));
        Assert.Equal("210|||卫生健康支出|1,097,073.43|1,097,073.43|||", string.Join("|", grid[15]));
        Assert.Equal("合计|合计|合计|合计|91,016,775.35|91,016,775.35|||", string.Join("|", grid[23]));
        Assert.Equal(10, table.Cells.Single(c => c.Text == "卫生健康支出").Page);
        var titles = doc.Pages[0].Blocks.TakeWhile(b => b is TextBlock).Cast<TextBlock>().Select(t => t.Text).ToList();
        Assert.Equal(new[] { "2025年部门收入预算总表", "编制部门：上海市普陀区人民政府办公室", "单位：元" }, titles);
    }

    [SkippableFact]
    public void ThreePublicTableHasItsMergedHeader()
    {
        var doc = Read("sh_putuo_govoffice_2025_dept_budget.pdf", n => n == 20);
        var table = Assert.Single(doc.Blocks.OfType<RawTable>());
        Assert.Equal((4, 7), (table.RowCount, table.ColumnCount));
        var grid = table.ToTextGrid();
        Assert.Equal("合计|因公出国(境)费|公务接待费|小计|购置费|运行费|机关运行经费预算数", string.Join("|", grid[2]));
        Assert.Equal("867.50|839.00|28.50||||213.28", string.Join("|", grid[3]));
    }

    [SkippableFact]
    public void TwoSidedSummaryKeepsIncomeAndExpenditureSidesPaired()
    {
        var doc = Read("sh_putuo_govoffice_2025_dept_budget.pdf", n => n == 8);
        var grid = Assert.Single(doc.Blocks.OfType<RawTable>()).ToTextGrid();
        Assert.Equal("一、财政拨款收入|91,016,775.35|一、一般公共服务支出|82,096,797.42", string.Join("|", grid[2]));
        Assert.Equal("收入总计|91,016,775.35|支出总计|91,016,775.35", string.Join("|", grid[^1]));
    }

    [SkippableFact]
    public void SidewaysPrintedTableIsTurnedUpright()
    {
        // 银川 2025 一般公共预算全口径收支平衡表 (表6): text written bottom-to-top on a portrait page
        var doc = Read("atlas_yinchuan_city_2025exec_2026budget_tables_203p.pdf", n => n == 68);
        Assert.True(doc.Pages[0].Width > doc.Pages[0].Height);
        var grid = Assert.Single(doc.Blocks.OfType<RawTable>()).ToTextGrid();
        Assert.Equal("科目编码|预算科目|全市|本级|科目编码|预算科目|全市|本级", string.Join("|", grid[0]));
        Assert.Equal("110|转移性收入|2,286,828|1,346,422|230|转移性支出||678,195", string.Join("|", grid[2]));
        Assert.Contains(doc.Blocks.OfType<TextBlock>(), b => b.Text == "2025年银川市及市本级一般公共预算全口径收支平衡表" && b.Hint == TextHint.Heading);
    }
}
