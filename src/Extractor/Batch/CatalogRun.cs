using Extractor.Catalog;
using Extractor.Pipeline;

namespace Extractor.Batch;

/// <summary>
/// catalog build's run: every file of the inputs (files and folders, recursively, as extract collects them) through the
/// batch runner, with its isolation, memory guard and time limit, each document's printed codes added to a
/// <see cref="CatalogBuilder"/> in input order. Nothing is written and nothing cached. The documents are read with an
/// empty catalog: nothing is resolved through the shipped one, so the build learns only from printed codes and does not
/// depend on the file it rebuilds (the same inputs give the same file, whatever catalog the program ships).
/// </summary>
public static class CatalogRun
{
    /// <summary>Builds from the inputs; a path that does not exist or a file that cannot be read is reported through
    /// <paramref name="log"/> (ok / failed lines, as the documents finish) and counted in the returned failures.</summary>
    public static async Task<(CatalogBuilder Builder, int Failed)> BuildAsync(IEnumerable<string> inputs, BatchOptions options,
        Action<string>? log = null, CancellationToken cancel = default)
    {
        var builder = new CatalogBuilder();
        var failed = 0;
        var files = InputCollector.Collect(inputs, null, out var missing);
        foreach (var m in missing) { log?.Invoke($"{m}: no such file or folder"); failed++; }
        var pipeline = new ExtractionPipeline(ExtractionPipeline.CreateDefault(options.Limits).Sources) { Catalog = CodeCatalog.Empty };
        var process = options.Process ?? ((path, cancel) => pipeline.Process(path, cancel));
        await new BatchRunner(options with { OutputDir = null, Process = process }).ProcessAsync(files, outcome =>
        {
            if (outcome.Document is { } doc)
            {
                // each file is one observer of the catalog, however many roots share a relative path
                builder.Add(outcome.Input.FullPath, CatalogBuilder.Observe(doc));
                log?.Invoke($"ok {outcome.Input.FullPath}");
            }
            else
            {
                failed++;
                log?.Invoke($"failed {outcome.Input.FullPath}: {outcome.Reason}");
            }
        }, cancel);
        return (builder, failed);
    }
}
