using Extractor.Batch;
using Extractor.Reports;
using Extractor.Tests.Batch;

namespace Extractor.Tests.Reports;

/// <summary>corpus-report runs its documents through the batch runner: same isolation and time limit, nothing written.</summary>
public class CorpusReportRunTests
{
    static List<CorpusDocumentResult> Run(TempFolder t, TimeSpan timeout, params string[] folders) =>
        CorpusReportRun.RunAsync(folders.Select(t.Sub).ToList(), new BatchOptions { Jobs = 2, Timeout = timeout, Process = SampleDocuments.Process })
            .GetAwaiter().GetResult();

    [Fact]
    public void EachFolderInTurnEachFileOnceWithItsFolderAndRefusalsNamed()
    {
        using var t = new TempFolder();
        t.File("real/b.txt", SampleDocuments.Recipe("乙单位", 100m, 60m, 40m));
        t.File("real/sub/a.txt", "bad");
        t.File("wide/a.txt", SampleDocuments.Recipe("甲单位", 259.10m, 200m, 59.10m));
        t.File("wide/c.txt", "boom");

        var results = Run(t, TimeSpan.FromSeconds(30), "wide", "real");

        Assert.Equal(new[] { ("wide", "a.txt"), ("wide", "c.txt"), ("real", "b.txt"), ("real", "a.txt") }, results.Select(r => (r.Folder, r.File)));
        Assert.Equal("binary content of unknown format", results[3].Failure);
        Assert.Contains("stage exploded", results[1].Failure);
        Assert.Null(results[0].Failure);
        Assert.True(results[0].Rows > 0);
        // nothing written: no cache, no output folder
        Assert.Empty(Directory.GetFileSystemEntries(t.Path, ".*", SearchOption.AllDirectories));
        Assert.Equal(4, Directory.GetFiles(t.Path, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void AHangingDocumentIsRefusedAtTheTimeLimitAndTheReportGoesOn()
    {
        using var t = new TempFolder();
        t.File("in/a.txt", "hang");
        t.File("in/b.txt", SampleDocuments.Recipe("乙单位", 100m, 60m, 40m));

        var results = Run(t, TimeSpan.FromSeconds(1), "in");

        Assert.Contains("time limit", results[0].Failure);
        Assert.Null(results[1].Failure);
        Assert.Contains("refused: a.txt: ", CorpusReport.Format(results));
    }
}
