using Extractor.Model;

namespace Extractor.Batch;

/// <summary>How a batch runs. Defaults are the CLI's defaults.</summary>
public sealed record BatchOptions
{
    public required string OutputDir { get; init; }
    /// <summary>Documents processed at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
    /// <summary>Per-document time limit; the document is cancelled and abandoned when it runs out.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>Ignore the cache (documents are processed again and the cache refreshed).</summary>
    public bool Force { get; init; }
    public ShardSpec? Shard { get; init; }
    /// <summary>How the shard was chosen (written into the shard manifest); null: "--shard K/N" or "not sharded".</summary>
    public string? ShardSource { get; init; }
    /// <summary>Managed-heap size above which the longest-running document is cancelled as memory-exhausting (null: 80% of available memory).</summary>
    public long? MemoryLimitBytes { get; init; }
    /// <summary>The pipeline, one call per document (tests substitute their own).</summary>
    public Func<string, CancellationToken, BudgetDocument>? Process { get; init; }
    /// <summary>Written into the cache key; tests pin it.</summary>
    public string? PipelineVersion { get; init; }
}
