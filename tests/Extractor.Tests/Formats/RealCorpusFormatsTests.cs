using Extractor.Raw;
using Extractor.Sources;
using Extractor.Sources.Html;
using Extractor.Sources.Spreadsheet;
using Extractor.Sources.Word;
using Extractor.Tests.Support;
using Extractor.Model;

namespace Extractor.Tests.Formats;

/// <summary>Every real HTML, XLS, XLSX, DOC and DOCX file of ../shared/corpus/real through its reader, with shapes checked by hand.</summary>
public class RealCorpusFormatsTests
{
    static readonly SourceRegistry Readers = new SourceRegistry()
        .Add(new HtmlSourceReader()).Add(new SpreadsheetSourceReader()).Add(new WordSourceReader());

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<RawDocument>> Cache = new();

    /// <summary>Each real file is read once per test run (the .doc conversion takes seconds).</summary>
    static RawDocument Read(string path) => Cache.GetOrAdd(path, p => new Lazy<RawDocument>(() => Readers.Read(p))).Value;

    static readonly string[] Extensions = { ".html", ".htm", ".xls", ".xlsx", ".docx", ".doc" };

    public static IEnumerable<object[]> RealFiles()
    {
        if (!Directory.Exists(RepoPaths.RealCorpus)) return new[] { new object[] { "(real corpus absent)" } };
        return Directory.EnumerateFiles(RepoPaths.RealCorpus)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => Path.GetExtension(f) != ".doc" || LibreOfficeConverter.FindSoffice() != null)
            .Select(f => new object[] { Path.GetFileName(f) }).OrderBy(a => (string)a[0]);
    }

    [SkippableTheory]
    [MemberData(nameof(RealFiles))]
    public void ReadsWithoutCrashAndEveryTableIsAConsistentGrid(string name)
    {
        var doc = Read(RepoPaths.RealFile(name));
        Assert.NotEmpty(doc.Pages);
        Assert.NotEmpty(doc.Blocks.OfType<TextBlock>());
        foreach (var table in doc.Blocks.OfType<RawTable>())
        {
            Assert.True(table.RowCount >= 2 && table.ColumnCount >= 2, $"{name}: a {table.RowCount}x{table.ColumnCount} table");
            var covered = new HashSet<(int, int)>();
            foreach (var c in table.Cells)
            {
                Assert.True(c.Row + c.RowSpan <= table.RowCount && c.Col + c.ColSpan <= table.ColumnCount, $"{name}: {c} outside the grid");
                for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                    for (var k = c.Col; k < c.Col + c.ColSpan; k++)
                        Assert.True(covered.Add((r, k)), $"{name}: two cells cover ({r},{k})");
            }
            Assert.Equal(table.RowCount * table.ColumnCount, covered.Count); // dense: every position has its cell
            Assert.DoesNotContain(table.Cells, c => c.Text.Contains('\u00A0') || c.Text != c.Text.Trim());
        }
    }

    [SkippableFact]
    public void Gb2312PageDecodesToReadableChinese()
    {
        var doc = Read(RepoPaths.RealFile("atlas_yiyang_city_2025_budget_report_GB2312.html"));
        Assert.Equal("gb2312", doc.Properties["encoding"]);
        var text = string.Join("\n", doc.Blocks.OfType<TextBlock>().Select(b => b.Text));
        Assert.Contains("关于益阳市2025年预算执行情况与", text);
        Assert.Contains("一、2025年预算执行及财政运行情况", text);
        Assert.DoesNotContain('\uFFFD', text);
    }

    [SkippableFact]
    public void ByteOrderMarkedPageAndItsMetadataTable()
    {
        var doc = Read(RepoPaths.RealFile("atlas_chuxiong_city_2025exec_2026budget_report.html"));
        Assert.Equal("bom", doc.Properties["encoding-source"]);
        var table = doc.Blocks.OfType<RawTable>().Single();
        Assert.Equal((5, 4), (table.RowCount, table.ColumnCount));
        Assert.Equal("楚雄市财政局", table.At(2, 1)!.Text);
    }

    [SkippableFact]
    public void XlsDebtTableHasMergedHeaderAndNumericValues()
    {
        var doc = Read(RepoPaths.RealFile("atlas_changdu_city_2024_debt_table.xls"));
        Assert.Equal(2, doc.Pages.Count);
        var page = doc.Pages[0];
        Assert.Equal("2024年政府债务限额及余额情况表", page.Name);
        Assert.Equal(new[] { "2024年末昌都市地方政府债务限额及余额决算情况表", "单位：万元" }, page.Blocks.OfType<TextBlock>().Select(b => b.Text));
        var table = page.Blocks.OfType<RawTable>().Single();
        Assert.Equal((16, 7), (table.RowCount, table.ColumnCount));
        Assert.Equal(("地区", 2, 1), (table.At(0, 0)!.Text, table.At(0, 0)!.RowSpan, table.At(0, 0)!.ColSpan));
        Assert.Equal(3, table.At(0, 1)!.ColSpan);
        Assert.Equal("昌都市", table.At(2, 0)!.Text);
        Assert.Equal(182506.59m, table.At(2, 1)!.Value);
        Assert.Equal((41, 6), (doc.Pages[1].Blocks.OfType<RawTable>().Single().RowCount, doc.Pages[1].Blocks.OfType<RawTable>().Single().ColumnCount));
    }

    [SkippableFact]
    public void XlsThousandsSeparatorsArePrintedAndValuesExact()
    {
        var table = Read(RepoPaths.RealFile("atlas_xilingol_league_2024_debt_limit.xls")).Blocks.OfType<RawTable>().Single();
        Assert.Equal((16, 7), (table.RowCount, table.ColumnCount));
        Assert.Equal("锡林郭勒盟", table.At(1, 0)!.Text);
        Assert.Equal(("5,522,060", 5522060m), (table.At(1, 1)!.Text, table.At(1, 1)!.Value));
        Assert.Equal(-136970m, table.At(1, 5)!.Value);
    }

    [SkippableFact]
    public void FinanceSystemExportLeavesHiddenMetadataOut()
    {
        var doc = Read(RepoPaths.RealFile("atlas_xingan_league_2018_debt_table.xlsx"));
        Assert.Equal(3, doc.Pages.Count);
        var tables = doc.Blocks.OfType<RawTable>().ToList();
        Assert.Equal(new[] { (11, 7), (156, 8), (27, 3) }, tables.Select(t => (t.RowCount, t.ColumnCount)));
        Assert.All(tables, t => Assert.DoesNotContain(t.Cells, c => c.Text.Contains("VALID#") || c.Text.Contains("DEBT_T_XXGK") || c.Text.Contains("AD_CODE")));
        Assert.Contains(tables[0].Omitted, o => o.Contains("DEBT_T_XXGK_XEYE"));
        Assert.Contains(tables[0].Omitted, o => o.StartsWith("column A:") && o.Contains("VALID#"));
        Assert.Equal(3, doc.Issues.Count(i => i.Code == IssueCode.HiddenContent));
        var first = tables[0];
        Assert.Equal("兴安盟", first.At(3, 0)!.Text);
        Assert.Equal(220.94m, first.At(3, 1)!.Value);
        Assert.Equal("单位：亿元", doc.Pages[0].Blocks.OfType<TextBlock>().Last().Text);
    }

    [SkippableFact]
    public void NotesUnderAGridComeAfterTheTable()
    {
        var page = Read(RepoPaths.RealFile("atlas_xinjiang_prov_2018_debt_table.xlsx")).Pages.Single();
        var table = page.Blocks.OfType<RawTable>().Single();
        Assert.Equal((20, 7), (table.RowCount, table.ColumnCount));
        Assert.Equal(("4,301.70", 4301.7m), (table.At(3, 1)!.Text, table.At(3, 1)!.Value));
        var after = page.Blocks.Skip(page.Blocks.IndexOf(table) + 1).Cast<TextBlock>().Select(b => b.Text).ToList();
        Assert.Equal(2, after.Count);
        Assert.StartsWith("注：1.本表反映", after[0]);
    }

    [SkippableFact]
    public void BudgetTemplateWorkbookGivesOnePagePerSheet()
    {
        var doc = Read(RepoPaths.RealFile("sh_budget_template_tianbao.xls"));
        Assert.Equal(16, doc.Pages.Count);
        var revenue = doc.Pages.Single(p => p.Name == "单位收入总表");
        Assert.Equal(new[] { "2026年预算单位收入预算总表", "编制单位：", "单位：元" }, revenue.Blocks.OfType<TextBlock>().Select(b => b.Text));
        var table = revenue.Blocks.OfType<RawTable>().Single();
        Assert.Equal((8, 9), (table.RowCount, table.ColumnCount));
        Assert.Equal(("功能分类科目编码", 3), (table.At(1, 0)!.Text, table.At(1, 0)!.ColSpan));
        Assert.Equal(("类", "款", "项"), (table.At(2, 0)!.Text, table.At(2, 1)!.Text, table.At(2, 2)!.Text));
    }

    [SkippableFact]
    public void SmallXlsxTable()
    {
        var doc = Read(RepoPaths.RealFile("atlas_hengyang_city_2025_general_debt.xlsx"));
        Assert.Equal(new[] { "表16", "2025年全市地方政府一般债务限额和余额情况表", "单位：亿元" }, doc.Blocks.OfType<TextBlock>().Select(b => b.Text));
        var table = doc.Blocks.OfType<RawTable>().Single();
        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(("衡阳市", 510.66m), (table.At(1, 0)!.Text, table.At(1, 1)!.Value));
    }

    [SkippableFact]
    public void DocxReportTablesFollowTheirTitles()
    {
        var doc = Read(RepoPaths.RealFile("atlas_chengde_city_2025exec_2026budget_report.docx"));
        Assert.StartsWith("WPS Office", doc.Properties["producer"]);
        var blocks = doc.Pages.Single().Blocks;
        // the report pastes its 13 annex tables into 5 Word tables (附表1 … 附表13, each with its title and unit line
        // inside the Word table): each annex is a table of its own, its captions the text blocks before it
        var tables = blocks.OfType<RawTable>().ToList();
        Assert.Equal(13, tables.Count);
        foreach (var (table, number) in tables.Select((t, i) => (t, i + 1)))
        {
            var at = blocks.IndexOf(table);
            Assert.Equal($"附表{number}", ((TextBlock)blocks[at - 3]).Text);
            Assert.EndsWith("表", ((TextBlock)blocks[at - 2]).Text);
            Assert.StartsWith("单位", ((TextBlock)blocks[at - 1]).Text);
        }
        Assert.Equal("2025年全市一般公共预算收入完成情况表", ((TextBlock)blocks[blocks.IndexOf(tables[0]) - 2]).Text);
        Assert.Equal("本年收入合计", tables[0].At(1, 0)!.Text);
        Assert.Contains(Enumerable.Range(1, tables[0].ColumnCount - 1), c => tables[0].At(1, c)?.Text == "1448485");
        Assert.Contains(Enumerable.Range(0, tables[5].RowCount), r => tables[5].At(r, 0)?.Text == "国有企业资本金注入");
    }

    [SkippableFact]
    public void LegacyDocIsConvertedAndItsTablesRead()
    {
        Skip.If(LibreOfficeConverter.FindSoffice() == null, "soffice (LibreOffice) is not installed: .doc is not tested");
        var doc = Read(RepoPaths.RealFile("atlas_hotan_pref_2025_budget_doc.doc"));
        Assert.Contains(doc.Issues, i => i.Code == IssueCode.Converted);
        Assert.Contains(doc.Blocks.OfType<TextBlock>(), b => b.Text == "2025年度和田地区政府决算公开");
        var tables = doc.Blocks.OfType<RawTable>().ToList();
        var first = tables[0];
        Assert.Equal((466, 10), (first.RowCount, first.ColumnCount));
        Assert.Equal(("项目", "合计决算数", "和田市"), (first.At(0, 0)!.Text, first.At(0, 1)!.Text, first.At(0, 9)!.Text));
        Assert.Equal(("返还性支出", "21951"), (first.At(1, 0)!.Text, first.At(1, 1)!.Text));
        var economic = tables.First(t => t.At(0, 0)?.Text == "科目编码");
        Assert.Equal(("501", "机关工资福利支出", "109,534"), (economic.At(1, 0)!.Text, economic.At(1, 1)!.Text, economic.At(1, 2)!.Text));
    }
}
