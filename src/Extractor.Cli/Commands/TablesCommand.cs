using System.CommandLine;
using System.Text;
using Extractor.Datasets;
using Extractor.Layout;
using Extractor.Raw;
using Extractor.Sources.Pdf;
using Extractor.Sources;
using Newtonsoft.Json;

namespace Extractor.Cli.Commands;

/// <summary><c>tables FILE</c>: the raw reconstructed tables of any PDF as JSON, CSV per table, SVG per page.</summary>
public static class TablesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A PDF (any PDF, budget or not), or any other file extract reads (HTML, XLS/XLSX, DOC/DOCX, text): its raw tables." };
        var csv = new Option<DirectoryInfo?>("--csv") { Description = "Also write one CSV per table into this folder." };
        var svg = new Option<DirectoryInfo?>("--debug-svg") { Description = "Draw each page as SVG (letters, rulings, cells, table boxes) into this folder." };
        var pages = new Option<string?>("--pages") { Description = "Pages to read: 3, 3-5 or 1,4-6 (default all)." };
        var text = new Option<bool>("--text") { Description = "Include the text blocks too, in reading order." };
        var command = new Command("tables", "Dump the raw reconstructed tables of any PDF, or of any file extract reads (JSON, or CSV per table). " +
                                            "--pages and --debug-svg need a PDF.");
        command.Arguments.Add(file);
        command.Options.Add(csv);
        command.Options.Add(svg);
        command.Options.Add(pages);
        command.Options.Add(text);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!.FullName;
            if (!File.Exists(path)) { Console.Error.WriteLine($"error: {path}: no such file"); return ExitCodes.Usage; }
            Func<int, bool>? filter;
            try { filter = PageRange.Parse(parse.GetValue(pages)); }
            catch (FormatException e) { Console.Error.WriteLine($"error: {e.Message}"); return ExitCodes.Usage; }
            var svgDir = parse.GetValue(svg);
            string format;
            try { format = FormatSniffer.Detect(path); }
            catch (BadInputException e) { Console.Error.WriteLine($"{Path.GetFileName(path)}: {e.Message}"); return ExitCodes.SomeFailed; }
            if (format != FormatSniffer.Pdf && (filter != null || svgDir != null))
            {
                Console.Error.WriteLine($"error: --pages and --debug-svg need a PDF; {Path.GetFileName(path)} is {format}");
                return ExitCodes.Usage;
            }
            var views = new List<PdfPageView>();
            Action<PdfPageView>? onPage = svgDir != null ? views.Add : null;
            RawDocument raw;
            try
            {
                raw = format == FormatSniffer.Pdf
                    ? new PdfSourceReader().Read(path, filter, onPage)
                    : Pipeline.ExtractionPipeline.CreateDefault().Sources.Read(path);
            }
            catch (BadInputException e) { Console.Error.WriteLine($"{Path.GetFileName(path)}: {e.Message}"); return ExitCodes.SomeFailed; }
            if (PageRange.Last(parse.GetValue(pages)) is { } last && raw.Properties.TryGetValue("page-count", out var countText)
                && int.TryParse(countText, out var count) && last > count)
            {
                Console.Error.WriteLine($"error: --pages {parse.GetValue(pages)}: {Path.GetFileName(path)} has {count} page{(count == 1 ? "" : "s")}");
                return ExitCodes.Usage;
            }

            var tables = raw.Blocks.OfType<RawTable>().ToList();
            if (svgDir != null) WriteSvgPages(svgDir, views, tables);
            var output = new
            {
                File = raw.FileName,
                Pages = raw.Pages.Select(p => new { p.Number, Quality = p.Quality.ToString().ToLowerInvariant(), p.QualityReason, p.Width, p.Height, p.Rotation }),
                Issues = raw.Issues,
                Tables = tables.Select((t, i) => new
                {
                    Index = i + 1, t.Page, t.LastPage, Bbox = Box(t.Box), t.Method, Rows = t.RowCount, Columns = t.ColumnCount,
                    Cells = Enumerable.Range(0, t.RowCount).Select(r => t.Cells.Where(c => c.Row == r).OrderBy(c => c.Col).Select(c => new
                    {
                        c.Row, c.Col,
                        RowSpan = c.RowSpan > 1 ? c.RowSpan : (int?)null,
                        ColSpan = c.ColSpan > 1 ? c.ColSpan : (int?)null,
                        c.Text, Bbox = Box(c.Box), Page = c.Page != t.Page ? c.Page : (int?)null,
                    })),
                }),
                Text = parse.GetValue(text) ? raw.Blocks.OfType<TextBlock>().Select(b => new { b.Page, Hint = b.Hint.ToString().ToLowerInvariant(), b.FontSize, b.Text }) : null,
            };
            Console.Out.WriteLine(JsonConvert.SerializeObject(output, JsonSettings.Indented));

            if (parse.GetValue(csv) is { } csvDir)
            {
                csvDir.Create();
                var stem = Path.GetFileNameWithoutExtension(path);
                for (var i = 0; i < tables.Count; i++)
                    File.WriteAllText(Path.Combine(csvDir.FullName, $"{stem}.table{i + 1:000}.p{tables[i].Page}.csv"), ToCsv(tables[i]), new UTF8Encoding(true));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    static void WriteSvgPages(DirectoryInfo dir, List<PdfPageView> views, List<RawTable> tables)
    {
        dir.Create();
        foreach (var (page, svg) in PdfDebugSvg.Render(views, tables))
            File.WriteAllText(Path.Combine(dir.FullName, $"page-{page:000}.svg"), svg);
    }

    static double[]? Box(BoundingBox? b) => b is { } x ? new[] { Math.Round(x.Left, 1), Math.Round(x.Bottom, 1), Math.Round(x.Right, 1), Math.Round(x.Top, 1) } : null;

    static string ToCsv(RawTable t)
    {
        var sb = new StringBuilder();
        foreach (var row in t.ToTextGrid())
            sb.Append(string.Join(",", row.Select(v => Datasets.CsvDatasetWriter.Quote(Datasets.CsvDatasetWriter.Neutralize(v))))).Append("\r\n");
        return sb.ToString();
    }
}

/// <summary>Parses page selections such as "3", "3-5", "1,4-6".</summary>
public static class PageRange
{
    /// <summary>The highest page a selection names (null for none).</summary>
    public static int? Last(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) return null;
        return spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('-').Select(b => int.TryParse(b, out var n) ? n : 0).Max()).DefaultIfEmpty(0).Max();
    }

    public static Func<int, bool>? Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) return null;
        var ranges = new List<(int From, int To)>();
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bits = part.Split('-');
            if (bits.Length is < 1 or > 2 || !int.TryParse(bits[0], out var from) || from < 1)
                throw new FormatException($"bad page selection '{part}' (use 3, 3-5 or 1,4-6)");
            var to = from;
            if (bits.Length == 2 && (!int.TryParse(bits[1], out to) || to < from))
                throw new FormatException($"bad page selection '{part}' (use 3, 3-5 or 1,4-6)");
            ranges.Add((from, to));
        }
        return n => ranges.Any(r => n >= r.From && n <= r.To);
    }
}
