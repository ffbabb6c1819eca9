using Extractor.Batch;
using Extractor.Model;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Batch;

/// <summary>--shard auto from each engine's variables, the shard manifest, and merge refusing incomplete or mixed sets.</summary>
public class ShardingTests
{
    static (ShardSpec Shard, string Source) Auto(int? count, params (string Name, string Value)[] variables)
    {
        var env = variables.ToDictionary(v => v.Name, v => v.Value);
        return ShardSpec.Resolve("auto", count, name => env.GetValueOrDefault(name));
    }

    static string AutoError(int? count, params (string, string)[] variables) =>
        Assert.Throws<FormatException>(() => Auto(count, variables)).Message;

    [Fact]
    public void KubernetesCompletionIndexIsZeroBasedWithTheCountPassedIn()
    {
        var (shard, source) = Auto(8, ("JOB_COMPLETION_INDEX", "0"));
        Assert.Equal(new ShardSpec(1, 8), shard);
        Assert.Contains("Kubernetes Indexed Job", source);
        Assert.Contains("--shard-count 8", source);
        Assert.Equal(new ShardSpec(8, 8), Auto(null, ("JOB_COMPLETION_INDEX", "7"), ("EXTRACTOR_SHARD_COUNT", "8")).Shard);
        Assert.Contains("--shard-count N", AutoError(null, ("JOB_COMPLETION_INDEX", "3")));
        Assert.Contains("not a shard of 1..8", AutoError(8, ("JOB_COMPLETION_INDEX", "8")));
    }

    [Fact]
    public void SlurmArrayTaskIdCountsFromTheArrayMinimumInItsSteps()
    {
        var (shard, source) = Auto(null, ("SLURM_ARRAY_TASK_ID", "0"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_MAX", "3"), ("SLURM_ARRAY_TASK_COUNT", "4"));
        Assert.Equal(new ShardSpec(1, 4), shard);
        Assert.Contains("Slurm job array", source);
        // --array=5-8: task 7 is the third shard
        Assert.Equal(new ShardSpec(3, 4), Auto(null, ("SLURM_ARRAY_TASK_ID", "7"), ("SLURM_ARRAY_TASK_MIN", "5"), ("SLURM_ARRAY_TASK_COUNT", "4")).Shard);
        // --array=10-16:2 → 10 12 14 16
        Assert.Equal(new ShardSpec(4, 4), Auto(null, ("SLURM_ARRAY_TASK_ID", "16"), ("SLURM_ARRAY_TASK_MIN", "10"), ("SLURM_ARRAY_TASK_MAX", "16"),
            ("SLURM_ARRAY_TASK_STEP", "2"), ("SLURM_ARRAY_TASK_COUNT", "4")).Shard);
        // --array=1,4,9 is no range: refused rather than mis-split
        Assert.Contains("not a range", AutoError(null, ("SLURM_ARRAY_TASK_ID", "4"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_MAX", "9"), ("SLURM_ARRAY_TASK_COUNT", "3")));
        Assert.Contains("disagrees", AutoError(5, ("SLURM_ARRAY_TASK_ID", "1"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_COUNT", "4")));
    }

    [Fact]
    public void GnuParallelSequenceIsOneBasedWithAGivenCount()
    {
        var (shard, source) = Auto(3, ("PARALLEL_SEQ", "3"));
        Assert.Equal(new ShardSpec(3, 3), shard);
        Assert.Contains("GNU parallel", source);
        Assert.Contains("not a shard of 1..3", AutoError(3, ("PARALLEL_SEQ", "4")));
        Assert.Contains("EXTRACTOR_SHARD_COUNT", AutoError(null, ("PARALLEL_SEQ", "1")));
    }

    [Fact]
    public void AutoWithoutOrWithSeveralEnginesIsRefused()
    {
        Assert.Contains("no engine variable", AutoError(4));
        Assert.Contains("ambiguous", AutoError(4, ("PARALLEL_SEQ", "1"), ("SLURM_ARRAY_TASK_ID", "0"), ("SLURM_ARRAY_TASK_COUNT", "4")));
        Assert.Contains("whole number", AutoError(4, ("JOB_COMPLETION_INDEX", "two")));
        Assert.Throws<FormatException>(() => ShardSpec.Resolve("2/4", 4, _ => null));
        Assert.Equal((new ShardSpec(2, 4), "--shard 2/4"), ShardSpec.Resolve("2/4", null, _ => null));
    }

    static BatchOptions Options(string outDir, ShardSpec? shard) => new()
    {
        OutputDir = outDir, Jobs = 2, Timeout = TimeSpan.FromSeconds(30), PipelineVersion = "test-1", Process = SampleDocuments.Process, Shard = shard,
    };

    static List<string> RunShards(TempFolder t, int count, string prefix = "shard")
    {
        var inputs = InputCollector.Collect(new[] { t.Sub("in") }, null, out _);
        var dirs = new List<string>();
        for (var k = 1; k <= count; k++)
        {
            var dir = t.Sub($"{prefix}{k}");
            new BatchRunner(Options(dir, new ShardSpec(k, count))).RunAsync(inputs).GetAwaiter().GetResult();
            dirs.Add(dir);
        }
        return dirs;
    }

    static TempFolder Corpus(int units)
    {
        var t = new TempFolder();
        for (var i = 1; i <= units; i++)
            t.File($"in/region{i % 3}/unit{i:00}.txt", SampleDocuments.Recipe($"单位{i:00}", 100 + i, 60 + i, 40));
        return t;
    }

    static string MergeError(TempFolder t, params string[] dirs) =>
        Assert.Throws<InvalidDataException>(() => BatchMerger.Merge(t.Sub("merged-" + Guid.NewGuid().ToString("N")[..6]), dirs)).Message;

    [Fact]
    public void EveryOutputHasAShardManifestAndTheSchemaVersion()
    {
        using var t = Corpus(6);
        var dirs = RunShards(t, 3);
        var manifests = dirs.Select(ShardManifest.Read).ToList();
        Assert.Equal(new[] { 1, 2, 3 }, manifests.Select(m => m.ShardIndex));
        Assert.All(manifests, m => Assert.Equal((3, 6, SchemaVersion.Current, "--shard " + m.Label), (m.ShardCount, m.CorpusInputs, m.SchemaVersion, m.ShardSource)));
        Assert.Single(manifests.Select(m => m.CorpusFingerprint).Distinct());
        Assert.Equal(6, manifests.Sum(m => m.Inputs.Count));

        var dir = dirs.First(d => ShardManifest.Read(d).Inputs.Count > 0);
        Assert.Equal(SchemaVersion.Current, (string?)JObject.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")))["schema_version"]);
        Assert.Equal(SchemaVersion.Current, (string?)JObject.Parse(File.ReadAllText(Path.Combine(dir, "datapackage.json")))["schema_version"]);
        var docs = Directory.GetFiles(Path.Combine(dir, "documents"), "*.json", SearchOption.AllDirectories);
        Assert.True(docs.Length > 0, string.Join("\n", Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories)) + File.ReadAllText(Path.Combine(dir, "summary.json")));
        var doc = docs[0];
        Assert.Equal(SchemaVersion.Current, (string?)JObject.Parse(File.ReadAllText(doc))["schema_version"]);

        var merged = BatchMerger.Merge(t.Sub("merged"), dirs);
        Assert.Equal(6, merged.DocumentsProcessed);
        var m = ShardManifest.Read(t.Sub("merged"));
        Assert.Equal((1, 1, 6, "merge of 3 shard(s): 1/3 2/3 3/3"), (m.ShardIndex, m.ShardCount, m.Inputs.Count, m.ShardSource));
        Assert.Equal(manifests[0].CorpusFingerprint, m.CorpusFingerprint);
    }

    [Fact]
    public void AMissingShardIsRefusedNamingIt()
    {
        using var t = Corpus(6);
        var dirs = RunShards(t, 3);
        var message = MergeError(t, dirs[0], dirs[2]);
        Assert.Contains("1 of 3 shards missing: 2/3", message);
        Assert.False(File.Exists(Path.Combine(t.Sub("merged"), "line-items.csv")));
    }

    [Fact]
    public void ARepeatedShardIsRefusedEvenWhenTheSetIsOtherwiseComplete()
    {
        using var t = Corpus(6);
        var dirs = RunShards(t, 2);
        var again = RunShards(t, 2, "again");
        Assert.Contains("shard 2/2 is given 2 times", MergeError(t, dirs[0], dirs[1], again[1]));
        Assert.Contains("shard 1/2 is given 2 times", MergeError(t, dirs[0], dirs[0], dirs[1]));
    }

    [Fact]
    public void ShardsOfDifferentSplitsOrSchemasAreRefused()
    {
        using var t = Corpus(6);
        var halves = RunShards(t, 2, "half");
        var thirds = RunShards(t, 3, "third");
        Assert.Contains("different splits", MergeError(t, halves[0], thirds[1], thirds[2]));

        t.File("in/region9/late.txt", SampleDocuments.Recipe("单位99", 100, 60, 40));
        var later = RunShards(t, 2, "later");
        Assert.Contains("different splits", MergeError(t, halves[0], later[1]));

        var path = Path.Combine(halves[1], ShardManifest.FileName);
        var manifest = JObject.Parse(File.ReadAllText(path));
        manifest["schema_version"] = "0.9";
        File.WriteAllText(path, manifest.ToString());
        var message = MergeError(t, halves[0], halves[1]);
        Assert.Contains("different schema versions", message);
        Assert.Contains("0.9 (" + halves[1] + ")", message);

        File.Delete(path);
        Assert.Contains("no shard-manifest.json", MergeError(t, halves[0], halves[1]));
    }
}
