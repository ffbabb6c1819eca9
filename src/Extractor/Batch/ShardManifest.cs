using System.Security.Cryptography;
using System.Text;
using Extractor.Datasets;
using Extractor.Model;
using Newtonsoft.Json;

namespace Extractor.Batch;

/// <summary>
/// shard-manifest.json, in every extract output: which shard of which input set the folder holds, written with which
/// schema. Merge reads the manifests to check that it got every shard of one split exactly once.
/// An unsharded run is shard 1 of 1; a merged folder is too (its <see cref="ShardSource"/> names the shards).
/// </summary>
public sealed class ShardManifest
{
    public const string FileName = "shard-manifest.json";

    public string SchemaVersion { get; set; } = Model.SchemaVersion.Current;
    public string PipelineVersion { get; set; } = "";
    /// <summary>K of K/N (1-based).</summary>
    public int ShardIndex { get; set; } = 1;
    /// <summary>N of K/N.</summary>
    public int ShardCount { get; set; } = 1;
    /// <summary>How the shard was chosen (--shard K/N, the engine and its variables, not sharded, merge of …): run-specific.</summary>
    public string ShardSource { get; set; } = "";
    /// <summary>Inputs of the whole run before the split.</summary>
    public int CorpusInputs { get; set; }
    /// <summary>SHA-256 of the whole run's relative input paths (sorted, '/'-separated, one a line): equal for every shard of one split.</summary>
    public string CorpusFingerprint { get; set; } = "";
    /// <summary>This folder's inputs (relative paths), in output order.</summary>
    public List<string> Inputs { get; set; } = new();

    [JsonIgnore] public string Label => $"{ShardIndex}/{ShardCount}";

    public static ShardManifest For(IReadOnlyList<BatchInput> allInputs, IEnumerable<BatchInput> taken, ShardSpec? shard,
        string? shardSource, string pipelineVersion) => new()
    {
        PipelineVersion = pipelineVersion,
        ShardIndex = shard?.Index ?? 1,
        ShardCount = shard?.Count ?? 1,
        ShardSource = shardSource ?? (shard != null ? $"--shard {shard}" : "not sharded"),
        CorpusInputs = allInputs.Count,
        CorpusFingerprint = Fingerprint(allInputs.Select(i => i.RelativePath)),
        Inputs = taken.Select(i => Normalize(i.RelativePath)).ToList(),
    };

    public static string Fingerprint(IEnumerable<string> relativePaths)
    {
        var text = string.Join("\n", relativePaths.Select(Normalize).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    static string Normalize(string relativePath) => relativePath.Replace('\\', '/');

    public void Write(string dir) => AtomicFile.WriteAllText(Path.Combine(dir, FileName), JsonConvert.SerializeObject(this, JsonSettings.Indented));

    /// <summary>The manifest of an output folder; <see cref="InvalidDataException"/> naming the folder when absent or unreadable.</summary>
    public static ShardManifest Read(string dir)
    {
        var path = Path.Combine(dir, FileName);
        if (!File.Exists(path))
            throw new InvalidDataException($"{dir}: no {FileName} (not an extract output, or written before schema {Model.SchemaVersion.Current}; extract it again)");
        try
        {
            return JsonConvert.DeserializeObject<ShardManifest>(File.ReadAllText(path), JsonSettings.Compact)
                   ?? throw new InvalidDataException($"{path}: empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a shard manifest ({e.Message})");
        }
    }

    /// <summary>
    /// Checks that the folders hold every shard of one split exactly once, all written with one schema: the same
    /// count N, each of 1..N once, the same input set, and the shards' inputs together the input set's size.
    /// Throws <see cref="InvalidDataException"/> with every problem found, in words.
    /// </summary>
    public static IReadOnlyList<ShardManifest> VerifySet(IReadOnlyList<string> dirs)
    {
        var manifests = dirs.Select(d => (Dir: d, Manifest: Read(d))).ToList();
        var problems = new List<string>();

        var schemas = manifests.GroupBy(m => m.Manifest.SchemaVersion).ToList();
        if (schemas.Count > 1)
            problems.Add("the shards were written with different schema versions: " +
                         string.Join("; ", schemas.Select(g => $"{g.Key} ({string.Join(", ", g.Select(m => m.Dir))})")) +
                         "; extract them again with one version");
        if (manifests.Any(m => m.Manifest.SchemaVersion != Model.SchemaVersion.Current) && schemas.Count == 1)
            problems.Add($"the shards were written with schema {schemas[0].Key}, this extractor writes {Model.SchemaVersion.Current}; extract them again or merge with the version that wrote them");

        var splits = manifests.GroupBy(m => (m.Manifest.ShardCount, m.Manifest.CorpusFingerprint)).ToList();
        if (splits.Count > 1)
            problems.Add("the folders come from different splits (shard count or input set differ): " +
                         string.Join("; ", splits.Select(g => $"{g.Key.ShardCount} shards of {g.First().Manifest.CorpusInputs} inputs " +
                                                             $"({string.Join(", ", g.Select(m => m.Dir))})")));
        else
        {
            var n = manifests[0].Manifest.ShardCount;
            foreach (var twice in manifests.GroupBy(m => m.Manifest.ShardIndex).Where(g => g.Count() > 1))
                problems.Add($"shard {twice.Key}/{n} is given {twice.Count()} times ({string.Join(", ", twice.Select(m => m.Dir))})");
            var missing = Enumerable.Range(1, n).Except(manifests.Select(m => m.Manifest.ShardIndex)).ToList();
            if (missing.Count > 0)
                problems.Add($"{missing.Count} of {n} shards missing: {string.Join(", ", missing.Select(k => $"{k}/{n}"))} " +
                             $"(got {string.Join(", ", manifests.Select(m => m.Manifest.Label).Distinct().Order())})");
            if (problems.Count == 0)
            {
                var inputs = manifests.Sum(m => m.Manifest.Inputs.Count);
                var expected = manifests[0].Manifest.CorpusInputs;
                if (inputs != expected || Fingerprint(manifests.SelectMany(m => m.Manifest.Inputs)) != manifests[0].Manifest.CorpusFingerprint)
                    problems.Add($"the shards hold {inputs} inputs, not the {expected} of their input set (a shard folder was altered or its run incomplete)");
            }
        }
        if (problems.Count > 0)
            throw new InvalidDataException($"refusing to merge {dirs.Count} folder(s): " + string.Join("; ", problems));
        return manifests.Select(m => m.Manifest).ToList();
    }
}
