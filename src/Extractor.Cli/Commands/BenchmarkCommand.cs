using System.CommandLine;

namespace Extractor.Cli.Commands;

public static class BenchmarkCommand
{
    public static Command Create()
    {
        var command = new Command("benchmark", "Print pages per second and peak memory for extraction alone and for the full pipeline.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("benchmark: not built yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
