using System.CommandLine;
using System.Diagnostics;
using Extractor.Pipeline;
using Extractor.Raw;
using Extractor.Sources;
using Extractor.Sources.Pdf;

namespace Extractor.Cli.Commands;

/// <summary><c>benchmark DIR</c>: pages per second and peak memory, PDF extraction alone and the full pipeline.</summary>
public static class BenchmarkCommand
{
    public static Command Create()
    {
        var dir = new Argument<string[]>("INPUT") { Arity = ArgumentArity.OneOrMore, Description = "PDF files and folders (searched recursively for PDFs), as extract takes them." };
        var stage = new Option<string>("--stage") { Description = "pdf, pipeline or both.", DefaultValueFactory = _ => "both" };
        var command = new Command("benchmark", "Print pages per second and peak memory for extraction alone and for the full pipeline.");
        command.Arguments.Add(dir);
        command.Options.Add(stage);
        command.Options.Add(Verbose);
        command.SetAction(parse =>
        {
            var collected = Batch.InputCollector.Collect(parse.GetValue(dir)!, null);
            foreach (var m in collected.Missing) Console.Error.WriteLine($"error: {m}: no such file or folder");
            if (collected.Missing.Count > 0) return ExitCodes.Usage;
            var files = new List<string>();
            foreach (var input in collected.Inputs)
            {
                string format;
                try { format = FormatSniffer.Detect(input.FullPath); }
                catch (BadInputException) { format = "unreadable"; }
                if (format == FormatSniffer.Pdf) files.Add(input.FullPath);
                else if (parse.GetValue(dir)!.Contains(input.FullPath) || parse.GetValue(dir)!.Any(a => Path.GetFullPath(a) == input.FullPath))
                {
                    Console.Error.WriteLine($"error: benchmark measures PDF extraction: {input.RelativePath} is {format}, not a PDF");
                    return ExitCodes.Usage;
                }
            }
            if (files.Count == 0) { Console.Error.WriteLine("error: no PDF found in " + string.Join(" ", parse.GetValue(dir)!)); return ExitCodes.Usage; }
            var which = parse.GetValue(stage) ?? "both";
            _verbose = parse.GetValue(Verbose);
            Console.WriteLine($"{files.Count} PDF files in {string.Join(" ", parse.GetValue(dir)!)}; one thread; documents processed one at a time");
            if (which is "pdf" or "both")
            {
                var reader = new PdfSourceReader();
                Run("PDF extraction (PdfPig + layout)", files, f => reader.Read(f, "pdf").Pages.Count);
            }
            if (which is "pipeline" or "both")
            {
                var pipeline = ExtractionPipeline.CreateDefault();
                Run("full pipeline (ExtractionPipeline.Process)", files, f => pipeline.Process(f).PageCount);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    static readonly Option<bool> Verbose = new("--verbose") { Description = "Print each file's time." };
    static bool _verbose;

    static void Run(string label, List<string> files, Func<string, int> process)
    {
        GC.Collect();
        var sw = Stopwatch.StartNew();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        int pages = 0, failed = 0;
        long peakManaged = 0;
        foreach (var f in files)
        {
            var t0 = sw.Elapsed.TotalMilliseconds;
            try { pages += process(f); }
            catch (BadInputException) { failed++; }
            if (_verbose) Console.WriteLine($"  {sw.Elapsed.TotalMilliseconds - t0,8:0} ms  {Path.GetFileName(f)}");
            peakManaged = Math.Max(peakManaged, GC.GetGCMemoryInfo().HeapSizeBytes);
        }
        sw.Stop();
        var proc = Process.GetCurrentProcess();
        proc.Refresh();
        var cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"{label}: {pages} pages in {sw.Elapsed.TotalSeconds:0.0} s wall ({cpu:0.0} s CPU) = {pages / sw.Elapsed.TotalSeconds:0.0} pages/s wall, {pages / Math.Max(cpu, 0.001):0.0} pages per CPU-second; " +
                          $"{failed} files refused; peak working set {proc.PeakWorkingSet64 / 1048576.0:0} MB, peak managed heap {peakManaged / 1048576.0:0} MB");
    }
}
