using System.CommandLine;
using Extractor.Cli.Commands;

namespace Extractor.Cli;

public static class Program
{
    /// <summary>Exit codes: 0 every input processed, 1 some input failed, 2 usage error.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = new RootCommand(
            "Extractor turns published Chinese budget disclosures (部门预算, 单位预算, 决算: PDF, HTML, XLS/XLSX, DOC/DOCX, text) " +
            "into validated JSON and CSV datasets.\nExit codes: 0 all inputs processed, 1 some inputs failed, 2 usage error.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(TablesCommand.Create());
        root.Subcommands.Add(CorpusReportCommand.Create());
        root.Subcommands.Add(BenchmarkCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(CatalogCommand.Create());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine("Run with --help for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke();
    }
}

public static class ExitCodes
{
    public const int Ok = 0, SomeFailed = 1, Usage = 2;
}
