using System.CommandLine;
using System.Diagnostics;
using Extractor.Batch;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Sources.Pdf;

namespace Extractor.Cli.Commands;

/// <summary><c>benchmark DIR</c>: pages per second and peak memory, PDF extraction alone and the full pipeline.</summary>
public static class BenchmarkCommand
{
    public static Command Create()
    {
        var dir = new Argument<string[]>("INPUT") { Arity = ArgumentArity.OneOrMore, Description = "PDF files and folders (searched recursively for PDFs), as extract takes them." };
        var stage = new Option<string>("--stage") { Description = "pdf, pipeline, both, or evidence (the full pipeline and then the evidence of each file, timed apart: what --evidence adds).", DefaultValueFactory = _ => "both" };
        var command = new Command("benchmark", "Print pages per second and peak memory for extraction alone and for the full pipeline.");
        command.Arguments.Add(dir);
        command.Options.Add(stage);
        command.Options.Add(Verbose);
        command.SetAction(parse =>
        {
            var collected = Batch.InputCollector.Collect(parse.GetValue(dir)!, null);
            foreach (var m in collected.Missing) Console.Error.WriteLine($"error: {m}: no such file or folder");
            if (collected.Missing.Count > 0) return ExitCodes.Usage;
            var files = new List<BatchInput>();
            foreach (var input in collected.Inputs)
            {
                string format;
                try { format = FormatSniffer.Detect(input.FullPath); }
                catch (BadInputException) { format = "unreadable"; }
                if (format == FormatSniffer.Pdf) files.Add(input);
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
                // the pages read, handed on as a document shell that carries their count
                Run("PDF extraction (PdfPig + layout)", files, (f, cancel) =>
                    new BudgetDocument { Document = f, Format = FormatSniffer.Pdf, PageCount = reader.Read(f, FormatSniffer.Pdf, cancel).Pages.Count });
            }
            if (which is "evidence")
            {
                RunEvidence(files);
                return ExitCodes.Ok;
            }
            if (which is "pipeline" or "both")
            {
                var pipeline = ExtractionPipeline.CreateDefault();
                Run("full pipeline (ExtractionPipeline.Process)", files, (f, cancel) => pipeline.Process(f, cancel));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    static readonly Option<bool> Verbose = new("--verbose") { Description = "Print each file's time." };
    static bool _verbose;

    /// <summary>
    /// Each file through the one batch loop (<see cref="BatchRunner.ProcessAsync"/>): one at a time, isolated as extract
    /// isolates it (any failure is counted as refused), with no time limit; each outcome to <paramref name="each"/>.
    /// </summary>
    static void Each(List<BatchInput> files, Func<string, CancellationToken, BudgetDocument> process, Action<DocumentOutcome> each) =>
        new BatchRunner(new BatchOptions { Jobs = 1, Timeout = Timeout.InfiniteTimeSpan, Process = process })
            .ProcessAsync(files, each).GetAwaiter().GetResult();

    /// <summary>
    /// Each file through the pipeline, then its evidence (boxed PDF and review page) into a temporary folder, timed
    /// apart in wall-clock and CPU time (CPU time is inflated less by other work on a shared machine).
    /// </summary>
    static void RunEvidence(List<BatchInput> files)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var dir = Path.Combine(Path.GetTempPath(), "extractor-benchmark-evidence-" + Environment.ProcessId);
        double extract = 0, evidence = 0, extractCpu = 0, evidenceCpu = 0;
        int pages = 0, failed = 0;
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }
        try
        {
            Each(files, (f, cancel) =>
            {
                var sw = Stopwatch.StartNew();
                var cpu0 = Cpu();
                // as extract --evidence does: the pages as extraction read them are kept for the drawing
                var read = new Extractor.Evidence.EvidencePages();
                var doc = pipeline.Process(f, cancel, read.Add);
                var t1 = sw.Elapsed.TotalSeconds;
                var cpu1 = Cpu();
                Extractor.Evidence.EvidenceWriter.Write(doc, f, dir, Path.GetFileName(f), read);
                var t2 = sw.Elapsed.TotalSeconds - t1;
                var cpu2 = Cpu();
                extract += t1;
                evidence += t2;
                extractCpu += cpu1 - cpu0;
                evidenceCpu += cpu2 - cpu1;
                if (_verbose) Console.WriteLine($"  {t1 * 1000,8:0} ms + {t2 * 1000,6:0} ms evidence (CPU {(cpu1 - cpu0) * 1000,8:0} ms + {(cpu2 - cpu1) * 1000,6:0} ms)  {Path.GetFileName(f)}");
                return doc;
            }, outcome =>
            {
                if (outcome.Document is { } doc) pages += doc.PageCount;
                else failed++;
            });
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
        static string Share(double part, double whole) => $"+{(whole > 0 ? 100 * part / whole : 0):0.0}%";
        Console.WriteLine($"full pipeline: {pages} pages in {extract:0.0} s wall ({extractCpu:0.0} s CPU); evidence (boxed PDF + review page): " +
                          $"{evidence:0.0} s wall ({evidenceCpu:0.0} s CPU) = {Share(evidence, extract)} of the pipeline's wall time, " +
                          $"{Share(evidenceCpu, extractCpu)} of its CPU time; {failed} files refused");
    }

    static void Run(string label, List<BatchInput> files, Func<string, CancellationToken, BudgetDocument> process)
    {
        GC.Collect();
        var sw = Stopwatch.StartNew();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        int pages = 0, failed = 0;
        long peakManaged = 0;
        Each(files, process, outcome =>
        {
            if (outcome.Document is { } doc) pages += doc.PageCount;
            else failed++;
            if (_verbose) Console.WriteLine($"  {outcome.Elapsed.TotalMilliseconds,8:0} ms  {outcome.Input.FileName}");
            peakManaged = Math.Max(peakManaged, GC.GetGCMemoryInfo().HeapSizeBytes);
        });
        sw.Stop();
        var proc = Process.GetCurrentProcess();
        proc.Refresh();
        var cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"{label}: {pages} pages in {sw.Elapsed.TotalSeconds:0.0} s wall ({cpu:0.0} s CPU) = {pages / sw.Elapsed.TotalSeconds:0.0} pages/s wall, {pages / Math.Max(cpu, 0.001):0.0} pages per CPU-second; " +
                          $"{failed} files refused; peak working set {proc.PeakWorkingSet64 / 1048576.0:0} MB, peak managed heap {peakManaged / 1048576.0:0} MB");
    }
}
