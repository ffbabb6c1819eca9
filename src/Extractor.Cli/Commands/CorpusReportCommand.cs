using System.CommandLine;
using Extractor.Batch;
using Extractor.Reports;

namespace Extractor.Cli.Commands;

/// <summary><c>corpus-report DIR...</c>: the full pipeline over folders (through the batch runner), per-document figures and totals.</summary>
public static class CorpusReportCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo[]>("DIR") { Description = "Folders of documents (each searched recursively; figures given per folder).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the report (tab-separated) to this file." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents processed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Per-document time limit in seconds; a document that runs longer is abandoned and listed as refused.",
            DefaultValueFactory = _ => 120,
        };
        var command = new Command("corpus-report", "Report per document: tables found by kind, rows, checks, totals, unreadable pages; per folder, recognition figures and the header labels and tables the vocabulary did not know.");
        command.Arguments.Add(dir);
        command.Options.Add(output);
        command.Options.Add(jobs);
        command.Options.Add(timeout);
        command.SetAction(parse =>
        {
            var folders = parse.GetValue(dir)!;
            if (folders.FirstOrDefault(f => !f.Exists) is { } missing) { Console.Error.WriteLine($"error: folder not found: {missing.FullName}"); return ExitCodes.Usage; }
            if (parse.GetValue(jobs) < 1 || parse.GetValue(timeout) < 1) { Console.Error.WriteLine("error: --jobs and --timeout must be at least 1"); return ExitCodes.Usage; }
            var options = new BatchOptions { Jobs = parse.GetValue(jobs), Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)) };
            var results = CorpusReportRun.RunAsync(folders.Select(f => f.FullName).ToList(), options, new ProgressLines(Console.Error)).GetAwaiter().GetResult();
            var text = CorpusReport.Format(results);
            Console.Out.Write(text);
            if (parse.GetValue(output) is { } file) File.WriteAllText(file.FullName, text);
            return results.Any(r => r.Failure != null) ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One stderr line per document as it is done: seconds, file, and the reason it was refused.</summary>
    sealed class ProgressLines(TextWriter errors) : IBatchObserver
    {
        public void Started(int total) { }

        public void Completed(DocumentOutcome o, int done, int total) =>
            errors.WriteLine($"{o.Elapsed.TotalSeconds,6:0.00}s {o.Input.FileName}{(o.Succeeded ? "" : ": " + o.Reason)}");
    }
}
