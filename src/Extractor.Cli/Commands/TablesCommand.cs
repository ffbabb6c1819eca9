using System.CommandLine;

namespace Extractor.Cli.Commands;

public static class TablesCommand
{
    public static Command Create()
    {
        var command = new Command("tables", "Dump the raw reconstructed tables of any document (JSON, or CSV per table).");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("tables: not built yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
