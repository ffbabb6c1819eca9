using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Batch;

/// <summary>The result of a batch run.</summary>
public sealed record BatchResult(BatchSummary Summary, bool Interrupted)
{
    public bool AllProcessed => !Interrupted && Summary.DocumentsFailed == 0;
}

/// <summary>
/// Runs the pipeline over many inputs: <see cref="BatchOptions.Jobs"/> documents at once, each isolated (time limit,
/// memory guard, any exception caught and recorded), results written in input order by one writer as they finish, so
/// memory stays flat: at most 2 × jobs documents are held. Unchanged documents come from the cache.
/// </summary>
public sealed class BatchRunner
{
    readonly BatchOptions _options;
    readonly IBatchObserver? _observer;
    /// <summary>Null without an output folder (<see cref="ProcessAsync"/> alone): nothing is read from or stored in a cache.</summary>
    readonly DocumentCache? _cache;
    readonly Func<string, CancellationToken, BudgetDocument> _process;
    readonly ConcurrentDictionary<BatchInput, InFlight> _inFlight = new();

    sealed class InFlight(CancellationTokenSource cancel, long startedTicks)
    {
        public CancellationTokenSource Cancel { get; } = cancel;
        public long StartedTicks { get; } = startedTicks;
        public volatile bool MemoryExceeded;
    }

    public BatchRunner(BatchOptions options, IBatchObserver? observer = null)
    {
        _options = options;
        _observer = observer;
        _cache = options.OutputDir is { } dir ? new DocumentCache(dir, options.PipelineVersion) : null;
        if (options.Process != null) _process = options.Process;
        else if (options.Evidence)
        {
            // the evidence draws the pages extraction has just read: keep them for it
            var pipeline = ExtractionPipeline.CreateDefault(options.Limits);
            _process = (path, cancel) =>
            {
                var pages = new Evidence.EvidencePages();
                var doc = pipeline.Process(path, cancel, pages.Add);
                _pageGeometry.AddOrUpdate(doc, pages);
                return doc;
            };
        }
        else
        {
            var pipeline = ExtractionPipeline.CreateDefault(options.Limits);
            _process = (path, cancel) => pipeline.Process(path, cancel);
        }
    }

    /// <summary>
    /// Runs the batch into <see cref="BatchOptions.OutputDir"/>: every dataset, summary.json, comparison.csv and
    /// report.html, published as one set when every input is done (an interrupted run leaves the earlier set as it was).
    /// </summary>
    public async Task<BatchResult> RunAsync(IReadOnlyList<BatchInput> allInputs, CancellationToken cancel = default)
    {
        var outputDir = _options.OutputDir ?? throw new InvalidOperationException("RunAsync writes an output folder: set BatchOptions.OutputDir");
        var clock = Stopwatch.StartNew();
        var inputs = _options.Shard is { } shard ? allInputs.Where(i => shard.Contains(i.RelativePath)).ToList() : allInputs.ToList();
        var summary = new BatchSummary
        {
            PipelineVersion = _options.PipelineVersion ?? PipelineVersion.Current,
            Shard = _options.Shard?.ToString(),
            StartedUtc = DateTime.UtcNow,
            Inputs = inputs.Count,
        };

        // The output folder is claimed before any document starts, so a busy folder stops the run at once.
        var output = new OutputAssembler(outputDir, summary)
        {
            Manifest = ShardManifest.For(allInputs, inputs, _options.Shard, _options.ShardSource, summary.PipelineVersion),
        };
        // evidence files go into the output set being written, published with it (or discarded with an interrupted run)
        _evidenceDir = Path.Combine(output.StagingDir, Evidence.EvidenceWriter.Folder);
        try
        {
            var interrupted = await ProcessAsync(inputs, outcome =>
            {
                var seconds = outcome.Elapsed.TotalSeconds;
                if (outcome.Document is { } doc)
                {
                    output.AddDocument(doc, outcome.Input, outcome.JsonPath, outcome.FromCache, seconds);
                    if (outcome.Evidence is { } evidence && output.Summary.Documents.Count > 0)
                    {
                        output.Summary.Documents[^1].ReviewPage = evidence.ReviewPage;
                        output.Summary.Documents[^1].BoxedPdf = evidence.BoxedPdf;
                    }
                }
                else
                    output.AddFailure(new FailureRow(outcome.Input.RelativePath, outcome.Input.RelativePath, outcome.FailureKind!.Value, outcome.Reason!), seconds);
            }, cancel);
            summary.Interrupted = interrupted;
            if (!interrupted) output.Complete(clock.Elapsed);
            // interrupted: disposing the assembler discards every temporary dataset file; earlier outputs stay as they were.
            return new BatchResult(summary, interrupted);
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>
    /// Runs the pipeline over the inputs, <see cref="BatchOptions.Jobs"/> at once, each isolated (time limit, memory
    /// guard, any exception caught and recorded), and hands every outcome to <paramref name="each"/> in input order,
    /// on one thread, as they finish. The document's identity is its input's relative path. Returns whether the run
    /// was interrupted (the outcomes not yet handed over are dropped). <see cref="RunAsync"/> writes an output folder
    /// through it; corpus-report only reads the documents.
    /// </summary>
    public async Task<bool> ProcessAsync(IReadOnlyList<BatchInput> inputs, Action<DocumentOutcome> each, CancellationToken cancel = default)
    {
        _observer?.Started(inputs.Count);
        var jobs = Math.Max(1, _options.Jobs);
        var window = Channel.CreateBounded<Task<DocumentOutcome>>(new BoundedChannelOptions(jobs * 2) { SingleReader = true, SingleWriter = true });
        using var slots = new SemaphoreSlim(jobs);
        using var watchdog = new Timer(_ => GuardMemory(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    if (stop.IsCancellationRequested) break;
                    await slots.WaitAsync(stop.Token);
                    await window.Writer.WriteAsync(ProcessOneAsync(input, slots, cancel), stop.Token);
                }
            }
            catch (OperationCanceledException) { }
            finally { window.Writer.Complete(); }
        }, CancellationToken.None);

        var interrupted = false;
        try
        {
            var done = 0;
            await foreach (var task in window.Reader.ReadAllAsync(CancellationToken.None))
            {
                var outcome = await task;
                if (outcome.FailureKind == FailureKind.Cancelled || cancel.IsCancellationRequested) { interrupted = true; continue; }
                if (outcome.Document is { } doc)
                {
                    // The document's identity in every output is its path relative to the input folder (unique in the batch).
                    doc.Document = outcome.Input.RelativePath;
                    doc.SourcePath = outcome.Input.RelativePath;
                }
                each(outcome);
                _observer?.Completed(outcome, ++done, inputs.Count);
            }
            await producer;
            return interrupted || cancel.IsCancellationRequested;
        }
        finally
        {
            stop.Cancel(); // a failure of the consumer (disk full …) stops the producer too
        }
    }

    async Task<DocumentOutcome> ProcessOneAsync(BatchInput input, SemaphoreSlim slots, CancellationToken runCancel)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await Task.Run(async () => Finish(await ProcessIsolatedAsync(input, clock, runCancel), clock), CancellationToken.None);
        }
        finally
        {
            slots.Release();
        }
    }

    async Task<DocumentOutcome> ProcessIsolatedAsync(BatchInput input, Stopwatch clock, CancellationToken runCancel)
    {
        DocumentOutcome Fail(FailureKind kind, string reason) => new() { Input = input, FailureKind = kind, Reason = reason, Elapsed = clock.Elapsed };
        DocumentOutcome MemoryFailure() => Fail(FailureKind.Memory, "cancelled: the process passed its memory limit while this document was the longest running");

        string? key = null;
        try
        {
            if (_cache != null)
            {
                key = _cache.Key(input.FullPath);
                // evidence of a non-PDF input shows the source grid, which the cache does not keep: such a document is read again
                if (!_options.Force && _cache.TryLoad(key, out var cached) && !(_options.Evidence && Evidence.EvidenceWriter.NeedsSourceGrid(cached!)))
                    return new DocumentOutcome { Input = input, Document = cached, FromCache = true, JsonPath = _cache.PathOf(key), Elapsed = clock.Elapsed };
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(FailureKind.BadInput, "cannot read the file: " + e.Message);
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(runCancel);
        var inFlight = new InFlight(cts, Stopwatch.GetTimestamp());
        _inFlight[input] = inFlight;
        try
        {
            // A dedicated thread per document: a hang occupies its own thread, never the pool the batch runs on. Its
            // stack is large, so deeply nested input meets a named limit rather than a stack overflow that ends the process.
            var work = RunOnOwnThread(() => _process(input.FullPath, cts.Token), input.RelativePath);
            // Ends at the time limit, or early when the run is interrupted or the memory guard cancels this document.
            var limit = Task.Delay(_options.Timeout, cts.Token);
            var first = await Task.WhenAny(work, limit).ConfigureAwait(false);
            if (first != work)
            {
                cts.Cancel();
                _ = work.ContinueWith(t => _ = t.Exception, TaskScheduler.Default); // abandoned: observe whatever it ends with
                if (inFlight.MemoryExceeded) return MemoryFailure();
                return runCancel.IsCancellationRequested
                    ? Fail(FailureKind.Cancelled, "interrupted")
                    : Fail(FailureKind.Timeout, $"no result within the {_options.Timeout.TotalSeconds:0} s time limit (abandoned)");
            }
            var doc = await work.ConfigureAwait(false);
            var json = _cache != null && key != null ? _cache.Store(key, doc) : null;
            return new DocumentOutcome { Input = input, Document = doc, JsonPath = json, Elapsed = clock.Elapsed };
        }
        catch (BadInputException e)
        {
            return Fail(FailureKind.BadInput, e.Message);
        }
        catch (OperationCanceledException) when (inFlight.MemoryExceeded)
        {
            return MemoryFailure();
        }
        catch (OperationCanceledException) when (runCancel.IsCancellationRequested)
        {
            return Fail(FailureKind.Cancelled, "interrupted");
        }
        catch (OutOfMemoryException)
        {
            GC.Collect();
            return Fail(FailureKind.Memory, "out of memory while processing this document");
        }
        catch (Exception e)
        {
            var inner = e is AggregateException { InnerException: { } i } ? i : e;
            if (inner is BadInputException bad) return Fail(FailureKind.BadInput, bad.Message);
            return Fail(FailureKind.Error, $"internal error {inner.GetType().Name}: {inner.Message}");
        }
        finally
        {
            _inFlight.TryRemove(input, out _);
        }
    }

    /// <summary>
    /// After a document is processed or read from the cache: marks the reviewers' decisions on its findings and writes
    /// its evidence (--evidence). The cache keeps the document as extracted; a document that changed here has its
    /// JSON written from it.
    /// </summary>
    DocumentOutcome Finish(DocumentOutcome outcome, Stopwatch clock)
    {
        if (outcome.Document is not { } doc) return outcome;
        // the batch's identity of the document (its relative path), set here already so finding ids, reviews and
        // evidence use it
        if (doc.Document != outcome.Input.RelativePath)
        {
            doc.Document = outcome.Input.RelativePath;
            Checks.FindingIds.Assign(doc);
        }
        var changed = _options.Reviews is { } reviews && reviews.Apply(doc) > 0;
        Evidence.EvidenceFiles? files = null;
        if (_options.Evidence && _evidenceDir is { } evidenceDir)
        {
            try
            {
                var name = EvidenceName(outcome.Input.RelativePath);
                var pages = _pageGeometry.TryGetValue(doc, out var read) ? read : null;
                _pageGeometry.Remove(doc);
                var written = Evidence.EvidenceWriter.Write(doc, outcome.Input.FullPath, evidenceDir, name, pages);
                files = new Evidence.EvidenceFiles(Evidence.EvidenceWriter.Folder + "/" + written.ReviewPage,
                    written.BoxedPdf is null ? null : Evidence.EvidenceWriter.Folder + "/" + written.BoxedPdf);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // evidence is a view of the document: failing to draw it never loses the document
                doc.Issues.Add(new DocumentIssue(IssueCode.EvidenceFailed, $"evidence could not be written: {e.GetType().Name}: {e.Message}"));
                changed = true;
            }
        }
        return outcome with { JsonPath = changed ? null : outcome.JsonPath, Evidence = files, Elapsed = clock.Elapsed };
    }

    /// <summary>The pages of the PDFs processed in this run as extraction read them, until their evidence is written.</summary>
    readonly System.Runtime.CompilerServices.ConditionalWeakTable<BudgetDocument, Evidence.EvidencePages> _pageGeometry = new();

    readonly HashSet<string> _evidenceNames = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Where evidence goes: the evidence folder of the output set <see cref="RunAsync"/> is staging (none when the
    /// run writes no output set, as corpus-report).</summary>
    string? _evidenceDir;

    /// <summary>The input's relative path, made unique in the batch (two inputs of the same name given from different folders).</summary>
    string EvidenceName(string relativePath)
    {
        lock (_evidenceNames)
        {
            var name = relativePath;
            for (var i = 2; !_evidenceNames.Add(name); i++) name = $"{relativePath}~{i}";
            return name;
        }
    }


    long MemoryLimit => _options.MemoryLimitBytes
        ?? Math.Min((long)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 0.8), Math.Max(1, _options.Jobs) * _options.DocumentMemoryBytes + 512L * 1024 * 1024);

    /// <summary>Stack of each document's thread.</summary>
    const int DocumentThreadStackBytes = 64 * 1024 * 1024;

    static Task<BudgetDocument> RunOnOwnThread(Func<BudgetDocument> work, string name)
    {
        var done = new TaskCompletionSource<BudgetDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try { done.SetResult(work()); }
            catch (OperationCanceledException e) { done.SetCanceled(e.CancellationToken); }
            catch (Exception e) { done.SetException(e); }
        }, DocumentThreadStackBytes) { IsBackground = true, Name = "document " + name };
        thread.Start();
        return done.Task;
    }

    /// <summary>
    /// When the process passes the memory limit (managed heap or working set, whichever is larger), cancels the
    /// longest-running document (the likeliest runaway).
    /// </summary>
    void GuardMemory()
    {
        var limit = MemoryLimit;
        if (_inFlight.IsEmpty || Math.Max(GC.GetTotalMemory(false), Environment.WorkingSet) < limit) return;
        var oldest = _inFlight.Values.Where(f => !f.MemoryExceeded).OrderBy(f => f.StartedTicks).FirstOrDefault();
        if (oldest == null) return;
        oldest.MemoryExceeded = true;
        try { oldest.Cancel.Cancel(); } catch (ObjectDisposedException) { }
    }
}
