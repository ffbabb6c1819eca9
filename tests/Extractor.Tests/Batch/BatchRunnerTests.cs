using Extractor.Batch;
using Extractor.Datasets;
using Extractor.Model;

namespace Extractor.Tests.Batch;

public class BatchRunnerTests
{
    static BatchOptions Options(string outDir, Func<string, CancellationToken, BudgetDocument>? process = null) => new()
    {
        OutputDir = outDir, Jobs = 2, Timeout = TimeSpan.FromSeconds(30), PipelineVersion = "test-1",
        Process = process ?? SampleDocuments.Process,
    };

    static BatchResult Run(BatchOptions options, string inputDir, IBatchObserver? observer = null, CancellationToken cancel = default) =>
        new BatchRunner(options, observer).RunAsync(InputCollector.Collect(new[] { inputDir }, options.OutputDir, out _), cancel).GetAwaiter().GetResult();

    static TempFolder Corpus(int units)
    {
        var t = new TempFolder();
        for (var i = 1; i <= units; i++)
            t.File($"in/region{i % 3}/unit{i:00}.txt", SampleDocuments.Recipe($"单位{i:00}", 100 + i, 60 + i, 40));
        return t;
    }

    [Fact]
    public void ABadInputFailsWithItsReasonAndTheRestIsProcessed()
    {
        using var t = Corpus(3);
        t.File("in/empty.txt", "");
        t.File("in/broken.pdf", "bad");
        t.File("in/crash.txt", "boom");
        var log = new StringWriter();
        var errors = new StringWriter();
        var result = Run(Options(t.Sub("out")), t.Sub("in"), new Cli.Commands.PlainLogObserver(log, errors));

        Assert.False(result.AllProcessed);
        Assert.Equal(3, result.Summary.DocumentsProcessed);
        Assert.Equal(3, result.Summary.DocumentsFailed);
        var failures = result.Summary.Failures.ToDictionary(f => f.Document);
        Assert.Equal((FailureKind.BadInput, "empty file (0 bytes)"), (failures["empty.txt"].Kind, failures["empty.txt"].Reason));
        Assert.Equal(FailureKind.BadInput, failures["broken.pdf"].Kind);
        Assert.Equal(FailureKind.Error, failures["crash.txt"].Kind);
        Assert.Contains("stage exploded", failures["crash.txt"].Reason);
        Assert.Contains("empty.txt: empty file (0 bytes)", errors.ToString());
        Assert.Equal(3, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Matches(@"\[\d/6\] FAILED empty\.txt: empty file \(0 bytes\)", log.ToString());
        Assert.Matches(@"\[\d/6\] ok region1/unit01\.txt 12 pages", log.ToString());
        var failuresCsv = File.ReadAllLines(Path.Combine(t.Sub("out"), "failures.csv"));
        Assert.Equal(4, failuresCsv.Length);
        Assert.Contains(failuresCsv, l => l.StartsWith("empty.txt,empty.txt,bad-input,empty file (0 bytes)"));
    }

    [Fact]
    public void AHangingDocumentIsAbandonedAtTheTimeLimitAndTheBatchGoesOn()
    {
        using var t = Corpus(2);
        t.File("in/stuck.txt", "hang");
        var result = Run(Options(t.Sub("out")) with { Timeout = TimeSpan.FromSeconds(1) }, t.Sub("in"));

        Assert.Equal(2, result.Summary.DocumentsProcessed);
        var failure = Assert.Single(result.Summary.Failures);
        Assert.Equal(("stuck.txt", FailureKind.Timeout), (failure.Document, failure.Kind));
        Assert.Contains("time limit", failure.Reason);
    }

    [Fact]
    public void ADocumentExhaustingMemoryFailsAloneAndTheBatchGoesOn()
    {
        using var t = Corpus(2);
        t.File("in/oom.txt", "oom");
        var result = Run(Options(t.Sub("out")), t.Sub("in"));
        Assert.Equal(2, result.Summary.DocumentsProcessed);
        Assert.Equal(("oom.txt", FailureKind.Memory), (result.Summary.Failures.Single().Document, result.Summary.Failures.Single().Kind));
    }

    [Fact]
    public void PastTheMemoryLimitTheLongestRunningDocumentIsCancelled()
    {
        using var t = new TempFolder();
        t.File("in/hog.txt", "hog");
        var result = Run(Options(t.Sub("out")) with { MemoryLimitBytes = 1 }, t.Sub("in"));
        var failure = Assert.Single(result.Summary.Failures);
        Assert.Equal(FailureKind.Memory, failure.Kind);
        Assert.Contains("memory limit", failure.Reason);
    }

    [Fact]
    public void TwoRunsCannotWriteOneFolderAtOnce()
    {
        using var t = new TempFolder();
        using var first = new OutputAssembler(t.Sub("out"), new BatchSummary());
        Assert.Throws<OutputFolderBusyException>(() => new OutputAssembler(t.Sub("out"), new BatchSummary()));
    }

    [Fact]
    public void OutputsFollowInputOrderWhateverTheFinishingOrder()
    {
        using var t = Corpus(7);
        var result = Run(Options(t.Sub("out")) with { Jobs = 3 }, t.Sub("in"));
        var paths = result.Summary.Documents.Select(d => d.Path).ToList();
        Assert.Equal(paths.OrderBy(p => p, StringComparer.Ordinal), paths);
        var documentsCsv = File.ReadAllLines(Path.Combine(t.Sub("out"), "documents.csv")).Skip(1).Select(l => l.Split(',')[1]).ToList();
        Assert.Equal(paths, documentsCsv);
    }

    [Fact]
    public void ARerunReadsUnchangedDocumentsFromTheCacheAndRedoesChangedAndFailedOnes()
    {
        using var t = Corpus(3);
        var flaky = t.File("in/flaky.txt", "bad");
        var calls = new List<string>();
        BudgetDocument Counting(string path, CancellationToken c) { lock (calls) calls.Add(Path.GetFileName(path)); return SampleDocuments.Process(path, c); }
        var options = Options(t.Sub("out"), Counting);

        var first = Run(options, t.Sub("in"));
        Assert.Equal(4, calls.Count);
        var lineItemsFirst = File.ReadAllText(Path.Combine(t.Sub("out"), "line-items.csv"));

        calls.Clear();
        var second = Run(options, t.Sub("in"));
        Assert.Equal(new[] { "flaky.txt" }, calls); // failed: redone; the rest cached
        Assert.Equal(3, second.Summary.DocumentsFromCache);
        Assert.Equal(lineItemsFirst, File.ReadAllText(Path.Combine(t.Sub("out"), "line-items.csv")));

        calls.Clear();
        File.WriteAllText(flaky, SampleDocuments.Recipe("修好了", 10, 6, 4));
        File.WriteAllText(Path.Combine(t.Sub("in"), "region1", "unit01.txt"), SampleDocuments.Recipe("单位01", 999, 600, 399));
        var third = Run(options, t.Sub("in"));
        Assert.Equal(new[] { "flaky.txt", "unit01.txt" }, calls.OrderBy(c => c));
        Assert.True(third.AllProcessed);
        Assert.Contains("单位01,", File.ReadAllText(Path.Combine(t.Sub("out"), "documents.csv")));
        Assert.Contains(",9990000.00,", File.ReadAllText(Path.Combine(t.Sub("out"), "documents.csv")));

        calls.Clear();
        Run(options with { Force = true }, t.Sub("in"));
        Assert.Equal(4, calls.Count);
    }

    [Fact]
    public void ANewPipelineVersionRedoesEveryDocument()
    {
        using var t = Corpus(2);
        var calls = 0;
        BudgetDocument Counting(string path, CancellationToken c) { Interlocked.Increment(ref calls); return SampleDocuments.Process(path, c); }
        Run(Options(t.Sub("out"), Counting), t.Sub("in"));
        Run(Options(t.Sub("out"), Counting) with { PipelineVersion = "test-2" }, t.Sub("in"));
        Assert.Equal(4, calls);
    }

    [Fact]
    public void AnInterruptedRunReplacesNoOutputAndLeavesNoPartialFile()
    {
        using var t = Corpus(6);
        var options = Options(t.Sub("out")) with { Jobs = 1 };
        Run(options, t.Sub("in"));
        var before = File.ReadAllText(Path.Combine(t.Sub("out"), "line-items.csv"));

        foreach (var f in Directory.GetFiles(t.Sub("in"), "*.txt", SearchOption.AllDirectories))
            File.AppendAllText(f, ";changed=1");
        using var cancel = new CancellationTokenSource();
        var result = Run(options with { Force = true }, t.Sub("in"), new CancelAfterFirst(cancel), cancel.Token);

        Assert.True(result.Interrupted);
        Assert.Equal(before, File.ReadAllText(Path.Combine(t.Sub("out"), "line-items.csv")));
        Assert.Empty(Directory.GetFiles(t.Sub("out"), "*" + Extractor.Datasets.AtomicFile.TempMarker + "*", SearchOption.AllDirectories));
    }

    sealed class CancelAfterFirst(CancellationTokenSource cancel) : IBatchObserver
    {
        public void Started(int total) { }
        public void Completed(DocumentOutcome outcome, int done, int total) => cancel.Cancel();
    }

    [Fact]
    public void ShardsAreDisjointCompleteAndStable()
    {
        var paths = Enumerable.Range(0, 500).Select(i => $"省{i % 7}/市{i % 13}/doc-{i}.pdf").ToList();
        var shards = Enumerable.Range(1, 4).Select(k => new ShardSpec(k, 4)).ToList();
        var taken = paths.Select(p => shards.Count(s => s.Contains(p))).ToList();
        Assert.All(taken, n => Assert.Equal(1, n));
        Assert.All(shards, s => Assert.InRange(paths.Count(s.Contains), 75, 175)); // every shard gets a fair part
        Assert.Equal(ShardSpec.StableHash("省1/doc.pdf"), ShardSpec.StableHash("省1\\doc.pdf"));
        Assert.Equal(0xcbf29ce484222325UL, ShardSpec.StableHash("")); // FNV-1a offset basis: the same on every machine
        Assert.Throws<FormatException>(() => ShardSpec.Parse("0/4"));
        Assert.Throws<FormatException>(() => ShardSpec.Parse("5/4"));
        Assert.Equal(new ShardSpec(2, 8), ShardSpec.Parse("2/8"));
    }

    [Fact]
    public void MergingTheShardsReproducesTheUnshardedDatasets()
    {
        using var t = Corpus(9);
        t.File("in/empty.txt", "");
        var whole = Run(Options(t.Sub("whole")), t.Sub("in"));
        var shardDirs = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var dir = t.Sub($"shard{k}");
            Run(Options(dir) with { Shard = new ShardSpec(k, 3) }, t.Sub("in"));
            shardDirs.Add(dir);
        }
        Assert.Equal(whole.Summary.Inputs, shardDirs.Sum(d => BatchSummary.Read(d).Inputs));

        var merged = BatchMerger.Merge(t.Sub("merged"), shardDirs);

        Assert.Equal(whole.Summary.DocumentsProcessed, merged.DocumentsProcessed);
        Assert.Equal(whole.Summary.DocumentsFailed, merged.DocumentsFailed);
        foreach (var file in new[] { "line-items.csv", "documents.csv", "checks.csv", "narrative-facts.csv", "tables.csv", "failures.csv",
                     "function-shares.csv", "line-items.jsonl", "comparison.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(t.Sub("whole"), file)), File.ReadAllText(Path.Combine(t.Sub("merged"), file)));
        Assert.Equal(Directory.GetFiles(Path.Combine(t.Sub("whole"), "documents")).Select(Path.GetFileName).Order(),
            Directory.GetFiles(Path.Combine(t.Sub("merged"), "documents")).Select(Path.GetFileName).Order());
        Assert.Throws<InvalidDataException>(() => BatchMerger.Merge(t.Sub("twice"), new[] { shardDirs[0], shardDirs[0] }));
    }

    [Fact]
    public void FoldersAreSearchedRecursivelyForKnownExtensionsSkippingTheOutputFolder()
    {
        using var t = new TempFolder();
        t.File("in/b/2.pdf", "x");
        t.File("in/a.xlsx", "x");
        t.File("in/notes.md", "x");
        t.File("in/out/line-items.csv", "x");
        var single = t.File("solo.html", "x");
        var inputs = InputCollector.Collect(new[] { t.Sub("in"), single, t.Sub("nowhere") }, t.Sub("in/out"), out var missing);
        Assert.Equal(new[] { "a.xlsx", "b/2.pdf", "solo.html" }, inputs.Select(i => i.RelativePath));
        Assert.Equal(new[] { t.Sub("nowhere") }, missing);
    }
}
