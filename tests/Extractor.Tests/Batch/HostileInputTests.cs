using System.Text;
using Extractor.Batch;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources.Html;
using Extractor.Sources.Spreadsheet;
using Extractor.Sources.Text;
using Extractor.Sources;
using Extractor.Tests.Support;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Batch;

/// <summary>Hostile and messy input (issue 13): cycles, bombs, formula injection, same names, damaged bytes, one output set.</summary>
public class HostileInputTests
{
    static BatchOptions Options(string outDir) => new()
    {
        OutputDir = outDir, Jobs = 2, Timeout = TimeSpan.FromSeconds(30), PipelineVersion = "test-1", Process = SampleDocuments.Process,
    };

    static BatchResult Run(BatchOptions options, params string[] inputs) =>
        new BatchRunner(options).RunAsync(InputCollector.Collect(inputs, options.OutputDir, out _)).GetAwaiter().GetResult();

    static string[] CsvLines(string dir, string file) => File.ReadAllLines(Path.Combine(dir, file)).Skip(1).ToArray();

    // ---- enumeration ----

    [Fact]
    public void LinksBackToTheFolderOrItsParentAreReportedAsCyclesAndEachFileIsTakenOnce()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", "x");
        t.File("in/sub/b.txt", "x");
        Directory.CreateSymbolicLink(t.Sub("in/self"), ".");
        Directory.CreateSymbolicLink(t.Sub("in/sub/up"), "..");
        Directory.CreateSymbolicLink(t.Sub("in/parent"), "..");
        File.CreateSymbolicLink(t.Sub("in/alias.txt"), "a.txt");
        var collected = InputCollector.Collect(new[] { t.Sub("in") }, t.Sub("out"));
        Assert.Equal(new[] { "a.txt", "sub/b.txt" }, collected.Inputs.Select(i => i.RelativePath));
        Assert.Equal(3, collected.Notes.Count(n => n.Contains("directory cycle")));
        Assert.Contains(collected.Notes, n => n.StartsWith("self: directory cycle", StringComparison.Ordinal));
        Assert.Contains(collected.Notes, n => n.StartsWith("parent: directory cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoFilesOfOneNameInTwoFoldersAreTwoDocumentsEverywhere()
    {
        using var t = new TempFolder();
        t.File("in/east/budget.txt", SampleDocuments.Recipe("东区", 100, 60, 40));
        t.File("in/west/budget.txt", SampleDocuments.Recipe("西区", 200, 120, 80));
        var options = Options(t.Sub("out"));
        Run(options, t.Sub("in"));
        var o = t.Sub("out");
        Assert.Equal(new[] { "east/budget.txt", "west/budget.txt" }, CsvLines(o, "documents.csv").Select(l => l.Split(',')[0]));
        Assert.Equal(new[] { "east/budget.txt", "west/budget.txt" }, CsvLines(o, "line-items.csv").Select(l => l.Split(',')[0]).Distinct());
        Assert.Equal(new[] { "east/budget.txt", "west/budget.txt" }, CsvLines(o, "checks.csv").Select(l => l.Split(',')[0]).Distinct().Order());
        foreach (var table in new[] { "documents", "line_items", "tables", "narrative_facts" })
            Assert.Equal(new[] { "east/budget.txt", "west/budget.txt" }, Sql(o, $"SELECT DISTINCT document FROM {table} ORDER BY document"));
        var east = DocumentJsonWriter.Read(Path.Combine(o, "documents", "east", "budget.txt.json"));
        Assert.Equal(("east/budget.txt", "east/budget.txt"), (east.Document, east.SourcePath));
        Assert.Equal("西区", DocumentJsonWriter.Read(Path.Combine(o, "documents", "west", "budget.txt.json")).Metadata.UnitName);
    }

    [Fact]
    public void TheSameRelativePathFromTwoRootsTakesTheRootFolderName()
    {
        using var t = new TempFolder();
        t.File("2024/a.txt", "x");
        t.File("2025/a.txt", "x");
        t.File("solo/a.txt", "y");
        var inputs = InputCollector.Collect(new[] { t.Sub("2024"), t.Sub("2025"), t.Sub("solo/a.txt") }, null).Inputs;
        Assert.Equal(new[] { "2024/a.txt", "2025/a.txt", "a.txt" }, inputs.Select(i => i.RelativePath));
    }

    static List<string> Sql(string dir, string query)
    {
        using var c = new SqliteConnection($"Data Source={Path.Combine(dir, DatasetOutputs.DatabaseFileName)};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = query;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return rows;
    }

    // ---- CSV formula injection ----

    [Fact]
    public void CsvTextCellsThatWouldRunAsFormulasAreQuotedAndEveryOtherFormatKeepsTheText()
    {
        using var t = new TempFolder();
        const string evil = "=cmd|' /C calc'!A0";
        t.File("in/=HYPERLINK(\"x\").txt", evil);
        t.File("in/+plus.txt", "@SUM(A1)");
        // The unit name is the file's text, as printed.
        var options = Options(t.Sub("out")) with { Process = (path, _) => SampleDocuments.Unit(Path.GetFileName(path), File.ReadAllText(path), 100, 60, 40) };
        Run(options, t.Sub("in"));
        var o = t.Sub("out");
        var documents = File.ReadAllText(Path.Combine(o, "documents.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\").txt\"", documents);
        Assert.Contains("'+plus.txt", documents);
        Assert.Contains("'=cmd|' /C calc'!A0", documents);
        Assert.Contains("'@SUM(A1)", documents);
        Assert.DoesNotContain(",=", documents);
        Assert.DoesNotContain(",@", documents);
        Assert.All(new[] { "line-items.csv", "checks.csv", "tables.csv", "function-shares.csv", "comparison.csv", "narrative-facts.csv" }, f =>
        {
            var text = File.ReadAllText(Path.Combine(o, f));
            Assert.DoesNotMatch("(^|,|\n)[=+@]", text);
        });
        Assert.Contains("'=cmd|' /C calc'!A0", File.ReadAllText(Path.Combine(o, "comparison.csv")));
        // JSONL, SQLite and the JSON keep the exact text.
        Assert.Contains("\"unit_name\":\"=cmd|' /C calc'!A0\"", File.ReadAllText(Path.Combine(o, "documents.jsonl")));
        Assert.Contains(evil, Sql(o, "SELECT unit_name FROM documents"));
        Assert.Equal(evil, DocumentJsonWriter.Read(Path.Combine(o, "documents", "=HYPERLINK(\"x\").txt.json")).Metadata.UnitName);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 10", "'+86 10")]
    [InlineData("-A1", "'-A1")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+3", "+3")]
    [InlineData("-", "-")]
    [InlineData("行政运行", "行政运行")]
    [InlineData("", "")]
    public void NeutralizePrefixesFormulaTriggersButNotNumbers(string text, string expected) =>
        Assert.Equal(expected, CsvDatasetWriter.Neutralize(text));

    [Fact]
    public void NegativeAmountsInCsvAreNumbersNotText()
    {
        using var t = new TempFolder();
        var path = Path.Combine(t.Path, "x.csv");
        using (var w = new CsvDatasetWriter(path, Extractor.Datasets.Datasets.Failures))
        {
            w.Write(new object?[] { "-a", "-1", -1.5m, "=x" });
            w.Complete();
        }
        Assert.Equal("'-a,-1,-1.5,'=x", File.ReadAllLines(path)[1]);
    }

    // ---- one consistent output set ----

    [Fact]
    public void DocumentsHoldsExactlyThisRunsDocuments()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", SampleDocuments.Recipe("甲", 100, 60, 40));
        var b = t.File("in/b.txt", SampleDocuments.Recipe("乙", 100, 60, 40));
        var options = Options(t.Sub("out"));
        Run(options, t.Sub("in"));
        Assert.Equal(2, Directory.GetFiles(t.Sub("out/documents")).Length);
        File.Delete(b);
        Run(options, t.Sub("in"));
        Assert.Equal(new[] { "a.txt.json" }, Directory.GetFiles(t.Sub("out/documents")).Select(Path.GetFileName));
        Assert.Single(CsvLines(t.Sub("out"), "documents.csv"));
        Assert.Equal(1, BatchSummary.Read(t.Sub("out")).DocumentsProcessed);
        Assert.Empty(Directory.GetDirectories(t.Sub("out"), ".staging-*"));
    }

    [Fact]
    public void AKilledRunsStagingIsDiscardedAndAPublicationCutShortIsFinished()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", SampleDocuments.Recipe("甲", 100, 60, 40));
        t.File("in2/a.txt", SampleDocuments.Recipe("甲", 100, 60, 40));
        t.File("in2/b.txt", SampleDocuments.Recipe("乙", 300, 160, 140));
        var o = t.Sub("out");
        Run(Options(o), t.Sub("in"));
        var before = File.ReadAllText(Path.Combine(o, "line-items.csv"));

        // A run killed while processing leaves its staging folder: the next run removes it, the set stays whole.
        Directory.CreateDirectory(Path.Combine(o, ".staging-999-deadbeef", "documents"));
        File.WriteAllText(Path.Combine(o, ".staging-999-deadbeef", "line-items.csv"), "half");
        using (new OutputAssembler(o, new BatchSummary())) { }
        Assert.False(Directory.Exists(Path.Combine(o, ".staging-999-deadbeef")));
        Assert.Equal(before, File.ReadAllText(Path.Combine(o, "line-items.csv")));

        // A run killed in the middle of publishing (documents/ swapped, the files not yet): the next run finishes it.
        Run(Options(t.Sub("other")), t.Sub("in2"));
        var stage = Path.Combine(o, ".staging-998-cafebabe");
        Directory.CreateDirectory(stage);
        foreach (var f in Directory.GetFiles(t.Sub("other")).Where(f => !Path.GetFileName(f).StartsWith('.')))
            File.Copy(f, Path.Combine(stage, Path.GetFileName(f)));
        Directory.Delete(Path.Combine(o, "documents"), true);
        CopyDirectory(t.Sub("other/documents"), Path.Combine(o, "documents"));
        File.WriteAllText(Path.Combine(o, OutputAssembler.JournalFileName), ".staging-998-cafebabe");
        using (new OutputAssembler(o, new BatchSummary())) { }
        Assert.Equal(File.ReadAllText(t.Sub("other/line-items.csv")), File.ReadAllText(Path.Combine(o, "line-items.csv")));
        Assert.Equal(2, CsvLines(o, "documents.csv").Length);
        Assert.Equal(2, BatchSummary.Read(o).DocumentsProcessed);
        Assert.False(File.Exists(Path.Combine(o, OutputAssembler.JournalFileName)));
        Assert.False(Directory.Exists(stage));
    }

    static void CopyDirectory(string from, string to)
    {
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
    }

    [Fact]
    public void AnOutputFolderThatIsAFileIsAPlainError()
    {
        using var t = new TempFolder();
        var file = t.File("out", "I am a file");
        var e = Assert.Throws<OutputFolderUnusableException>(() => new OutputAssembler(file, new BatchSummary()));
        Assert.Contains("is a file", e.Message);
    }

    // ---- duplicates and the data package ----

    [Fact]
    public void DuplicateCopiesOfOneDisclosureAreMarkedAndComparedOnce()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", SampleDocuments.Recipe("甲", 100, 60, 40));
        t.File("in/copy/a-again.txt", SampleDocuments.Recipe("甲", 100, 60, 40));
        t.File("in/b.txt", SampleDocuments.Recipe("乙", 100, 60, 40));
        Run(Options(t.Sub("out")), t.Sub("in"));
        var o = t.Sub("out");
        var rows = CsvLines(o, "documents.csv");
        Assert.Equal(3, rows.Length);
        Assert.EndsWith(",a.txt", rows.Single(r => r.StartsWith("copy/a-again.txt,", StringComparison.Ordinal)));
        Assert.EndsWith(",", rows.Single(r => r.StartsWith("a.txt,", StringComparison.Ordinal)));
        Assert.Equal(new[] { "a.txt", "b.txt" }, CsvLines(o, "comparison.csv").Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void TheDataPackageListsEveryCsvWritten()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", SampleDocuments.Recipe("甲", 100, 60, 40));
        Run(Options(t.Sub("out")), t.Sub("in"));
        var package = JObject.Parse(File.ReadAllText(t.Sub("out/" + DataPackageWriter.FileName)));
        var listed = package["resources"]!.Select(r => r["path"]!.Value<string>()).Order().ToList();
        var written = Directory.GetFiles(t.Sub("out"), "*.csv").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(written, listed);
        var comparison = package["resources"]!.Single(r => r["path"]!.Value<string>() == "comparison.csv");
        var header = File.ReadAllLines(t.Sub("out/comparison.csv"))[0].TrimStart('\uFEFF').Split(',');
        Assert.Equal(header, comparison["schema"]!["fields"]!.Select(f => f["name"]!.Value<string>()));
    }

    // ---- decoding ----

    [Fact]
    public void OneInvalidByteInAGbkTextIsReplacedCountedAndReported()
    {
        using var t = new TempFolder();
        var gbk = TextDecoding.GetEncoding("gbk").GetBytes(File.ReadAllText(RepoPaths.Seed));
        var bytes = gbk.Take(200).Append((byte)0xFF).Concat(gbk.Skip(200)).ToArray();
        var path = Path.Combine(t.Path, "seed-gbk.txt");
        File.WriteAllBytes(path, bytes);
        var doc = ExtractionPipeline.CreateDefault().Process(path);
        var issue = Assert.Single(doc.Issues, i => i.Code == IssueCode.InvalidBytes);
        Assert.StartsWith("1 invalid byte(s) could not be decoded as gb18030", issue.Message);
        var clean = ExtractionPipeline.CreateDefault().Process(RepoPaths.Seed);
        Assert.Equal(Projections.LineItems(clean).Count(), Projections.LineItems(doc).Count());
    }

    [Fact]
    public void OneInvalidByteInAPageDeclaringGbkKeepsTheDeclaredCharsetAndEveryAmount()
    {
        using var t = new TempFolder();
        var html = Path.Combine(RepoPaths.Corpus, "three-formats", "jingdezhen-12345-hotline-2025-budget-tables.html");
        var path = Path.Combine(t.Path, "gbk.html");
        HostileFiles.GbkPageWithOneBadByte(html, path);
        var raw = new HtmlSourceReader().Read(path, "html");
        Assert.Equal("gbk", raw.Properties["encoding"]);
        Assert.Contains(raw.Issues, i => i.Code == IssueCode.InvalidBytes && i.Message.StartsWith("1 invalid byte"));
        var doc = ExtractionPipeline.CreateDefault().Process(path);
        var clean = ExtractionPipeline.CreateDefault().Process(html);
        Assert.Equal(Projections.LineItems(clean).Select(i => i.AmountYuan), Projections.LineItems(doc).Select(i => i.AmountYuan));
    }

    [Fact]
    public void AnAsciiDigitAfterADamagedLeadByteIsKept()
    {
        var (text, invalid) = TextDecoding.DecodeCounting(new byte[] { 0x41, 0x81, 0x31, 0x32, 0x42, 0xFF, 0x33 }, TextDecoding.Gb18030);
        Assert.Equal(("A\uFFFD12B\uFFFD3", 2), (text, invalid));
    }

    [Fact]
    public void BytesThatAreNoEncodingAtAllAreStillRefused()
    {
        var noise = Enumerable.Range(0, 4000).Select(i => (byte)(0x80 + (i * 37 % 0x7F))).ToArray();
        var e = Assert.Throws<BadInputException>(() => TextSourceReader.DecodeText(noise, out _));
        Assert.Contains("invalid bytes", e.Message);
    }

    // ---- limits ----

    static readonly SourceLimits Small = SourceLimits.Default with { MaxSharedStringsBytes = 1024 * 1024, MaxPartBytes = 2 * 1024 * 1024, MaxCellsPerTable = 1000, MaxPages = 3 };

    [Fact]
    public void AWorkbookWhoseSharedStringsDecompressPastTheLimitIsRefusedBeforeReading()
    {
        using var t = new TempFolder();
        var path = Path.Combine(t.Path, "bomb.xlsx");
        HostileFiles.XlsxWithHugeString(path, 3 * 1024 * 1024);
        Assert.True(new FileInfo(path).Length < 64 * 1024);
        var e = Assert.Throws<BadInputException>(() => new SpreadsheetSourceReader { Limits = Small }.Read(path, "xlsx"));
        Assert.Equal("too large: part xl/sharedStrings.xml decompresses to more than 1 MB, which exceeds the shared strings limit (1 MB)", e.Message);
    }

    [Fact]
    public void ASheetOfMoreCellsThanTheLimitIsRefused()
    {
        var book = new Formats.XlsxBuilder();
        var sheet = book.AddSheet("big");
        for (var r = 0; r < 60; r++)
            for (var c = 0; c < 20; c++) sheet.Set(r, c, r * c);
        var e = Assert.Throws<BadInputException>(() => new SpreadsheetSourceReader { Limits = Small }.Read(book.Save(), "xlsx"));
        Assert.StartsWith("too large: sheet 'big' holds more than 1,000 cells", e.Message);
    }

    [Fact]
    public void APageNestedThousandsDeepIsRefusedBeforeParsing()
    {
        using var t = new TempFolder();
        var path = Path.Combine(t.Path, "deep.html");
        HostileFiles.DeeplyNestedHtml(path, 5000);
        var e = Assert.Throws<BadInputException>(() => new HtmlSourceReader().Read(path, "html"));
        Assert.Equal("too large: the page nests elements more than 256 deep, which exceeds the nesting depth limit (256)", e.Message);
        Assert.Equal(4, HtmlNesting.MaxDepth("<div><table><tr><td><p>x<br><img src='a>b'><span><b>y</b></span><div><i>z</i></div></table></div>"u8));
        Assert.Equal(1, HtmlNesting.MaxDepth("<script>if (a<b) { '<div><div><div>' }</script><!-- <div><div> --><div></div>"u8));
    }

    [Fact]
    public void ATableWhoseSpansCoverMoreCellsThanTheLimitIsRefused()
    {
        using var t = new TempFolder();
        var path = t.File("span.html", "<html><body><table><tr><td rowspan=1 colspan=1000>a</td></tr><tr><td colspan=1000>b</td></tr></table></body></html>");
        var e = Assert.Throws<BadInputException>(() => new HtmlSourceReader { Limits = Small }.Read(path, "html"));
        Assert.StartsWith("too large: the table at line 1 holds more than 1,000 cells", e.Message);
    }

    [Fact]
    public void APdfOfMorePagesThanTheLimitIsRefused()
    {
        var path = Path.Combine(RepoPaths.TestData, "pdf", "three-pages-no-header.pdf");
        var e = Assert.Throws<BadInputException>(() => new Sources.Pdf.PdfSourceReader { Limits = Small with { MaxPages = 2 } }.Read(path, "pdf"));
        Assert.Equal("too large: 3 pages, which exceeds the pages per document limit (2)", e.Message);
    }

    // ---- the hostile folder, in one run ----

    /// <summary>
    /// Self-link, parent link, a workbook bomb, a page nested 5,000 deep, an injection file, a same-name pair, a GBK
    /// page with one bad byte and the seed budget, through the real pipeline in one run: every file ends in a result
    /// or a named failure, the seed's line items are intact, and the process stays far under 2 GB. (The bombs are
    /// small here, over lowered limits; the real-size run is the CLI probe of scripts/hostile/make-hostile-folder.py.)
    /// </summary>
    [Fact]
    public void TheHostileFolderExtractsInOneRunWithTheGoodBudgetIntact()
    {
        using var t = new TempFolder();
        var dir = t.Sub("hostile");
        Directory.CreateDirectory(dir);
        File.Copy(RepoPaths.Seed, Path.Combine(dir, "seed.txt"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(dir, "parent"), "..");
        HostileFiles.XlsxWithHugeString(Path.Combine(dir, "bomb.xlsx"), 3 * 1024 * 1024);
        HostileFiles.DeeplyNestedHtml(Path.Combine(dir, "deep.html"), 5000, 200_000);
        t.File("hostile/=HYPERLINK(\"evil\",\"click\").txt", "=cmd|' /C calc'!A0\n+SUM(1,2)\n-2+3\n@SUM(A1)\n");
        t.File("hostile/east/notice.txt", "东区2025年部门预算公开说明");
        t.File("hostile/west/notice.txt", "西区2025年部门预算公开说明");
        HostileFiles.GbkPageWithOneBadByte(Path.Combine(RepoPaths.Corpus, "three-formats", "jingdezhen-12345-hotline-2025-budget-tables.html"), Path.Combine(dir, "gbk.html"));

        var options = new BatchOptions { OutputDir = t.Sub("out"), Jobs = 2, Timeout = TimeSpan.FromSeconds(60), Limits = Small with { MaxCellsPerTable = 500_000, MaxPages = 5000 } };
        var collected = InputCollector.Collect(new[] { dir }, options.OutputDir);
        Assert.Equal(2, collected.Notes.Count(n => n.Contains("directory cycle")));
        var result = new BatchRunner(options).RunAsync(collected.Inputs).GetAwaiter().GetResult();

        var s = result.Summary;
        Assert.Equal(new[] { "=HYPERLINK(\"evil\",\"click\").txt", "bomb.xlsx", "deep.html", "east/notice.txt", "gbk.html", "seed.txt", "west/notice.txt" },
            s.Documents.Select(d => d.Path));
        var failures = s.Failures.ToDictionary(f => f.Document);
        Assert.Equal(new[] { "bomb.xlsx", "deep.html" }, failures.Keys.Order());
        Assert.All(failures.Values, f => Assert.StartsWith("too large: ", f.Reason));
        var seed = DocumentJsonWriter.Read(Path.Combine(t.Sub("out"), "documents", "seed.txt.json"));
        var golden = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Extractor.Tests", "Golden", "seed.line-items.tsv")).Length - 1;
        Assert.Equal(golden, Projections.LineItems(seed).Count());
        Assert.Equal(golden, CsvLines(t.Sub("out"), "line-items.csv").Count(l => l.StartsWith("seed.txt,", StringComparison.Ordinal)));
        var gbk = DocumentJsonWriter.Read(Path.Combine(t.Sub("out"), "documents", "gbk.html.json"));
        Assert.Contains(gbk.Issues, i => i.Code == IssueCode.InvalidBytes);
        Assert.NotEmpty(Projections.LineItems(gbk));
        Assert.Contains("\"'=HYPERLINK(\"\"evil\"\",\"\"click\"\").txt\"", File.ReadAllText(Path.Combine(t.Sub("out"), "documents.csv")));
        if (HostileFiles.PeakRssBytes() is { } peak) Assert.True(peak < 2L * 1024 * 1024 * 1024, $"peak RSS {peak / 1048576} MB");
    }
}
