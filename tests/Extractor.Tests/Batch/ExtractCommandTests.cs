using Extractor.Cli;
using Extractor.Cli.Commands;

namespace Extractor.Tests.Batch;

/// <summary>The CLI contract: exit codes and the one stderr line per bad input (real pipeline).</summary>
[Collection("console")]
public class ExtractCommandTests
{
    static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (o, e) = (new StringWriter(), new StringWriter());
        Console.SetOut(o);
        Console.SetError(e);
        try { return (Program.Main(args), o.ToString(), e.ToString()); }
        finally { Console.SetOut(oldOut); Console.SetError(oldErr); }
    }

    [Fact]
    public void AMissingPathIsAUsageError()
    {
        using var t = new TempFolder();
        var (code, _, err) = Cli("extract", t.Sub("nothing-here"), "--out", t.Sub("out"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("nothing-here: no such file or folder", err);
    }

    [Fact]
    public void NoInputsIsAUsageError() => Assert.Equal(ExitCodes.Usage, Cli("extract").Code);

    [Fact]
    public void AnEmptyFileGetsOneLineNamingItAndTheReasonAndExitCodeOne()
    {
        using var t = new TempFolder();
        t.File("in/empty.txt", "");
        t.File("in/junk.pdf", "not a pdf at all");
        var (code, stdout, err) = Cli("extract", t.Sub("in"), "--out", t.Sub("out"), "--jobs", "1");
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("empty.txt: empty file (0 bytes)", err);
        Assert.Contains("junk.pdf: named .pdf but has no %PDF header", err);
        Assert.Contains("FAILED empty.txt", stdout);
        Assert.True(File.Exists(Path.Combine(t.Sub("out"), "summary.json")));
    }

    [Fact]
    public void AMissingPathBesideGoodOnesIsReportedAndTheRestProcessedWithExitCodeOne()
    {
        using var t = new TempFolder();
        var (code, _, err) = Cli("extract", Support.RepoPaths.Seed, t.Sub("nothing-here"), "--out", t.Sub("out"), "--jobs", "1");
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Contains("nothing-here: no such file or folder", err);
        Assert.Single(File.ReadAllLines(Path.Combine(t.Sub("out"), "documents.csv")).Skip(1));
    }

    [Fact]
    public void AnOutputFolderThatIsAFileIsAPlainUsageError()
    {
        using var t = new TempFolder();
        var file = t.File("out.txt", "a file");
        var (code, _, err) = Cli("extract", Support.RepoPaths.Seed, "--out", file);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: --out", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void MergeIntoAFileIsAPlainUsageError()
    {
        using var t = new TempFolder();
        var shard = t.Sub("shard");
        Assert.Equal(ExitCodes.Ok, Cli("extract", Support.RepoPaths.Seed, "--out", shard, "--jobs", "1").Code);
        var file = t.File("merged.txt", "a file");
        var (code, _, err) = Cli("merge", file, shard);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("is a file", err);
    }

    [SkippableFact]
    public void AnOutputFolderThatCannotBeWrittenIsAPlainUsageError()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.UserName == "root", "root writes anywhere: permissions cannot be tested");
        using var t = new TempFolder();
        Directory.CreateDirectory(t.Sub("locked"));
        File.SetUnixFileMode(t.Sub("locked"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var (code, _, err) = Cli("extract", Support.RepoPaths.Seed, "--out", Path.Combine(t.Sub("locked"), "out"));
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Contains("cannot write the output folder", err);
        }
        finally { File.SetUnixFileMode(t.Sub("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute); }
    }

    [Fact]
    public void AnUnknownLimitIsAUsageErrorAndAKnownOneIsApplied()
    {
        using var t = new TempFolder();
        Assert.Equal(ExitCodes.Usage, Cli("extract", Support.RepoPaths.Seed, "--out", t.Sub("out"), "--limit", "bogus=3").Code);
        var (code, _, err) = Cli("extract", Path.Combine(Support.RepoPaths.Corpus, "three-formats", "jingdezhen-12345-hotline-2025-budget-tables.html"),
            "--out", t.Sub("out"), "--limit", "text-mb=0");
        Assert.Equal(ExitCodes.Usage, code);
        var (code2, _, err2) = Cli("extract", Path.Combine(Support.RepoPaths.Corpus, "three-formats", "jingdezhen-12345-hotline-2025-budget-tables.xlsx"),
            "--out", t.Sub("out"), "--limit", "part-mb=1", "--limit", "shared-strings-mb=1", "--limit", "nesting=2");
        Assert.Equal(ExitCodes.Ok, code2);
        var deep = t.File("deep.html", "<html><body><div><div><div><table><tr><td>1</td></tr></table></div></div></div></body></html>");
        var (code3, _, err3) = Cli("extract", deep, "--out", t.Sub("out"), "--limit", "nesting=2");
        Assert.Equal(ExitCodes.SomeFailed, code3);
        Assert.Contains("too large: the page nests elements more than 2 deep", err3);
    }

    [Fact]
    public void TablesReadsAnyFormatExtractReadsAndSaysWhatPagesAndSvgNeed()
    {
        var html = Path.Combine(Support.RepoPaths.Corpus, "three-formats", "jingdezhen-12345-hotline-2025-budget-tables.html");
        var (code, stdout, err) = Cli("tables", html);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("\"tables\": [", stdout);
        Assert.DoesNotContain("broken PDF", err);
        var (code2, _, err2) = Cli("tables", html, "--pages", "1");
        Assert.Equal(ExitCodes.Usage, code2);
        Assert.Contains("--pages and --debug-svg need a PDF", err2);
    }

    [Fact]
    public void TablesWithPagesBeyondTheDocumentIsAnError()
    {
        var pdf = Path.Combine(Support.RepoPaths.TestData, "pdf", "three-pages-no-header.pdf");
        var (code, _, err) = Cli("tables", pdf, "--pages", "99");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("has 3 pages", err);
    }

    [Fact]
    public void BenchmarkTakesAFileAndSaysPlainlyThatItMeasuresPdfs()
    {
        var pdf = Path.Combine(Support.RepoPaths.TestData, "pdf", "ruled.pdf");
        var (code, stdout, _) = Cli("benchmark", pdf, "--stage", "pdf");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("1 PDF files", stdout);
        var (code2, _, err2) = Cli("benchmark", Support.RepoPaths.Seed);
        Assert.Equal(ExitCodes.Usage, code2);
        Assert.Contains("not a PDF", err2);
    }

    [Fact]
    public void ABadShardIsAUsageError()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", "x");
        Assert.Equal(ExitCodes.Usage, Cli("extract", t.Sub("in"), "--out", t.Sub("out"), "--shard", "3/2").Code);
    }
}
