using System.CommandLine;
using System.Runtime.InteropServices;
using Extractor.Batch;

namespace Extractor.Cli.Commands;

public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files and folders to extract. Folders are searched recursively for .pdf .html .htm .txt .xlsx .xls .docx .doc .csv .tsv.",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder: documents/<file>.json, line-items/documents/tables/checks/narrative-facts/function-shares/failures " +
                          "as .csv (UTF-8 with BOM), .jsonl and .parquet, extractor.sqlite, datapackage.json, schema/, summary.json, comparison.csv, report.html.",
            DefaultValueFactory = _ => "output",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents processed in parallel.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Per-document time limit in seconds; a document that runs longer is abandoned and listed as failed.",
            DefaultValueFactory = _ => 120,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Process every document again, ignoring the cache in OUT/.cache (unchanged documents are otherwise read from it).",
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Process only shard K of N (e.g. 2/8): a stable split by relative path; join the shards' outputs with 'merge'.",
        };
        var memory = new Option<int?>("--document-memory")
        {
            Description = "Memory budget of one document in MB (default 1024): when the process passes jobs × this + 512 MB, " +
                          "the longest-running document is cancelled and listed as failed (kind memory).",
        };
        var limits = new Option<string[]>("--limit")
        {
            Description = "Per-document limit NAME=VALUE (repeatable); a document past one fails as 'too large: … exceeds …'. " +
                          "Names and defaults: " + LimitOptions.Describe(),
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("extract",
            "Extract budget documents (files or folders) into datasets. Runs documents in parallel, skips unchanged ones " +
            "(content-hash cache), survives bad files (each gets one stderr line naming file and reason, and a row in failures.csv). " +
            "Exit codes: 0 every input processed, 1 some failed or the run was interrupted, 2 usage error.");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(jobs);
        command.Options.Add(timeout);
        command.Options.Add(force);
        command.Options.Add(shard);
        command.Options.Add(memory);
        command.Options.Add(limits);
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(jobs), parse.GetValue(timeout),
            parse.GetValue(force), parse.GetValue(shard), parse.GetValue(memory), parse.GetValue(limits) ?? Array.Empty<string>()));
        return command;
    }

    public static int Run(string[] inputPaths, string outputDir, int jobs, int timeoutSeconds, bool force, string? shardText,
        int? documentMemoryMb = null, string[]? limitTexts = null)
    {
        if (jobs < 1 || timeoutSeconds < 1 || documentMemoryMb is < 1)
        {
            Console.Error.WriteLine("error: --jobs, --timeout and --document-memory must be at least 1");
            return ExitCodes.Usage;
        }
        Sources.SourceLimits limits;
        try { limits = LimitOptions.Parse(limitTexts ?? Array.Empty<string>()); }
        catch (FormatException e) { Console.Error.WriteLine("error: " + e.Message); return ExitCodes.Usage; }
        ShardSpec? shard = null;
        if (shardText != null)
        {
            try { shard = ShardSpec.Parse(shardText); }
            catch (FormatException e) { Console.Error.WriteLine("error: " + e.Message); return ExitCodes.Usage; }
        }
        if (File.Exists(outputDir))
        {
            Console.Error.WriteLine($"error: --out {outputDir} is a file: give a folder");
            return ExitCodes.Usage;
        }
        var collected = InputCollector.Collect(inputPaths, outputDir);
        var inputs = collected.Inputs;
        var missing = collected.Missing;
        // A missing input is reported and the rest processed; the run then ends with exit code 1.
        foreach (var m in missing) Console.Error.WriteLine($"error: {m}: no such file or folder (skipped)");
        foreach (var n in collected.Notes) Console.Error.WriteLine("warning: " + n);
        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("error: no input files found (folders are searched for " + string.Join(" ", Sources.FormatSniffer.KnownExtensions.Order()) + ")");
            return ExitCodes.Usage;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            if (cancel.IsCancellationRequested) return; // a second Ctrl-C ends the process at once
            e.Cancel = true;
            Console.Error.WriteLine("interrupted: finishing nothing more, discarding unfinished outputs (Ctrl-C again to abort at once)");
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx =>
        {
            ctx.Cancel = true;
            cancel.Cancel();
        });

        var options = new BatchOptions
        {
            OutputDir = outputDir, Jobs = jobs, Timeout = TimeSpan.FromSeconds(timeoutSeconds), Force = force, Shard = shard, Limits = limits,
            DocumentMemoryBytes = (documentMemoryMb ?? 1024) * 1024L * 1024,
        };
        try
        {
            var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
            var result = interactive
                ? SpectreProgressObserver.Run(inputs.Count, observer => new BatchRunner(options, observer).RunAsync(inputs, cancel.Token))
                : new BatchRunner(options, new PlainLogObserver(Console.Out, Console.Error)).RunAsync(inputs, cancel.Token).GetAwaiter().GetResult();
            PrintSummary(result, outputDir);
            if (missing.Count > 0) Console.Error.WriteLine($"{missing.Count} input path(s) not found: see the errors above");
            return result.AllProcessed && missing.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        }
        catch (Exception e) when (e is OutputFolderBusyException or OutputFolderUnusableException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Usage;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }

    static void PrintSummary(BatchResult result, string outputDir)
    {
        var s = result.Summary;
        if (result.Interrupted)
        {
            Console.Error.WriteLine($"interrupted: {s.DocumentsProcessed} documents done and cached; no dataset was replaced. Run the same command again to resume.");
            return;
        }
        Console.WriteLine($"done: {s.DocumentsProcessed} processed ({s.DocumentsFromCache} from cache), {s.DocumentsFailed} failed, " +
                          $"{s.Pages} pages, {s.Tables} tables, {s.LineItems} line items in {s.WallSeconds:0.0} s → {Path.GetFullPath(outputDir)}");
        if (s.DocumentsFailed > 0) Console.Error.WriteLine($"{s.DocumentsFailed} input(s) failed: see {Path.Combine(outputDir, "failures.csv")}");
    }
}

/// <summary>The --limit NAME=VALUE options of extract, onto <see cref="Sources.SourceLimits"/>.</summary>
public static class LimitOptions
{
    const long MB = 1024 * 1024;

    static readonly (string Name, string Meaning, Func<Sources.SourceLimits, long> Get, Func<Sources.SourceLimits, long, Sources.SourceLimits> Set)[] Limits =
    {
        ("pages", "pages of a PDF or sheets of a workbook", l => l.MaxPages, (l, v) => l with { MaxPages = checked((int)v) }),
        ("cells", "cells of one table or sheet", l => l.MaxCellsPerTable, (l, v) => l with { MaxCellsPerTable = v }),
        ("nesting", "element nesting depth of an HTML page", l => l.MaxNestingDepth, (l, v) => l with { MaxNestingDepth = checked((int)v) }),
        ("text-mb", "size of an HTML or text file, MB", l => l.MaxTextFileBytes / MB, (l, v) => l with { MaxTextFileBytes = v * MB }),
        ("part-mb", "decompressed size of one .xlsx/.docx part, MB", l => l.MaxPartBytes / MB, (l, v) => l with { MaxPartBytes = v * MB }),
        ("shared-strings-mb", "decompressed size of a workbook's shared strings, MB", l => l.MaxSharedStringsBytes / MB, (l, v) => l with { MaxSharedStringsBytes = v * MB }),
        ("package-mb", "decompressed size of a whole .xlsx/.docx, MB", l => l.MaxPackageBytes / MB, (l, v) => l with { MaxPackageBytes = v * MB }),
        ("parts", "parts in one .xlsx/.docx", l => l.MaxPackageParts, (l, v) => l with { MaxPackageParts = checked((int)v) }),
    };

    public static string Describe() => string.Join(", ", Limits.Select(l => $"{l.Name} ({l.Meaning}) {l.Get(Sources.SourceLimits.Default)}")) + ".";

    public static Sources.SourceLimits Parse(IEnumerable<string> texts)
    {
        var limits = Sources.SourceLimits.Default;
        foreach (var text in texts)
        {
            var eq = text.IndexOf('=');
            var name = eq > 0 ? text[..eq].Trim() : text;
            var limit = Limits.FirstOrDefault(l => l.Name == name);
            if (limit.Name == null) throw new FormatException($"--limit {text}: unknown limit '{name}' (known: {string.Join(", ", Limits.Select(l => l.Name))})");
            if (eq < 0 || !long.TryParse(text[(eq + 1)..].Trim(), out var value) || value < 1 || value > int.MaxValue)
                throw new FormatException($"--limit {text}: give {name}=N with N a positive whole number");
            limits = limit.Set(limits, value);
        }
        return limits;
    }
}
