using Extractor.Raw;
using Extractor.Sources.Pdf;
using Extractor.Tests.Support;
using Extractor.Model;

namespace Extractor.Tests.Pdf;

/// <summary>
/// Pictures on pages that have a text layer (pictures.pdf, made by scripts/make-image-pdfs.sh): a table printed as an
/// image needs OCR; a captioned chart, a logo and a chart alone on a page do not.
/// </summary>
public class PicturePageTests
{
    static readonly string Path_ = Path.Combine(RepoPaths.TestData, "pdf", "pictures.pdf");

    static (RawDocument Doc, Dictionary<int, IReadOnlyList<ImageRegion>> Images) Read()
    {
        var images = new Dictionary<int, IReadOnlyList<ImageRegion>>();
        var doc = new PdfSourceReader().Read(Path_, null, v => images[v.Page.Number] = v.Images);
        return (doc, images);
    }

    [Fact]
    public void TablePictureUnderATableTitleNeedsOcrAndTheTextIsStillRead()
    {
        var (doc, images) = Read();
        var page = doc.Pages[0];
        Assert.Equal(PageQuality.NeedsOcr, page.Quality);
        Assert.Contains(page.Blocks.OfType<TextBlock>(), b => b.Text.Contains("部门收支总体情况说明"));
        var issue = Assert.Single(doc.Issues, i => i.Page == 1);
        Assert.Equal(IssueCode.NeedsOcr, issue.Code);
        Assert.Contains("page 1 holds an image of about", issue.Message);
        Assert.Contains("部门收支总表", issue.Message);
        Assert.Contains("ocrmypdf -l chi_sim", issue.Message);
        var table = Assert.Single(images[1], i => i.Kind == ImageKind.Table);
        Assert.Equal("部门收支总表", table.TextAbove);
        Assert.Contains(images[1], i => i.Kind == ImageKind.Decoration); // the logo
    }

    [Fact]
    public void ChartCaptionedAsAFigureAndALogoAreNotReported()
    {
        var (doc, images) = Read();
        Assert.Equal(PageQuality.Ok, doc.Pages[1].Quality);
        Assert.DoesNotContain(doc.Issues, i => i.Page == 2);
        var chart = Assert.Single(images[2]);
        Assert.Equal(ImageKind.Figure, chart.Kind);
        Assert.Equal("图1：收入预算", chart.TextBelow);
    }

    [Fact]
    public void LargeUncaptionedPictureOnATextPageIsTakenForATable()
    {
        var (doc, images) = Read();
        Assert.Equal(PageQuality.NeedsOcr, doc.Pages[2].Quality);
        var picture = Assert.Single(images[3]);
        Assert.Equal(ImageKind.Table, picture.Kind);
        Assert.True(picture.PageShare >= ImageContentSettings.Default.UncaptionedTableShare);
        Assert.Single(doc.Issues, i => i.Page == 3 && i.Code == IssueCode.NeedsOcr);
    }

    [Fact]
    public void ChartAloneOnAPageIsAnEmptyPageNotAScan()
    {
        var (doc, _) = Read();
        var page = doc.Pages[3];
        Assert.Equal(PageQuality.Empty, page.Quality);
        Assert.Contains("not a scan", page.QualityReason);
        Assert.DoesNotContain(doc.Issues, i => i.Page == 4);
    }

    [Theory]
    [InlineData("图1：收入预算", true, false)]
    [InlineData("收入结构图", true, false)]
    [InlineData("收入、支出决算总计对比图（单位：万元）", true, false)]
    [InlineData("2026年部门收支总表", false, true)]
    [InlineData("一般公共预算支出表（续）", false, true)]
    [InlineData("单位：万元", false, true)]
    [InlineData("具体情况见下表：", false, true)]
    [InlineData("上年结转结余的单位资金0万元，占0%。", false, false)]
    [InlineData("本预算反映部门年度总体支出预算情况。安排数与《收支预算总表》支出数一致。", false, false)]
    public void CaptionWordsTellAFigureFromATable(string line, bool figure, bool table)
    {
        var s = ImageContentSettings.Default;
        Assert.Equal(figure, PageImages.IsFigureCaption(line, s));
        Assert.Equal(table, PageImages.IsTableCaption(line, s));
    }
}
