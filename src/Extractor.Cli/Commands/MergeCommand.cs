using System.CommandLine;

namespace Extractor.Cli.Commands;

public static class MergeCommand
{
    public static Command Create()
    {
        var command = new Command("merge", "Join the outputs of several shards into one output folder.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("merge: not built yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
