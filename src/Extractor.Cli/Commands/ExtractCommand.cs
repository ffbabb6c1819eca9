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
            Description = "Process only shard K of N (e.g. 2/8): a stable split by relative path; join the shards' outputs with 'merge'. " +
                          "'auto' reads K and N from the engine running this process: Kubernetes Indexed Job (JOB_COMPLETION_INDEX), " +
                          "Slurm job array (SLURM_ARRAY_TASK_ID/_MIN/_COUNT), GNU parallel (PARALLEL_SEQ).",
        };
        var shardCount = new Option<int?>("--shard-count")
        {
            Description = "With --shard auto: the number of shards where the engine does not set it (Kubernetes: the Job's completions; " +
                          "GNU parallel: the number of jobs). Default: the EXTRACTOR_SHARD_COUNT variable.",
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
        command.Options.Add(shardCount);
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(jobs), parse.GetValue(timeout),
            parse.GetValue(force), parse.GetValue(shard), parse.GetValue(shardCount)));
        return command;
    }

    public static int Run(string[] inputPaths, string outputDir, int jobs, int timeoutSeconds, bool force, string? shardText, int? shardCount = null)
    {
        if (jobs < 1 || timeoutSeconds < 1)
        {
            Console.Error.WriteLine("error: --jobs and --timeout must be at least 1");
            return ExitCodes.Usage;
        }
        ShardSpec? shard = null;
        string? shardSource = null;
        if (shardText == null && shardCount != null)
        {
            Console.Error.WriteLine("error: --shard-count goes with --shard auto");
            return ExitCodes.Usage;
        }
        if (shardText != null)
        {
            try { (shard, shardSource) = ShardSpec.Resolve(shardText, shardCount, Environment.GetEnvironmentVariable); }
            catch (FormatException e) { Console.Error.WriteLine("error: " + e.Message); return ExitCodes.Usage; }
            Console.WriteLine($"shard {shard} from {shardSource}");
        }
        var inputs = InputCollector.Collect(inputPaths, outputDir, out var missing);
        foreach (var m in missing) Console.Error.WriteLine($"error: {m}: no such file or folder");
        if (missing.Count > 0) return ExitCodes.Usage;
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
            OutputDir = outputDir, Jobs = jobs, Timeout = TimeSpan.FromSeconds(timeoutSeconds), Force = force, Shard = shard,
            ShardSource = shardSource,
        };
        try
        {
            var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
            var result = interactive
                ? SpectreProgressObserver.Run(inputs.Count, observer => new BatchRunner(options, observer).RunAsync(inputs, cancel.Token))
                : new BatchRunner(options, new PlainLogObserver(Console.Out, Console.Error)).RunAsync(inputs, cancel.Token).GetAwaiter().GetResult();
            PrintSummary(result, outputDir);
            return result.AllProcessed ? ExitCodes.Ok : ExitCodes.SomeFailed;
        }
        catch (OutputFolderBusyException e)
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
