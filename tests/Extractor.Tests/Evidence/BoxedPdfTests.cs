using Extractor.Evidence;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Raw;
using Extractor.Tests.Batch;
using Extractor.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Extractor.Tests.Evidence;

public class BoxedPdfTests
{
    public const string Tampered = "sh_putuo_doccheck_unit_budget.pdf";
    static readonly object Gate = new();
    static BudgetDocument? _doc;

    /// <summary>The tampered test document, processed once for the evidence tests.</summary>
    public static BudgetDocument TamperedDocument()
    {
        var path = RepoPaths.RealFile(Tampered);
        lock (Gate) return _doc ??= ExtractionPipeline.CreateDefault().Process(path);
    }

    [SkippableFact]
    public void EachFindingIsBoxedOnItsPageAroundTheLettersOfTheAmountsItNames()
    {
        var path = RepoPaths.RealFile(Tampered);
        var doc = TamperedDocument();
        using var t = new TempFolder();
        var target = t.Sub("boxed.pdf");
        var before = File.ReadAllBytes(path);
        BoxedPdfWriter.Write(doc, path, target);
        Assert.Equal(before, File.ReadAllBytes(path)); // the original is never modified
        Assert.Equal(before, File.ReadAllBytes(target)[..before.Length]); // the copy is the original plus an update

        var findings = doc.Checks.Where(f => f.Severity is Severity.Error or Severity.Warning && f.Cells.Count > 0).ToList();
        Assert.True(findings.Count >= 8, $"expected the tampered document's 8 sum errors to carry cells, got {findings.Count}");
        using var original = PdfDocument.Open(path);
        using var boxed = PdfDocument.Open(target);
        Assert.Equal(original.NumberOfPages, boxed.NumberOfPages);

        var checkedCells = 0;
        foreach (var f in findings)
        foreach (var cell in f.Cells)
        {
            var page = cell.Provenance.Page!.Value;
            var box = cell.Provenance.Box!.Value;
            // the letters printed inside the cell are the amount the finding names
            var letters = original.GetPage(page).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && Inside(Centre(l), box)).ToList();
            Assert.Equal(Compact(cell.Printed), Compact(string.Concat(letters.Select(l => l.Value))));
            if (cell.Role == FindingCellRole.Checked) Assert.Equal(f.Actual, cell.Printed);
            // a rectangle of the finding's colour on that page of the boxed PDF encloses all of them
            var colour = f.Severity == Severity.Error ? BoxedPdfWriter.ErrorColour : BoxedPdfWriter.WarningColour;
            var rects = Rectangles(boxed.GetPage(page), colour);
            Assert.Contains(rects, r => letters.All(l => Encloses(r, l.GlyphRectangle)));
            checkedCells++;
        }
        Assert.True(checkedCells >= findings.Count * 2, "parts are boxed with the value found wrong");

        // pages without findings are copied untouched: same letters, same paths, no rectangle of ours
        var marked = EvidencePlan.For(doc).PagesWithFindings(Severity.Error, Severity.Warning);
        for (var n = 1; n <= original.NumberOfPages; n++)
        {
            if (marked.Contains(n)) continue;
            var (a, b) = (original.GetPage(n), boxed.GetPage(n));
            Assert.Equal(a.Letters.Count, b.Letters.Count);
            Assert.Equal(a.Paths.Count, b.Paths.Count);
        }
        // the tampered 20406 项目支出 and 2040601 合计 (table 3 on page 11, table 5 on page 14)
        Assert.Contains(11, marked);
        Assert.Contains(14, marked);
    }

    [SkippableFact]
    public void AFindingWithoutCellsIsBoxedAroundWhatItPointsAtAndTheReviewPageSaysWhyWhenNothing()
    {
        var path = RepoPaths.RealFile(Tampered);
        // a copy of the shared document (read back from its JSON) to make findings up on
        var doc = Extractor.Datasets.DocumentJsonWriter.FromJson(Extractor.Datasets.DocumentJsonWriter.ToJson(TamperedDocument()));
        var sentence = doc.Checks.First(f => f.Cells.Count == 0 && f.Rule == Extractor.Checks.CheckRules.ProseVsTable);
        sentence.Severity = Severity.Warning;
        var fact = doc.Narrative!.Facts.First(x => x.Provenance.Page == sentence.Provenance!.Page && x.Provenance.Box is not null);
        var table = doc.Tables.First(t => t.Rows.Any(r => r.Amounts.Any(a => a.Provenance.Box is not null)));
        var header = new CheckFinding { Rule = Extractor.Checks.CheckRules.HeaderYear, Severity = Severity.Warning, TableIndex = table.Index, Location = "made up", Id = "header-year-x" };
        var toc = new CheckFinding { Rule = Extractor.Checks.CheckRules.TocVsTables, Severity = Severity.Warning, Location = "made up", Id = "toc-vs-tables-x" };
        doc.Checks.Add(header);
        doc.Checks.Add(toc);
        using var t = new TempFolder();
        var written = EvidenceWriter.Write(doc, path, t.Path, "x"); // pages read again from the file (no extraction at hand)
        using var original = PdfDocument.Open(path);
        using var boxed = PdfDocument.Open(Path.Combine(t.Path, written.BoxedPdf!));

        // the sentence's paragraph: a rectangle encloses every letter printed in it
        var paragraph = sentence.Provenance!.Box!.Value;
        Assert.Equal(fact.Provenance.Box, paragraph);
        var page = sentence.Provenance.Page!.Value;
        var letters = original.GetPage(page).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && Inside(Centre(l), paragraph)).ToList();
        Assert.True(letters.Count > 20, $"{letters.Count} letters in the paragraph");
        Assert.Contains(rects(page), r => letters.All(l => Encloses(r, l.GlyphRectangle)));

        // a header year: the table's outline on its first page, around every boxed amount printed there
        var cells = table.Rows.SelectMany(r => r.Amounts).Where(a => a.Provenance.Page == table.FirstPage && a.Provenance.Box is not null).ToList();
        Assert.Contains(rects(table.FirstPage), r => cells.All(a => Encloses(r, Rect(a.Provenance.Box!.Value))));

        // the review page says what was boxed, or why nothing could be
        var html = File.ReadAllText(Path.Combine(t.Path, written.ReviewPage));
        Assert.Contains("(boxed: the paragraph of its sentence)", html);
        Assert.Contains($"<rect class=\"place\" data-finding=\"{header.Id}\"", html);
        Assert.Contains("(no box: a 目录 entry: the document keeps its text, not where it is printed)", html);
        List<PdfRectangle> rects(int n) => Rectangles(boxed.GetPage(n), BoxedPdfWriter.WarningColour);
    }

    [Theory]
    [InlineData("1,234.50", "1,234.50")]
    [InlineData("103.1 亿元", "103.1 ?")]
    [InlineData("≤ 182506.59", "? 182506.59")]
    [InlineData("其他支出", "(in Chinese: see the review page)")]
    [InlineData(null, "")]
    public void ANotesFigureKeepsItsDigitsInTheStandardFont(string? figure, string note) => Assert.Equal(note, BoxedPdfWriter.Figure(figure));

    static PdfRectangle Rect(BoundingBox b) => new(b.Left, b.Bottom, b.Right, b.Top);

    /// <summary>A finding made up on the first amount of the document: boxed around its letters, also on turned pages and xref-stream files.</summary>
    [SkippableTheory]
    [InlineData("test:landscape.pdf")]
    [InlineData("test:ruled.pdf")]
    [InlineData("real:atlas_wuhan_city_2025_general_expenditure_exec_table_1p.pdf")] // cross-reference stream
    public void AnyPdfTakesTheBoxesAroundTheLettersOfTheCell(string file)
    {
        var path = file.StartsWith("test:") ? Path.Combine(RepoPaths.TestData, "pdf", file[5..]) : RepoPaths.RealFile(file[5..]);
        var doc = ExtractionPipeline.CreateDefault().Process(path);
        var (table, row, amount) = doc.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Amounts.Select(a => (t, r, a))))
            .First(x => x.a.Value is not null && x.a.Provenance.Box is not null);
        doc.Checks.Clear();
        doc.Checks.Add(new CheckFinding
        {
            Rule = "row-sum", Severity = Severity.Error, TableIndex = table.Index, Location = "made up", Expected = "1", Actual = amount.Printed,
            Cells = { Extractor.Checks.FindingEvidence.Cell(table, row, amount, FindingCellRole.Checked) },
        });
        using var t = new TempFolder();
        var target = t.Sub("boxed.pdf");
        BoxedPdfWriter.Write(doc, path, target);

        var page = amount.Provenance.Page!.Value;
        var box = amount.Provenance.Box!.Value;
        using var original = PdfDocument.Open(path);
        using var boxed = PdfDocument.Open(target);
        Assert.Equal(original.NumberOfPages, boxed.NumberOfPages);
        var source = original.GetPage(page);
        var orientation = Extractor.Sources.Pdf.PageOrientation.Of(source);
        PdfRectangle Upright(PdfRectangle r)
        {
            var (a, b) = (orientation.Map(r.BottomLeft), orientation.Map(r.TopRight));
            return new PdfRectangle(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
        }
        var letters = source.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Select(l => Upright(l.GlyphRectangle)).Where(r => Inside(new PdfPoint((r.Left + r.Right) / 2, (r.Bottom + r.Top) / 2), box)).ToList();
        Assert.NotEmpty(letters);
        var rects = Rectangles(boxed.GetPage(page), BoxedPdfWriter.ErrorColour).Select(Upright).ToList();
        Assert.Contains(rects, r => letters.All(l => Encloses(r, l)));
        // the note names the rule and the figures
        Assert.Contains("row-sum(error)", Compact(string.Concat(boxed.GetPage(page).Letters.Select(l => l.Value))));
    }

    static PdfPoint Centre(Letter l) => new((l.GlyphRectangle.Left + l.GlyphRectangle.Right) / 2, (l.GlyphRectangle.Bottom + l.GlyphRectangle.Top) / 2);

    static bool Inside(PdfPoint p, BoundingBox b) => p.X >= b.Left && p.X <= b.Right && p.Y >= b.Bottom && p.Y <= b.Top;

    static bool Encloses(PdfRectangle r, PdfRectangle inner) =>
        inner.Left >= r.Left - 0.01 && inner.Right <= r.Right + 0.01 && inner.Bottom >= r.Bottom - 0.01 && inner.Top <= r.Top + 0.01;

    static string Compact(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    static List<PdfRectangle> Rectangles(Page page, (byte R, byte G, byte B) colour) =>
        page.Paths.Where(p => p.IsStroked && p.StrokeColor is { } c && SameColour(c.ToRGBValues(), colour))
            .Select(p => p.GetBoundingRectangle()).OfType<PdfRectangle>().ToList();

    static bool SameColour((double r, double g, double b) c, (byte R, byte G, byte B) want) =>
        Math.Abs(c.r * 255 - want.R) < 2 && Math.Abs(c.g * 255 - want.G) < 2 && Math.Abs(c.b * 255 - want.B) < 2;
}
