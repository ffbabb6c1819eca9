using System.IO.Compression;
using System.Text;
using Extractor.Batch;
using Extractor.Datasets;
using Extractor.Evidence;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Raw;
using Extractor.Reports;
using Extractor.Tests.Batch;
using Extractor.Tests.Support;

namespace Extractor.Tests.Evidence;

public class EvidenceTests
{
    static string ThreeFormats(string ext) => Path.Combine(RepoPaths.Corpus, "three-formats", "jingdezhen-12345-hotline-2025-budget-tables." + ext);

    /// <summary>The seed's tables as XLSX with the revenue table's 合计 (sheet 单位公开表2, C8) changed from 259.1 to 259.2.</summary>
    static string TamperedWorkbook(TempFolder t)
    {
        var copy = t.Sub("tampered.xlsx");
        File.Copy(ThreeFormats("xlsx"), copy);
        using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet2.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        const string cell = "<c r=\"C8\" s=\"5\" t=\"n\"><v>259.1</v></c>";
        Assert.Contains(cell, xml);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet2.xml").Open(), new UTF8Encoding(false));
        writer.Write(xml.Replace(cell, cell.Replace("259.1", "259.2")));
        return copy;
    }

    [Fact]
    public void ASpreadsheetFindingNamesItsSheetAndCellsAndTheReviewPageHighlightsThemInTheGrid()
    {
        using var t = new TempFolder();
        var doc = ExtractionPipeline.CreateDefault().Process(TamperedWorkbook(t));
        var finding = Assert.Single(doc.Checks, f => f.Rule == "row-sum" && f.Severity == Severity.Error);
        var whole = finding.Cells[0];
        Assert.Equal(FindingCellRole.Checked, whole.Role);
        Assert.Equal("单位公开表2", whole.Provenance.Sheet);
        Assert.Equal("C8", whole.Provenance.Cell);
        Assert.Contains(finding.Cells, c => c.Role == FindingCellRole.Part && c.Provenance.Cell == "E8");
        Assert.All(finding.Cells, c => Assert.Null(c.Provenance.Box));

        var row = Assert.Single(Projections.CheckRows(doc), r => r.FindingId == finding.Id);
        Assert.Equal(("单位公开表2", "C8"), (row.Sheet, row.Cell));
        Assert.Null(row.Box);
        Assert.Contains(Projections.LineItems(doc), i => i.Sheet == "单位公开表2" && i.Cell == "F8" && i.Amount == 259.10m);

        var written = EvidenceWriter.Write(doc, doc.SourcePath!, t.Sub("evidence"), "tampered.xlsx");
        Assert.Null(written.BoxedPdf); // a boxed copy is for PDF inputs only
        var html = File.ReadAllText(Path.Combine(t.Sub("evidence"), written.ReviewPage));
        var key = ReviewPageWriter.CellKey(whole.TableIndex, whole.Row, whole.Column);
        Assert.Contains($"data-cell=\"{key}\" title=\"单位公开表2!C8\">259.20<", html);
        Assert.Contains($"{{\"key\":\"{key}\",\"role\":\"checked\"}}", html);
        Assert.Contains("<th class=\"addr\">C</th>", html);
        Assert.Contains("<th class=\"addr\">8</th>", html); // the sheet's row number
        Assert.Contains("source: sheet 单位公开表2", html);
        Assert.DoesNotContain("<svg", html); // no page drawing without geometry
    }

    [Fact]
    public void AnHtmlReviewPageShowsTheSourceGridAsPrintedWithItsHeaderTextAndSpans()
    {
        using var t = new TempFolder();
        var doc = ExtractionPipeline.CreateDefault().Process(ThreeFormats("html"));
        Assert.NotEmpty(doc.Tables);
        Assert.All(doc.Tables, table => Assert.NotEmpty(table.Source));
        var written = EvidenceWriter.Write(doc, doc.SourcePath!, t.Sub("evidence"), "tables.html");
        var html = File.ReadAllText(Path.Combine(t.Sub("evidence"), written.ReviewPage));

        var spans = 0;
        foreach (var table in doc.Tables)
        foreach (var cell in table.Source.SelectMany(p => p.Cells))
        {
            // every printed cell, header and text included, with its span, under the key findings and amounts use
            var span = (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : "") + (cell.ColSpan > 1 ? $" colspan=\"{cell.ColSpan}\"" : "");
            Assert.Contains($"{span} data-cell=\"{ReviewPageWriter.CellKey(table.Index, cell.Row, cell.Col)}\">{System.Net.WebUtility.HtmlEncode(cell.Text)}</td>", html);
            if (span.Length > 0) spans++;
        }
        Assert.True(spans >= 10, $"{spans} spanned cells"); // the file prints its headers with row and column spans
        Assert.Contains("<tr class=\"head\">", html);
        Assert.DoesNotContain("<th>row</th>", html); // not the grid as read

        // read back from JSON (as the cache keeps it) the source grid is gone: the page falls back to the grid as read,
        // and a batch with --evidence reads such a document again
        var back = DocumentJsonWriter.FromJson(DocumentJsonWriter.ToJson(doc));
        Assert.False(EvidenceWriter.NeedsSourceGrid(doc));
        Assert.True(EvidenceWriter.NeedsSourceGrid(back));
        Assert.Contains("<th>row</th>", ReviewPageWriter.Render(back, null));
        Assert.DoesNotContain("RawTable", Extractor.Datasets.DocumentSchema.ToJson()); // nor is it in the document schema
    }

    [Fact]
    public void ASecondEvidenceRunFromTheCacheStillShowsTheSourceGrid()
    {
        using var t = new TempFolder();
        File.Copy(ThreeFormats("html"), t.Sub("in/tables.html").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        string Run()
        {
            var options = new BatchOptions { OutputDir = t.Sub("out"), Jobs = 1, PipelineVersion = "test", Evidence = true };
            new BatchRunner(options).RunAsync(InputCollector.Collect(new[] { t.Sub("in") }, t.Sub("out"), out _)).GetAwaiter().GetResult();
            return File.ReadAllText(Path.Combine(t.Sub("out"), "evidence", "tables.html.review.html"));
        }
        Assert.Contains("class=\"grid-table source\"", Run());
        Assert.Contains("class=\"grid-table source\"", Run());
    }

    [Fact]
    public void FindingIdsAreStableOverRunsAndUniqueInADocument()
    {
        var a = ExtractionPipeline.CreateDefault().Process(RepoPaths.Seed);
        var b = ExtractionPipeline.CreateDefault().Process(RepoPaths.Seed);
        Assert.NotEmpty(a.Checks);
        Assert.All(a.Checks, f => Assert.Matches($"^{f.Rule}-[0-9a-f]{{12}}$", f.Id!));
        Assert.Equal(a.Checks.Select(f => f.Id), b.Checks.Select(f => f.Id));
        Assert.Equal(a.Checks.Count, a.Checks.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void AReviewsFileMarksTheFindingsItNamesAndUndoesTheFormulaGuard()
    {
        using var t = new TempFolder();
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.Seed);
        var (first, second) = (doc.Checks[0], doc.Checks[1]);
        var file = t.File("r.csv", "\uFEFFfinding_id,document,rule,severity,location,decision,comment\r\n" +
                                  $"\"{first.Id}\",x,r,s,\"a, b\",\"dismissed\",\"'=known, \"\"fine\"\"\"\r\n" +
                                  $"{second.Id},x,r,s,l,Confirmed,\r\n" +
                                  "unknown-id,x,r,s,l,dismissed,no such finding\r\n");
        var reviews = Reviews.Read(new[] { file });
        Assert.Equal(2, reviews.Apply(doc));
        Assert.Equal((ReviewDecision.Dismissed, "=known, \"fine\""), (first.Review, first.ReviewComment));
        Assert.Equal((ReviewDecision.Confirmed, (string?)null), (second.Review, second.ReviewComment));
        Assert.All(doc.Checks.Skip(2), f => Assert.Null(f.Review));
    }

    [Theory]
    [InlineData("finding_id,decision\nx,maybe\n", "decision 'maybe' is not one of confirmed, dismissed")]
    [InlineData("id,verdict\nx,dismissed\n", "needs finding_id and decision")]
    [InlineData("", "empty reviews file")]
    [InlineData("finding_id,decision\n\"x,dismissed\n", "quoted field is not closed")]
    public void ABadReviewsFileIsRefusedNamingTheFileAndTheReason(string content, string reason)
    {
        using var t = new TempFolder();
        var file = t.File("bad.csv", content);
        var e = Assert.Throws<InvalidDataException>(() => Reviews.Read(new[] { file }));
        Assert.Contains(file, e.Message);
        Assert.Contains(reason, e.Message);
        Assert.Contains("not found", Assert.Throws<InvalidDataException>(() => Reviews.Read(new[] { t.Sub("missing.csv") })).Message);
    }

    [Fact]
    public void WithoutEvidenceNoEvidenceIsWrittenAndWithItTheReportLinksEachDocument()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", SampleDocuments.Recipe("甲单位", 259.10m, 200m, 59.10m));
        File.Copy(ThreeFormats("pdf"), t.Sub("in/sub/tables.pdf").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        BatchSummary Run(string output, bool evidence)
        {
            var options = new BatchOptions { OutputDir = output, Jobs = 2, PipelineVersion = "test", Evidence = evidence };
            new BatchRunner(options).RunAsync(InputCollector.Collect(new[] { t.Sub("in") }, output, out _)).GetAwaiter().GetResult();
            return BatchSummary.Read(output);
        }

        var plain = Run(t.Sub("plain"), evidence: false);
        Assert.False(Directory.Exists(Path.Combine(t.Sub("plain"), EvidenceWriter.Folder)));
        Assert.All(plain.Documents, d => Assert.Null(d.ReviewPage));
        Assert.DoesNotContain("id=\"evidence\"", File.ReadAllText(Path.Combine(t.Sub("plain"), BatchReport.FileName)));

        var withEvidence = Run(t.Sub("out"), evidence: true);
        var pdf = Assert.Single(withEvidence.Documents, d => d.Path == "sub/tables.pdf");
        Assert.Equal(("evidence/sub/tables.pdf.review.html", "evidence/sub/tables.pdf.boxed.pdf"), (pdf.ReviewPage, pdf.BoxedPdf));
        var text = Assert.Single(withEvidence.Documents, d => d.Path == "a.txt");
        Assert.Equal(("evidence/a.txt.review.html", (string?)null), (text.ReviewPage, text.BoxedPdf));
        foreach (var f in new[] { pdf.ReviewPage!, pdf.BoxedPdf!, text.ReviewPage! }) Assert.True(File.Exists(Path.Combine(t.Sub("out"), f)), f);
        var report = File.ReadAllText(Path.Combine(t.Sub("out"), BatchReport.FileName));
        Assert.Contains("href=\"evidence/sub/tables.pdf.review.html\"", report);
        Assert.Contains("href=\"evidence/sub/tables.pdf.boxed.pdf\"", report);
        Assert.Contains("href=\"evidence/a.txt.review.html\"", report);

        // the datasets are the same either way
        foreach (var name in new[] { "line-items.csv", "checks.csv", "documents.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(t.Sub("plain"), name)), File.ReadAllText(Path.Combine(t.Sub("out"), name)));
    }

    [Fact]
    public void MergeCopiesEachShardsReviewPagesAndBoxedPdfsAndLinksThem()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", SampleDocuments.Recipe("甲单位", 259.10m, 200m, 59.10m));
        t.File("in/b.txt", SampleDocuments.Recipe("乙单位", 100m, 60m, 40m));
        File.Copy(ThreeFormats("pdf"), t.Sub("in/sub/tables.pdf").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        File.Copy(ThreeFormats("html"), t.Sub("in/sub/tables.html"));
        var inputs = InputCollector.Collect(new[] { t.Sub("in") }, null, out _);
        var shards = new[] { 1, 2 }.Select(k =>
        {
            var dir = t.Sub($"shard{k}");
            new BatchRunner(new BatchOptions { OutputDir = dir, Jobs = 1, PipelineVersion = "test", Evidence = true, Shard = new ShardSpec(k, 2) })
                .RunAsync(inputs).GetAwaiter().GetResult();
            return dir;
        }).ToList();
        Assert.All(shards, d => Assert.NotEmpty(BatchSummary.Read(d).Documents)); // both shards hold documents

        var merged = BatchMerger.Merge(t.Sub("merged"), shards);
        Assert.Equal(4, merged.Documents.Count);
        foreach (var d in merged.Documents)
        {
            var shard = shards.Single(s => BatchSummary.Read(s).Documents.Any(x => x.Path == d.Path));
            Assert.Equal($"evidence/{d.Path}.review.html", d.ReviewPage);
            Assert.Equal(d.Path.EndsWith(".pdf") ? $"evidence/{d.Path}.boxed.pdf" : null, d.BoxedPdf);
            foreach (var f in new[] { d.ReviewPage, d.BoxedPdf }.OfType<string>())
                Assert.Equal(File.ReadAllBytes(Path.Combine(shard, f)), File.ReadAllBytes(Path.Combine(t.Sub("merged"), f)));
        }
        var report = File.ReadAllText(Path.Combine(t.Sub("merged"), BatchReport.FileName));
        Assert.Contains("href=\"evidence/sub/tables.pdf.boxed.pdf\"", report);
        Assert.Contains("href=\"evidence/a.txt.review.html\"", report);
        Assert.Equal(merged.Documents.Select(d => d.ReviewPage), BatchSummary.Read(t.Sub("merged")).Documents.Select(d => d.ReviewPage));
    }

    [Fact]
    public void PdfLineItemsCarryTheBoxOfTheirCellInPoints()
    {
        var doc = ExtractionPipeline.CreateDefault().Process(ThreeFormats("pdf"));
        var items = Projections.LineItems(doc).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i =>
        {
            var b = Assert.NotNull(i.Box);
            Assert.True(b.Left < b.Right && b.Bottom < b.Top && b.Left >= 0 && b.Top <= 842, $"{i.Name} {i.Measure}: {b}");
            Assert.Null(i.Sheet);
        });
    }
}

static class TestExtensions
{
    public static T Also<T>(this T value, Action<T> action) { action(value); return value; }
}
