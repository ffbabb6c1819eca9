using System.CommandLine;
using Extractor.Batch;
using Extractor.Datasets;

namespace Extractor.Cli.Commands;

public static class MergeCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("out") { Description = "Output folder for the joined outputs." };
        var shards = new Argument<string[]>("shards")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Output folders of 'extract --shard' runs, or folders holding them as subfolders (e.g. out/shards with out/shards/0 … out/shards/7).",
        };
        var command = new Command("merge",
            "Join the outputs of several shards (extract --shard K/N) into one output folder: datasets, documents/, database, " +
            "summary, comparison and report, identical to an unsharded run's datasets. Refuses a set with a shard missing or given twice, " +
            "shards of different splits or input sets, or shards written with another schema version (see shard-manifest.json).");
        command.Arguments.Add(output);
        command.Arguments.Add(shards);
        command.SetAction(parse => Run(parse.GetValue(output)!, parse.GetValue(shards)!));
        return command;
    }

    public static int Run(string output, string[] shards)
    {
        var folders = BatchMerger.ShardFolders(shards, out var missing);
        foreach (var m in missing) Console.Error.WriteLine($"error: {m}: not an extract output folder (no {BatchSummary.FileName}), nor a folder of them");
        if (missing.Count > 0) return ExitCodes.Usage;
        try
        {
            var s = BatchMerger.Merge(output, folders);
            Console.WriteLine($"merged {folders.Count} shard(s): {s.DocumentsProcessed} documents, {s.DocumentsFailed} failed, {s.LineItems} line items → {Path.GetFullPath(output)}");
            return s.DocumentsFailed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        }
        catch (Exception e) when (e is InvalidDataException or OutputFolderBusyException or OutputFolderUnusableException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Usage;
        }
    }
}
