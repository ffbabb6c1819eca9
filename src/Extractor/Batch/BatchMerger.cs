using System.Diagnostics;
using Extractor.Datasets;
using Extractor.Writers;

namespace Extractor.Batch;

/// <summary>
/// Joins the output folders of several shards into one: every input of every shard, in the order an unsharded run
/// would have written it (relative path, ordinal), documents/ copied, every dataset, the database, summary, comparison
/// and report rebuilt from the shards' canonical documents. The result equals the unsharded run's datasets.
/// </summary>
public static class BatchMerger
{
    public static BatchSummary Merge(string outputDir, IReadOnlyList<string> shardDirs)
    {
        var clock = Stopwatch.StartNew();
        var entries = new List<(string Dir, SummaryEntry Entry)>();
        var started = DateTime.UtcNow;
        var versions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var dir in shardDirs)
        {
            var shard = BatchSummary.Read(dir);
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
        using var output = new OutputAssembler(outputDir, summary);
        foreach (var (dir, e) in entries)
        {
            var input = new BatchInput(e.Path, e.Path);
            if (e.Status == "ok" && e.Json != null)
            {
                var json = Path.Combine(dir, e.Json);
                var doc = DocumentJsonWriter.Read(json);
                output.AddDocument(doc, input, json, e.Cached, e.Seconds);
                (summary.Documents[^1].ReviewPage, summary.Documents[^1].BoxedPdf) =
                    (Evidence.EvidenceWriter.CopyFile(dir, outputDir, e.ReviewPage), Evidence.EvidenceWriter.CopyFile(dir, outputDir, e.BoxedPdf));
            }
            else output.AddFailure(new FailureRow(e.Document, e.Path, e.FailureKind ?? FailureKind.Error, e.Reason ?? "failed"), e.Seconds);
        }
        output.Complete(clock.Elapsed);
        return summary;
    }
}
