using System.Diagnostics;
using Extractor.Datasets;

namespace Extractor.Batch;

/// <summary>
/// Joins the output folders of several shards into one: every input of every shard, in the order an unsharded run
/// would have written it (relative path, ordinal), documents/ copied, every dataset, the database, summary, comparison
/// and report rebuilt from the shards' canonical documents. The result equals the unsharded run's datasets.
/// The folders must hold every shard of one split exactly once, written with one schema
/// (<see cref="ShardManifest.VerifySet"/>); anything else is refused with <see cref="InvalidDataException"/>.
/// </summary>
public static class BatchMerger
{
    /// <summary>
    /// The output folders named by merge's arguments: each is an output folder (it has summary.json), or a folder whose
    /// immediate subfolders are (shards/ holding shards/0 … shards/7, as the deploy/ recipes write them). Arguments that
    /// are neither are returned in <paramref name="rejected"/>.
    /// </summary>
    public static List<string> ShardFolders(IEnumerable<string> arguments, out List<string> rejected)
    {
        rejected = new List<string>();
        var folders = new List<string>();
        foreach (var arg in arguments)
        {
            if (File.Exists(Path.Combine(arg, BatchSummary.FileName))) { folders.Add(arg); continue; }
            var children = Directory.Exists(arg)
                ? Directory.GetDirectories(arg).Where(d => File.Exists(Path.Combine(d, BatchSummary.FileName))).Order(StringComparer.Ordinal).ToList()
                : new List<string>();
            if (children.Count > 0) folders.AddRange(children);
            else rejected.Add(arg);
        }
        return folders;
    }

    public static BatchSummary Merge(string outputDir, IReadOnlyList<string> shardDirs)
    {
        var clock = Stopwatch.StartNew();
        var manifests = ShardManifest.VerifySet(shardDirs);
        var entries = new List<(string Dir, SummaryEntry Entry)>();
        var started = DateTime.UtcNow;
        var versions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var dir in shardDirs)
        {
            var shard = BatchSummary.Read(dir);
            if (shard.Interrupted) throw new InvalidDataException($"{dir}: the shard's run was interrupted; run it again before merging");
            versions.Add(shard.PipelineVersion);
            if (shard.StartedUtc < started) started = shard.StartedUtc;
            entries.AddRange(shard.Documents.Select(e => (dir, e)));
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Entry.Path, b.Entry.Path));
        var duplicates = entries.GroupBy(e => e.Entry.Path).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
            throw new InvalidDataException($"the shards overlap: {duplicates.Count} inputs appear in more than one (first: {duplicates[0]})");

        var summary = new BatchSummary
        {
            PipelineVersion = string.Join(" | ", versions),
            StartedUtc = started,
            Inputs = entries.Count,
        };
        var first = manifests[0];
        using var output = new OutputAssembler(outputDir, summary)
        {
            Manifest = new ShardManifest
            {
                PipelineVersion = summary.PipelineVersion,
                ShardSource = $"merge of {manifests.Count} shard(s): {string.Join(" ", manifests.OrderBy(m => m.ShardIndex).Select(m => m.Label))}",
                CorpusInputs = first.CorpusInputs,
                CorpusFingerprint = first.CorpusFingerprint,
                Inputs = entries.Select(e => e.Entry.Path.Replace('\\', '/')).ToList(),
            },
        };
        foreach (var (dir, e) in entries)
        {
            var input = new BatchInput(e.Path, e.Path);
            if (e.Status == "ok" && e.Json != null)
            {
                var json = Path.Combine(dir, e.Json);
                var doc = DocumentJsonWriter.Read(json);
                output.AddDocument(doc, input, json, e.Cached, e.Seconds);
                (summary.Documents[^1].ReviewPage, summary.Documents[^1].BoxedPdf) =
                    (Evidence.EvidenceWriter.CopyFile(dir, output.StagingDir, e.ReviewPage), Evidence.EvidenceWriter.CopyFile(dir, output.StagingDir, e.BoxedPdf));
            }
            else output.AddFailure(new FailureRow(e.Document, e.Path, e.FailureKind ?? FailureKind.Error, e.Reason ?? "failed"), e.Seconds);
        }
        output.Complete(clock.Elapsed);
        return summary;
    }
}
