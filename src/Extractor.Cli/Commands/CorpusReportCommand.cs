using System.CommandLine;
using Extractor.Reports;

namespace Extractor.Cli.Commands;

/// <summary><c>corpus-report DIR</c>: the full pipeline over a folder, per-document figures and totals.</summary>
public static class CorpusReportCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo[]>("DIR") { Description = "Folders of documents (each searched recursively; figures given per folder).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the report (tab-separated) to this file." };
        var command = new Command("corpus-report", "Report per document: tables found by kind, rows, checks, totals, unreadable pages; per folder, recognition figures and the header labels and tables the vocabulary did not know.");
        command.Arguments.Add(dir);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var folders = parse.GetValue(dir)!;
            if (folders.FirstOrDefault(f => !f.Exists) is { } missing) { Console.Error.WriteLine($"error: folder not found: {missing.FullName}"); return ExitCodes.Usage; }
            var results = CorpusReport.Run(folders.Select(f => f.FullName).ToList(), r => Console.Error.WriteLine($"{r.Seconds,6:0.00}s {r.File}{(r.Failure != null ? ": " + r.Failure : "")}"));
            var text = CorpusReport.Format(results);
            Console.Out.Write(text);
            if (parse.GetValue(output) is { } file) File.WriteAllText(file.FullName, text);
            return results.Any(r => r.Failure != null) ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }
}
