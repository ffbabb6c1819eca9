using Extractor.Vocabulary;
using System.CommandLine;
using Extractor.Compare;
using Extractor.Datasets;

namespace Extractor.Cli.Commands;

public static class CompareCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source")
        {
            Description = "An output folder written by 'extract' (its documents.jsonl and function-shares.jsonl are read; a file in it, such as its extractor.sqlite, names the folder).",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "CSV to write (UTF-8 with BOM). Default: comparison.csv in the output folder.",
        };
        var command = new Command("compare",
            "Compare units across an output folder or database: total revenue and expenditure, basic and project, personnel and public, " +
            $"{OutputText.ThreePublic} and its parts, {OutputText.OperatingCosts}, staff, cost per staff member, year-on-year changes from the narrative, and each unit's " +
            $"spending shares by function {OutputText.Class} (columns share_<code>).");
        command.Arguments.Add(source);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(source)!, parse.GetValue(output)));
        return command;
    }

    public static int Run(string source, string? output)
    {
        if (!Directory.Exists(source) && !File.Exists(source))
        {
            Console.Error.WriteLine($"error: {source}: no such folder or database");
            return ExitCodes.Usage;
        }
        var folder = Directory.Exists(source) ? source : Path.GetDirectoryName(Path.GetFullPath(source))!;
        Comparison comparison;
        try { comparison = ComparisonBuilder.Read(folder); }
        catch (FileNotFoundException e) { Console.Error.WriteLine("error: " + e.Message); return ExitCodes.Usage; }
        var path = output ?? Path.Combine(folder, ComparisonWriter.DefaultFileName);
        ComparisonWriter.WriteCsv(comparison, path);
        Console.WriteLine($"compared {comparison.Units.Count} unit(s) on {Comparison.MetricColumns.Length} metrics and {comparison.Classes.Count} function {OutputText.Class} → {path}");
        return ExitCodes.Ok;
    }
}
