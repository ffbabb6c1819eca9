using Extractor.Batch;
using Spectre.Console;

namespace Extractor.Cli.Commands;

/// <summary>A progress bar with counts, rate and ETA for interactive terminals; failures still get their stderr line.</summary>
public sealed class SpectreProgressObserver : IBatchObserver
{
    readonly ProgressTask _task;
    readonly DateTime _started = DateTime.UtcNow;
    int _ok, _failed, _cached;

    SpectreProgressObserver(ProgressTask task) => _task = task;

    public static BatchResult Run(int inputs, Func<IBatchObserver, Task<BatchResult>> run) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var observer = new SpectreProgressObserver(ctx.AddTask("extract", maxValue: Math.Max(1, inputs)));
                return await run(observer);
            }).GetAwaiter().GetResult();

    public void Started(int total) => _task.MaxValue = Math.Max(1, total);

    public void Completed(DocumentOutcome o, int done, int total)
    {
        if (o.Succeeded) _ok++; else _failed++;
        if (o.FromCache) _cached++;
        if (!o.Succeeded) Console.Error.WriteLine($"{o.Input.RelativePath}: {o.Reason}");
        var rate = done / Math.Max(0.001, (DateTime.UtcNow - _started).TotalSeconds);
        _task.Description = $"{done}/{total} ok {_ok} ({_cached} cached) [red]failed {_failed}[/] {rate:0.0} docs/s";
        _task.Value = done;
    }
}
