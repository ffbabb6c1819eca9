using System.Globalization;
using System.Xml.Linq;
using Extractor.Raw;
using Extractor.Sources.Pdf;
using Extractor.Tests.Support;

namespace Extractor.Tests.Pdf;

/// <summary>The debug drawing (<c>tables --debug-svg</c>) of generated PDFs: one cell rectangle per table cell, in the page.</summary>
public class DebugSvgTests
{
    static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    static (List<RawTable> Tables, Dictionary<int, XElement> Pages) Draw(string name)
    {
        var views = new List<PdfPageView>();
        var raw = new PdfSourceReader().Read(Path.Combine(RepoPaths.TestData, "pdf", name), null, views.Add);
        var tables = raw.Blocks.OfType<RawTable>().ToList();
        var pages = PdfDebugSvg.Render(views, tables).ToDictionary(p => p.Page, p => XElement.Parse(p.Svg));
        return (tables, pages);
    }

    static double D(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    static List<XElement> Cells(XElement svg) => svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "cell").ToList();

    [Fact]
    public void EveryCellOfAMergedHeaderTableIsDrawnOnceInsideThePage()
    {
        var (tables, pages) = Draw("merged-header.pdf");
        var table = Assert.Single(tables);
        var svg = Assert.Single(pages).Value;
        var cells = Cells(svg);
        Assert.Equal(table.Cells.Count, cells.Count);
        Assert.Equal(table.Cells.Count(c => c.RowSpan > 1 || c.ColSpan > 1),
            svg.Descendants(Svg + "rect").Count(r => (string?)r.Attribute("class") == "span"));
        double width = D(svg, "data-page-width"), height = D(svg, "data-page-height");
        Assert.All(cells, c =>
        {
            Assert.InRange(D(c, "x"), 0, width);
            Assert.InRange(D(c, "y"), 0, height);
            Assert.InRange(D(c, "x") + D(c, "width"), 0, width);
            Assert.InRange(D(c, "y") + D(c, "height"), 0, height);
        });
        // svg y runs down: the header row (row 0) is drawn above the last row
        double TopOf(int row) => cells.Where(c => (string?)c.Attribute("data-row") == row.ToString()).Min(c => D(c, "y"));
        Assert.True(TopOf(0) < TopOf(table.RowCount - 1));
        Assert.Contains("ruled 4×6", svg.Descendants(Svg + "text").Select(t => t.Value).First(t => t.StartsWith("table 1")));
        Assert.StartsWith("page 1", svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Descendants(Svg + "text").First().Value);
    }

    [Fact]
    public void TableOverThreePagesDrawsEachPagesOwnRowsUnderOneNumber()
    {
        var (tables, pages) = Draw("three-pages-repeated-header.pdf");
        var table = Assert.Single(tables);
        Assert.Equal(3, pages.Count);
        foreach (var (number, svg) in pages)
        {
            Assert.NotEmpty(Cells(svg));
            Assert.Equal(table.Cells.Count(c => c.Page == number), Cells(svg).Count);
            Assert.All(Cells(svg), c => Assert.Equal("1", (string?)c.Attribute("data-table")));
        }
        Assert.Equal(table.Cells.Count, pages.Values.Sum(p => Cells(p).Count));
    }

    [Fact]
    public void PictureTakenForATableIsDrawnAsNeedingOcr()
    {
        var (_, pages) = Draw("pictures.pdf");
        var pictures = pages[1].Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "picture").ToList();
        Assert.Equal(2, pictures.Count);
        Assert.Contains(pictures, p => p.Value.Contains("needs OCR"));
        Assert.Contains("needsocr", pages[1].Value);
    }
}
