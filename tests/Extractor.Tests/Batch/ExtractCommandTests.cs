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
    public void ABadShardIsAUsageError()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", "x");
        Assert.Equal(ExitCodes.Usage, Cli("extract", t.Sub("in"), "--out", t.Sub("out"), "--shard", "3/2").Code);
    }
}
