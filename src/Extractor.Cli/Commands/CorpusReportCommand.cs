using System.CommandLine;

namespace Extractor.Cli.Commands;

public static class CorpusReportCommand
{
    public static Command Create()
    {
        var command = new Command("corpus-report", "Report per document: tables found by kind, rows, checks, totals, unreadable pages.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("corpus-report: not built yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
