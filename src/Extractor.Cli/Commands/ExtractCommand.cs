using System.CommandLine;

namespace Extractor.Cli.Commands;

public static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "Extract budget documents (files or folders) into datasets.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("extract: not built yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
