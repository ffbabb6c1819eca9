using Extractor.Checks;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Raw;
using Extractor.Sources.Pdf;
using Extractor.Tests.Support;

namespace Extractor.Tests.Layout;

/// <summary>Rows lost or split by layout on real documents (skipped where ../shared is absent).</summary>
public class RealCorpusLayoutTests
{
    const string PetitionBureau = "renwu_central_natl_petition_bureau_2026_dept_budget.pdf";

    static RawDocument Read(string name, Func<int, bool>? pages = null) =>
        new PdfSourceReader().Read(RepoPaths.RealFile(name), pages, null);

    [SkippableFact]
    public void PageNumberPrintedBelowATableDoesNotStopItsContinuation()
    {
        // 部门公开表3 部门支出总表: pages 7-8, the page number "6" printed well above the bottom margin under the table
        var doc = Read(PetitionBureau, n => n is 7 or 8);
        var table = Assert.Single(doc.Blocks.OfType<RawTable>());
        Assert.Equal((7, 8), (table.Page, table.LastPage));
        var rows = table.ToTextGrid().Select(r => string.Join("|", r.Take(4))).ToList();
        var first = rows.IndexOf("2080503|离退休人员管理机构|193.52|193.52");
        Assert.True(first > 0, "row 2080503 of page 7 missing");
        Assert.Equal("2080505|机关事业单位基本养老保险缴费支出|657.51|657.51", rows[first + 1]);
        Assert.Equal("2080506|机关事业单位职业年金缴费支出|427.19|427.19", rows[first + 2]);
        Assert.DoesNotContain(doc.Blocks.OfType<TextBlock>(), b => b.Text is "6" or "7");
    }

    [SkippableFact]
    public void AOneRowGridOpeningThePageIsTheLastRowOfTheTableBefore()
    {
        // 2017 人大办公厅 一般公共预算基本支出 (table 7): page 15 holds only its last row, 30312 提租补贴 1,018.01
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("js_prov_npc_office_2017_dept_budget.pdf"));
        var table = doc.Tables.Single(t => t.Rows.Any(r => r.Code == "30312") && t.FirstPage == 13);
        Assert.Equal(15, table.LastPage);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum && f.Severity == Severity.Error && f.TableIndex == table.Index);
    }

    [SkippableFact]
    public void ExpenditureTreeOf20805AddsUpOverThePageBreak()
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile(PetitionBureau));
        var expenditure = doc.Tables.First(t => t.Kind == TableKind.Expenditure);
        Assert.Contains(expenditure.Rows, r => r.Code == "2080506");
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum && f.Severity == Severity.Error && f.TableIndex == expenditure.Index);
    }

    [SkippableFact]
    public void FirstRowUnderAnUndrawnTopBorderIsNotLost()
    {
        // 江苏省高级人民法院 2017 一般公共预算基本支出预算表, pages 15-16: page 16 opens with 30206 电费 235.00 above the
        // first horizontal ruling (the frame's verticals run on to the row's top)
        var doc = Read("js_prov_high_court_2017_dept_budget.pdf", n => n is 15 or 16);
        var table = doc.Blocks.OfType<RawTable>().Single(t => t.LastPage == 16 && t.Page == 15);
        var rows = table.ToTextGrid().Select(r => string.Join("|", r)).ToList();
        var water = rows.IndexOf("30205|水费|43.60");
        Assert.Equal("30206|电费|235.00", rows[water + 1]);
        Assert.Equal("30207|邮电费|105.00", rows[water + 2]);
    }

    [SkippableFact]
    public void ProjectRowBrokenByThePageBreakIsOneRow()
    {
        // 深圳市人民政府办公厅 2026 重点项目绩效目标表, pages 10-11: the row of 政府公报编辑管理 (200.18) runs onto page 11
        var doc = Read("renwu_shenzhen_govoffice_2026_dept_budget.pdf", n => n is 10 or 11);
        var table = doc.Blocks.OfType<RawTable>().Single(t => t.Page == 10 && t.LastPage == 11);
        var grid = table.ToTextGrid();
        var row = Assert.Single(grid, r => r[2] == "200.18");
        Assert.Equal("深圳市人民政府办公厅（本级）", row[0]);
        Assert.Equal("政府公报编辑管理", row[1]);
        Assert.StartsWith("完成政府公报编辑管理工作，本年度计划完成《深圳市人民政府公报》", row[3]);
        Assert.DoesNotContain(grid, r => r[0] == "厅（本级）");
    }
}
