using Extractor.Model;
using Extractor.Reports;

namespace Extractor.Batch;

/// <summary>
/// corpus-report's run: the documents of each folder (in folder order, each folder's files by relative path) through
/// the batch runner, with its isolation, time limit, memory guard and progress, each summarised by
/// <see cref="CorpusReport"/>. Nothing is written and nothing cached.
/// </summary>
public static class CorpusReportRun
{
    public static async Task<List<CorpusDocumentResult>> RunAsync(IReadOnlyList<string> folders, BatchOptions options,
        IBatchObserver? observer = null, CancellationToken cancel = default)
    {
        var inputs = new List<BatchInput>();
        var folderOf = new Dictionary<BatchInput, string>();
        foreach (var folder in folders)
        {
            var found = InputCollector.Collect(new[] { folder }, excludeDir: null).Inputs;
            inputs.AddRange(found);
            foreach (var input in found) folderOf.TryAdd(input, CorpusReport.FolderName(folder));
        }
        var results = new List<CorpusDocumentResult>();
        await new BatchRunner(options with { OutputDir = null }, observer).ProcessAsync(inputs, outcome =>
        {
            var folder = folderOf[outcome.Input];
            var seconds = outcome.Elapsed.TotalSeconds;
            results.Add(outcome.Document is { } doc
                ? CorpusReport.Result(doc, outcome.Input.FileName, folder, seconds)
                : CorpusReport.Failed(outcome.Input.FileName, folder, outcome.Reason ?? outcome.FailureKind.Text() ?? "", seconds));
        }, cancel);
        return results;
    }
}
