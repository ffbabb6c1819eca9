using System.CommandLine;
using Extractor.Evidence;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Cli.Commands;

/// <summary><c>evidence FILE [--out DIR] [--reviews CSV]</c>: one document's review page and, for a PDF, its boxed copy.</summary>
public static class EvidenceCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A budget document (PDF, HTML, XLS/XLSX, DOC/DOCX, text)." };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for FILE.review.html and, for a PDF, FILE.boxed.pdf.",
            DefaultValueFactory = _ => "evidence",
        };
        var reviews = new Option<string[]>("--reviews") { Description = "Decisions CSV(s) from a review page: those findings show as reviewed." };
        var command = new Command("evidence",
            "Extract one document and write its evidence: a review page (pages or tables with each finding's cells highlighted, " +
            "to confirm or dismiss, decisions downloadable as CSV) and, for a PDF, a copy with every error and warning boxed.");
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.Options.Add(reviews);
        command.SetAction(parse =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists) { Console.Error.WriteLine($"error: {input.FullName}: no such file"); return ExitCodes.Usage; }
            Reviews? decisions = null;
            if (parse.GetValue(reviews) is { Length: > 0 } files)
            {
                try { decisions = Reviews.Read(files); }
                catch (InvalidDataException e) { Console.Error.WriteLine("error: " + e.Message); return ExitCodes.Usage; }
            }
            try
            {
                var pages = new EvidencePages();
                var doc = ExtractionPipeline.CreateDefault().Process(input.FullName, CancellationToken.None, pages.Add);
                decisions?.Apply(doc);
                var dir = parse.GetValue(output)!;
                var written = EvidenceWriter.Write(doc, input.FullName, dir, input.Name, pages);
                Console.WriteLine($"{doc.Checks.Count} findings ({doc.Checks.Count(f => f.Review != null)} reviewed)");
                Console.WriteLine("review page: " + Path.GetFullPath(Path.Combine(dir, written.ReviewPage)));
                if (written.BoxedPdf != null) Console.WriteLine("boxed PDF:   " + Path.GetFullPath(Path.Combine(dir, written.BoxedPdf)));
                return ExitCodes.Ok;
            }
            catch (BadInputException e)
            {
                Console.Error.WriteLine($"error: {input.Name}: {e.Message}");
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }
}
