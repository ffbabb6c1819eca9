using Extractor.Model;

namespace Extractor.Batch;

/// <summary>What happened to one input.</summary>
public sealed record DocumentOutcome
{
    public required BatchInput Input { get; init; }
    /// <summary>The document, when processed or read from the cache.</summary>
    public BudgetDocument? Document { get; init; }
    public bool FromCache { get; init; }
    /// <summary>The canonical JSON written for it (the cache entry); null when the document changed after it was cached (reviews marked) and its JSON is written from it.</summary>
    public string? JsonPath { get; init; }
    /// <summary>Evidence written for it (--evidence), paths relative to the output folder.</summary>
    public Evidence.EvidenceFiles? Evidence { get; init; }
    /// <summary>A <see cref="Datasets.FailureKind"/> when it failed.</summary>
    public Datasets.FailureKind? FailureKind { get; init; }
    public string? Reason { get; init; }
    public TimeSpan Elapsed { get; init; }

    public bool Succeeded => Document != null;
}

/// <summary>Follows a batch as it runs (progress display, logs). Called from the single writer thread, in input order.</summary>
public interface IBatchObserver
{
    void Started(int total);
    void Completed(DocumentOutcome outcome, int done, int total);
}
