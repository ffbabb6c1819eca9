using Extractor.Vocabulary;
using System.CommandLine;
using System.Reflection;
using Extractor.Cli.Commands;

namespace Extractor.Cli;

public static class Program
{
    /// <summary>Exit codes: 0 every input processed, 1 some input failed, 2 usage error.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = new RootCommand(
            $"Extractor turns published Chinese budget disclosures ({OutputText.DepartmentBudget}, {OutputText.UnitBudget}, {OutputText.FinalAccounts}: PDF, HTML, XLS/XLSX, DOC/DOCX, text) " +
            "into validated JSON and CSV datasets.\nExit codes: 0 all inputs processed, 1 some inputs failed, 2 usage error.");
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new PrintVersion();
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(TablesCommand.Create());
        root.Subcommands.Add(CorpusReportCommand.Create());
        root.Subcommands.Add(BenchmarkCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(EvidenceCommand.Create());
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

/// <summary>--version: the tool's version and the schema version of what it writes.</summary>
public sealed class PrintVersion : System.CommandLine.Invocation.SynchronousCommandLineAction
{
    public static string Text { get; } =
        $"extractor {typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0"} " +
        $"(schema {Extractor.Model.SchemaVersion.Current})";

    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.WriteLine(Text);
        return ExitCodes.Ok;
    }
}

public static class ExitCodes
{
    public const int Ok = 0, SomeFailed = 1, Usage = 2;
}
