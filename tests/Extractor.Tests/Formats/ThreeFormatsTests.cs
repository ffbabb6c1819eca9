using Extractor.Datasets;
using Extractor.Pipeline;
using Extractor.Raw;
using Extractor.Sources.Html;
using Extractor.Sources.Spreadsheet;
using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Formats;

/// <summary>
/// One budget in three formats: corpus/three-formats holds the seed's tables rendered as HTML, XLSX and PDF by
/// scripts/three-formats/generate.py. The same budget must give the same line items whatever the format.
/// </summary>
public class ThreeFormatsTests
{
    const string Base = "jingdezhen-12345-hotline-2025-budget-tables";
    static string PathOf(string ext) => Path.Combine(RepoPaths.Corpus, "three-formats", Base + "." + ext);

    /// <summary>The source-level half of the claim, which holds without recognition: same captions, same grids.</summary>
    [Fact]
    public void HtmlAndXlsxGiveTheSameTablesWithTheSameTitleAndUnitLines()
    {
        var html = new HtmlSourceReader().Read(PathOf("html"), "html");
        var xlsx = new SpreadsheetSourceReader().Read(PathOf("xlsx"), "xlsx");
        var htmlTables = html.Blocks.OfType<RawTable>().ToList();
        var xlsxTables = xlsx.Blocks.OfType<RawTable>().ToList();
        Assert.Equal(7, htmlTables.Count);
        Assert.Equal(htmlTables.Count, xlsxTables.Count);
        for (var i = 0; i < htmlTables.Count; i++)
        {
            Assert.Equal(Shape(htmlTables[i]), Shape(xlsxTables[i]));
            Assert.Equal(Spans(htmlTables[i]), Spans(xlsxTables[i]));
            Assert.Equal(CaptionsBefore(html, htmlTables[i]), CaptionsBefore(xlsx, xlsxTables[i]));
        }
        Assert.Equal(new[] { "单位公开表 5", "一般公共预算支出表", "[166003]景德镇市12345政务服务便民热线管理中心", "单位：万元" },
            CaptionsBefore(xlsx, xlsxTables[2]));
        var total = xlsxTables[2].At(3, 2)!;
        Assert.Equal(("259.10", 259.10m), (total.Text, total.Value));
    }

    [Fact]
    public void PdfGivesTheSameTableGridsAsHtml()
    {
        var sources = ExtractionPipeline.CreateDefault().Sources;
        var pdf = sources.Read(PathOf("pdf"));
        var htmlTables = sources.Read(PathOf("html")).Blocks.OfType<RawTable>().ToList();
        var pdfTables = pdf.Blocks.OfType<RawTable>().ToList();
        Assert.Equal(htmlTables.Count, pdfTables.Count);
        for (var i = 0; i < htmlTables.Count; i++)
            Assert.Equal(Shape(htmlTables[i]), Shape(pdfTables[i]));
    }

    static string[][] Shape(RawTable t) => t.ToTextGrid();
    static string[] Spans(RawTable t) => t.Cells.Select(c => $"{c.Row},{c.Col},{c.RowSpan},{c.ColSpan}").ToArray();

    /// <summary>Text blocks between the previous table (or the page start) and this table.</summary>
    static List<string> CaptionsBefore(RawDocument doc, RawTable table)
    {
        var page = doc.Pages.Single(p => p.Blocks.Contains(table));
        var index = page.Blocks.IndexOf(table);
        var start = page.Blocks.FindLastIndex(index - 1, b => b is RawTable) + 1;
        return page.Blocks.Skip(start).Take(index - start).OfType<TextBlock>().Select(b => b.Text)
            .SkipWhile(t => !t.StartsWith("单位公开表")).ToList();
    }

    [Fact]
    public void PdfHtmlAndXlsxVersionsGiveIdenticalLineItems()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var items = new Dictionary<string, List<LineItem>>();
        foreach (var ext in new[] { "html", "xlsx", "pdf" })
        {
            items[ext] = Projections.LineItems(pipeline.Process(PathOf(ext))).Select(WithoutProvenance).ToList();
            Assert.True(items[ext].Count > 0, $"the {ext} version gives no line items");
        }
        Assert.Equal(Describe(items["html"]), Describe(items["xlsx"]));
        Assert.Equal(Describe(items["html"]), Describe(items["pdf"]));
        Assert.Contains(items["html"], i => i.Code == "2014101" && i.Measure == "total" && i.Amount == 107.98m);
    }

    /// <summary>A line item without where it was found (document name, page, row, column differ between formats).</summary>
    static LineItem WithoutProvenance(LineItem i) => i with { Document = "", Page = null, Row = null, Column = null, Box = null, Sheet = null, Cell = null };

    /// <summary>One line per item, so a failure shows the differing items rather than an opaque record.</summary>
    static List<string> Describe(IEnumerable<LineItem> items) => items.Select(i => i.ToString()).ToList();
}
