using System.Text.RegularExpressions;
using Extractor.Batch;
using Extractor.Tests.Batch;
using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Packaging;

/// <summary>
/// Each engine of deploy/ simulated on this machine: N processes of the built CLI with the engine's variables set,
/// run as the recipe runs them (shards into per-shard folders, then merge), and the merged output equal to a
/// single-process run byte for byte (datasets, documents, SQLite content; only the README's run-specific fields aside).
/// </summary>
public partial class EngineSimulationTests
{
    static string Deploy(string relative) => Path.Combine(RepoPaths.Root, "deploy", relative);

    /// <summary>Runs the shard processes at once, as the engine would.</summary>
    static void RunAll(IEnumerable<Func<ExternalProcess.Result>> shards)
    {
        var results = shards.Select(s => Task.Run(s)).ToArray();
        Task.WaitAll(results);
        foreach (var r in results) ExternalProcess.Succeeds(r.Result);
    }

    [GeneratedRegex(@"^\s*args:\s*(\[.*\])\s*$", RegexOptions.Multiline)]
    private static partial Regex ArgsLine();

    [GeneratedRegex(@"^\s*completions:\s*(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex CompletionsLine();

    [GeneratedRegex(@"name:\s*EXTRACTOR_SHARD_COUNT\s*\n\s*value:\s*""(\d+)""")]
    private static partial Regex ShardCountVariable();

    /// <summary>
    /// The container args of a Job manifest, with the shared volume mapped: /data/in to the bundled corpus, /data/out
    /// to <paramref name="output"/>.
    /// </summary>
    static List<string> JobArgs(string manifest, string output) =>
        JArray.Parse(ArgsLine().Match(File.ReadAllText(manifest)).Groups[1].Value).Select(a => (string)a!)
            .Select(a => a == "/data/in" ? RepoPaths.Corpus
                : a.StartsWith("/data/out/", StringComparison.Ordinal) ? Path.Combine(output, a["/data/out/".Length..]) : a).ToList();

    [Fact]
    public void KubernetesIndexedJobShardsThenMergeEqualOneProcess()
    {
        var job = File.ReadAllText(Deploy("kubernetes/extract-job.yaml"));
        Assert.Contains("completionMode: Indexed", job);
        // The count the pods are told is the Job's completions.
        Assert.Equal(CompletionsLine().Match(job).Groups[1].Value, ShardCountVariable().Match(job).Groups[1].Value);

        using var t = new TempFolder();
        var output = t.Sub("out");
        const int completions = 3; // the manifest's 8, scaled down for the test (of the corpus' 4 inputs shard 2/3 gets none)
        var args = JobArgs(Deploy("kubernetes/extract-job.yaml"), output);
        RunAll(Enumerable.Range(0, completions).Select(index => (Func<ExternalProcess.Result>)(() =>
        {
            var result = ExternalProcess.Cli(args.Select(a => a.Replace("$(JOB_COMPLETION_INDEX)", index.ToString())),
                new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = index.ToString(), ["EXTRACTOR_SHARD_COUNT"] = completions.ToString() });
            Assert.Contains($"shard {index + 1}/{completions} from Kubernetes Indexed Job: JOB_COMPLETION_INDEX={index}", result.Out);
            return result;
        })));
        Assert.Equal(completions, Directory.GetDirectories(Path.Combine(output, "shards")).Length);

        var merge = ExternalProcess.Succeeds(ExternalProcess.Cli(JobArgs(Deploy("kubernetes/merge-job.yaml"), output)));
        Assert.Contains($"merged {completions} shard(s)", merge.Out);
        OutputFolders.AssertSame(ReferenceRun.Corpus, Path.Combine(output, "merged"));
    }

    [SkippableFact]
    public void SlurmArrayScriptsShardThenMergeEqualOneProcess()
    {
        Skip.If(!File.Exists("/bin/bash"), "bash not found: the Slurm scripts are bash");
        using var t = new TempFolder();
        var output = t.Sub("out");
        var command = $"dotnet {ExternalProcess.CliDll}";
        // sbatch --array=10-14:2 extract.sbatch: tasks 10, 12, 14, numbered from SLURM_ARRAY_TASK_MIN in steps of 2.
        var tasks = new[] { 10, 12, 14 };
        RunAll(tasks.Select(id => (Func<ExternalProcess.Result>)(() =>
        {
            var result = ExternalProcess.Run("bash", new[] { Deploy("slurm/extract.sbatch") }, new Dictionary<string, string>
            {
                ["SLURM_ARRAY_TASK_ID"] = id.ToString(), ["SLURM_ARRAY_TASK_MIN"] = "10", ["SLURM_ARRAY_TASK_MAX"] = "14",
                ["SLURM_ARRAY_TASK_STEP"] = "2", ["SLURM_ARRAY_TASK_COUNT"] = "3", ["SLURM_CPUS_PER_TASK"] = "1",
                ["EXTRACTOR_IN"] = RepoPaths.Corpus, ["EXTRACTOR_OUT"] = output, ["EXTRACTOR_COMMAND"] = command,
            });
            Assert.Contains($"shard {(id - 10) / 2 + 1}/3 from Slurm job array", result.Out);
            return result;
        })));
        Assert.Equal(tasks.Select(i => i.ToString()), Directory.GetDirectories(Path.Combine(output, "shards")).Select(Path.GetFileName).Order());

        ExternalProcess.Succeeds(ExternalProcess.Run("bash", new[] { Deploy("slurm/merge.sbatch") },
            new Dictionary<string, string> { ["EXTRACTOR_OUT"] = output, ["EXTRACTOR_COMMAND"] = command }));
        OutputFolders.AssertSame(ReferenceRun.Corpus, Path.Combine(output, "merged"));
    }

    [Fact]
    public void GnuParallelSequenceShardsThenMergeEqualOneProcess()
    {
        using var t = new TempFolder();
        const int jobs = 2;
        RunAll(Enumerable.Range(1, jobs).Select(seq => (Func<ExternalProcess.Result>)(() =>
            ExternalProcess.Cli(new[] { "extract", RepoPaths.Corpus, "--out", t.Sub($"shards/{seq}"), "--shard", "auto", "--shard-count", jobs.ToString(), "--jobs", "1" },
                new Dictionary<string, string> { ["PARALLEL_SEQ"] = seq.ToString() }))));
        Assert.All(Enumerable.Range(1, jobs), seq =>
            Assert.Equal(($"GNU parallel: PARALLEL_SEQ={seq}, count from --shard-count {jobs}", seq),
                (ShardManifest.Read(t.Sub($"shards/{seq}")).ShardSource, ShardManifest.Read(t.Sub($"shards/{seq}")).ShardIndex)));

        // A missing shard is refused; the full set merges.
        var partial = ExternalProcess.Cli(new[] { "merge", t.Sub("partial"), t.Sub("shards/1") });
        Assert.Equal(2, partial.ExitCode);
        Assert.Contains("1 of 2 shards missing: 2/2", partial.Err);
        ExternalProcess.Succeeds(ExternalProcess.Cli(new[] { "merge", t.Sub("merged"), t.Sub("shards") }));
        OutputFolders.AssertSame(ReferenceRun.Corpus, t.Sub("merged"));
    }

    [SkippableFact]
    public void TheGnuParallelRecipeRunsShardsThenMergeEqualOneProcess()
    {
        Skip.If(!File.Exists("/bin/bash") || ExternalProcess.Run("bash", new[] { "-c", "command -v parallel" }).ExitCode != 0,
            "GNU parallel not installed: the recipe deploy/parallel/run.sh is not run (its variables are simulated above)");
        using var t = new TempFolder();
        var run = ExternalProcess.Succeeds(ExternalProcess.Run("bash", new[] { Deploy("parallel/run.sh"), RepoPaths.Corpus, t.Path, "2" },
            new Dictionary<string, string> { ["EXTRACTOR_COMMAND"] = $"dotnet {ExternalProcess.CliDll}" }));
        Assert.Contains("shard 2/2 from GNU parallel: PARALLEL_SEQ=2", run.Out);
        OutputFolders.AssertSame(ReferenceRun.Corpus, t.Sub("merged"));
    }

    [Fact]
    public void AutoWithoutAnEngineIsAUsageErrorSayingSo()
    {
        using var t = new TempFolder();
        var result = ExternalProcess.Cli(new[] { "extract", RepoPaths.Seed, "--out", t.Sub("out"), "--shard", "auto" });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard auto found no engine variable", result.Err);
        Assert.False(Directory.Exists(t.Sub("out")));

        var countAlone = ExternalProcess.Cli(new[] { "extract", RepoPaths.Seed, "--out", t.Sub("out"), "--shard-count", "3" });
        Assert.Equal(2, countAlone.ExitCode);
        Assert.Contains("--shard-count goes with --shard auto", countAlone.Err);
    }
}
