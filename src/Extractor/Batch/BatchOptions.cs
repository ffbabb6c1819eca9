using Extractor.Model;

namespace Extractor.Batch;

/// <summary>How a batch runs. Defaults are the CLI's defaults.</summary>
public sealed record BatchOptions
{
    /// <summary>
    /// The output folder <see cref="BatchRunner.RunAsync"/> writes (and whose .cache it reads and fills); null for a run
    /// that only reads the documents (<see cref="BatchRunner.ProcessAsync"/>: corpus-report), which caches nothing.
    /// </summary>
    public string? OutputDir { get; init; }
    /// <summary>Documents processed at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
    /// <summary>Per-document time limit; the document is cancelled and abandoned when it runs out.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>Ignore the cache (documents are processed again and the cache refreshed).</summary>
    public bool Force { get; init; }
    public ShardSpec? Shard { get; init; }
    /// <summary>How the shard was chosen (written into the shard manifest); null: "--shard K/N" or "not sharded".</summary>
    public string? ShardSource { get; init; }
    /// <summary>
    /// Process memory (managed heap or working set, whichever is larger) above which the longest-running document is
    /// cancelled as memory-exhausting (null: <see cref="DocumentMemoryBytes"/> per job plus 512 MB, at most 80% of
    /// available memory).
    /// </summary>
    public long? MemoryLimitBytes { get; init; }
    /// <summary>The memory budget of one document while it runs (see <see cref="MemoryLimitBytes"/>).</summary>
    public long DocumentMemoryBytes { get; init; } = 1024L * 1024 * 1024;
    /// <summary>Sizes, depths, cells and pages a document may reach before it is refused as too large.</summary>
    public Sources.SourceLimits Limits { get; init; } = Sources.SourceLimits.Default;
    /// <summary>The pipeline, one call per document (tests substitute their own).</summary>
    public Func<string, CancellationToken, BudgetDocument>? Process { get; init; }
    /// <summary>Write each document's evidence (review page; boxed PDF for PDF inputs) under OUT/evidence/.</summary>
    public bool Evidence { get; init; }
    /// <summary>Reviewer decisions (<c>--reviews</c>) marked on the findings they name.</summary>
    public Evidence.Reviews? Reviews { get; init; }
    /// <summary>Written into the cache key; tests pin it.</summary>
    public string? PipelineVersion { get; init; }
}
