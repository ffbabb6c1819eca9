using System.CommandLine;

namespace Extractor.Cli.Commands;

public static class CompareCommand
{
    public static Command Create()
    {
        var command = new Command("compare", "Compare units across an output folder or database: key metrics and spending shares.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("compare: not built yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
