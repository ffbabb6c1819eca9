using System.Diagnostics;
using Extractor.Batch;

namespace Extractor.Cli.Commands;

/// <summary>
/// One parseable line per document on stdout ("[12/118] ok file.pdf 31 pages 0.8s", "[13/118] FAILED file.pdf: reason"),
/// and for every failure one line on stderr naming the file and the reason.
/// </summary>
public sealed class PlainLogObserver(TextWriter log, TextWriter errors) : IBatchObserver
{
    readonly Stopwatch _clock = new();

    public void Started(int total)
    {
        _clock.Start();
        log.WriteLine($"extracting {total} input(s)");
    }

    public void Completed(DocumentOutcome o, int done, int total)
    {
        log.WriteLine(Line(o, done, total));
        if (!o.Succeeded) errors.WriteLine($"{o.Input.RelativePath}: {o.Reason}");
        if (done % 50 == 0 && done < total)
        {
            var rate = done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            log.WriteLine($"progress {done}/{total} {rate:0.0} docs/s eta {TimeSpan.FromSeconds((total - done) / rate):hh\\:mm\\:ss}");
        }
    }

    public static string Line(DocumentOutcome o, int done, int total) => o.Succeeded
        ? $"[{done}/{total}] ok {o.Input.RelativePath} {o.Document!.PageCount} pages {o.Elapsed.TotalSeconds:0.0}s{(o.FromCache ? " cached" : "")}"
        : $"[{done}/{total}] FAILED {o.Input.RelativePath}: {o.Reason}";
}
