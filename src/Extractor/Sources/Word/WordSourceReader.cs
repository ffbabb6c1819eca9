using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Extractor.Raw;
using Extractor.Sources.Tabular;

namespace Extractor.Sources.Word;

/// <summary>
/// Reads Word documents into one raw page: paragraphs (heading styles and outline levels → Heading, numbered
/// paragraphs → ListItem) and tables (gridSpan → ColSpan, vMerge restart/continue → RowSpan, Method "docx") in body
/// order; Line is the 1-based ordinal of the body paragraph or table. A table nested in a cell is flattened into the
/// cell's text. Legacy .doc files are converted to .docx with LibreOffice first (issue "converted").
/// </summary>
public sealed class WordSourceReader : ISourceReader
{
    public IReadOnlyCollection<string> Formats { get; } = new[] { "docx", "doc" };

    /// <summary>Decompressed part sizes a .docx may reach.</summary>
    public SourceLimits Limits { get; init; } = SourceLimits.Default;

    public RawDocument Read(string path, string format, CancellationToken cancel = default)
    {
        if (format == "doc") return ReadLegacy(path, cancel);
        var raw = new RawDocument { SourcePath = path, Format = format };
        ReadDocx(path, raw, cancel);
        return raw;
    }

    /// <summary>
    /// Exceptions the Open XML SDK and System.IO.Packaging throw for a damaged package (XML not well formed, a part
    /// missing or of the wrong type): the document is bad input, not a failure of the program.
    /// </summary>
    static bool IsDamagedPackage(Exception e) =>
        e is System.Xml.XmlException or InvalidDataException or FileFormatException or OpenXmlPackageException
        || (e is InvalidOperationException or ArgumentException or KeyNotFoundException
            && e.TargetSite?.DeclaringType?.Namespace is { } ns && (ns.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal) || ns.StartsWith("System.IO.Packaging", StringComparison.Ordinal)));

    /// <summary>A typed attribute value, or null where absent; one its schema type cannot parse (gridSpan="2x") makes
    /// the document damaged, named with the attribute, rather than a FormatException from deep in the SDK.</summary>
    static T? Valid<T>(OpenXmlSimpleValue<T>? value, string attribute) where T : struct
    {
        if (value is null || string.IsNullOrEmpty(value.InnerText)) return null;
        try { return value.Value; }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException)
        {
            throw new BadInputException($"damaged .docx: {attribute} value '{value.InnerText}' is not valid", e);
        }
    }

    void ReadDocx(string path, RawDocument raw, CancellationToken cancel)
    {
        try { ReadDocxPackage(path, raw, cancel); }
        catch (Exception e) when (IsDamagedPackage(e))
        {
            throw new BadInputException("damaged .docx: " + e.Message, e);
        }
    }

    /// <summary>What a user reads when a .doc arrives and LibreOffice is not installed.</summary>
    public const string NoLibreOfficeMessage = "legacy Word .doc needs LibreOffice to convert it: install LibreOffice " +
                                               "(apt-get install libreoffice-writer) or save the file as .docx";

    /// <summary>The soffice used for .doc files; null means none is installed. Defaults to the one found on PATH.</summary>
    public Func<string?> FindSoffice { get; init; } = LibreOfficeConverter.FindSoffice;

    RawDocument ReadLegacy(string path, CancellationToken cancel)
    {
        var soffice = FindSoffice() ?? throw new BadInputException(NoLibreOfficeMessage);
        var temp = Path.Combine(Path.GetTempPath(), "extractor-doc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            // Copy under a plain name: LibreOffice names its output after the input and some names trip it.
            var input = Path.Combine(temp, "input.doc");
            File.Copy(path, input);
            var outDir = Path.Combine(temp, "out");
            Directory.CreateDirectory(outDir);
            var docx = LibreOfficeConverter.Convert(soffice, input, "docx", outDir, cancel);
            var raw = new RawDocument { SourcePath = path, Format = "doc" };
            raw.Issues.Add(new SourceIssue(Model.IssueCode.Converted, "legacy .doc converted to .docx with LibreOffice before reading"));
            raw.Properties["converted-with"] = "libreoffice";
            ReadDocx(docx, raw, cancel);
            return raw;
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    void ReadDocxPackage(string path, RawDocument raw, CancellationToken cancel)
    {
        // A .docx is a ZIP: its parts are measured as they decompress before the SDK loads them.
        Limits.CheckPackage(path, ".docx", cancel);
        WordprocessingDocument word;
        try
        {
            word = WordprocessingDocument.Open(path, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException or System.Xml.XmlException)
        {
            throw new BadInputException(e is FileFormatException or InvalidDataException
                ? "damaged .docx container: " + e.Message
                : "cannot open the Word document: " + e.Message, e);
        }
        using (word)
        {
            Body? body;
            try { body = word.MainDocumentPart?.Document?.Body; }
            catch (System.Xml.XmlException e) { throw new BadInputException("damaged .docx: document.xml is not well-formed XML: " + e.Message, e); }
            if (body == null) throw new BadInputException("the .docx has no document body");

            ReadProperties(word, raw);
            var styles = StyleInfo.Load(word.MainDocumentPart!);
            var page = new RawPage { Number = 1 };
            raw.Pages.Add(page);
            var ordinal = 0;
            foreach (var element in BodyElements(body))
            {
                cancel.ThrowIfCancellationRequested();
                ordinal++;
                switch (element)
                {
                    case Paragraph p:
                        var text = ParagraphText(p);
                        foreach (var line in PrintedText.Lines(text))
                            page.Blocks.Add(new TextBlock { Text = line, Hint = styles.HintOf(p), Page = 1, Line = ordinal, FontSize = styles.FontSizeOf(p) });
                        break;
                    case Table t:
                        page.Blocks.AddRange(TableShaper.ShapeStacked(BuildGrid(t, ordinal, Limits), 1, "docx", ordinal));
                        break;
                }
            }
            if (page.Blocks.Count == 0)
            {
                page.Quality = PageQuality.Empty;
                page.QualityReason = "the document body holds no text";
            }
        }
    }

    /// <summary>Producer (Microsoft Office Word, WPS Office, LibreOffice) and title where the file records them.</summary>
    static void ReadProperties(WordprocessingDocument word, RawDocument raw)
    {
        try
        {
            var app = word.ExtendedFilePropertiesPart?.Properties?.Application?.Text;
            if (!string.IsNullOrWhiteSpace(app)) raw.Properties["producer"] = app.Trim();
            var core = word.PackageProperties;
            if (!string.IsNullOrWhiteSpace(core.Title)) raw.Properties["title"] = PrintedText.Clean(core.Title);
        }
        catch (Exception e) when (e is System.Xml.XmlException or OpenXmlPackageException or InvalidOperationException)
        {
            // Document properties are a courtesy; a damaged properties part does not stop the reading.
        }
    }

    /// <summary>Paragraphs and tables of the body in order, looking through content controls and custom XML.</summary>
    static IEnumerable<OpenXmlElement> BodyElements(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table:
                    yield return child;
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock != null:
                    foreach (var e in BodyElements(sdt.SdtContentBlock)) yield return e;
                    break;
                case CustomXmlBlock custom:
                    foreach (var e in BodyElements(custom)) yield return e;
                    break;
            }
        }
    }

    /// <summary>
    /// The printed text of a paragraph: text runs, tabs as spaces, breaks as line breaks. Deleted text, field codes
    /// and the fallback copy of a text box (mc:Fallback repeats the mc:Choice content) are left out.
    /// </summary>
    static string ParagraphText(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        void Visit(OpenXmlElement e)
        {
            switch (e)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); return;
                case TabChar or PositionalTab: sb.Append(' '); return;
                case Break or CarriageReturn: sb.Append(PrintedText.LineBreak); return;
                case NoBreakHyphen: sb.Append('-'); return;
                case AlternateContentFallback or DeletedRun or FieldCode: return;
            }
            foreach (var child in e.ChildElements) Visit(child);
        }
        Visit(paragraph);
        return sb.ToString();
    }

    /// <summary>A cell's text: its paragraphs (and any nested table's) joined like wrapped lines.</summary>
    static string CellSource(TableCell cell) => string.Join(PrintedText.LineBreak, BlockTexts(cell));

    static IEnumerable<string> BlockTexts(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p: yield return ParagraphText(p); break;
                case Table t:
                    foreach (var c in t.Descendants<TableCell>().Where(c => c.Ancestors<Table>().First() == t))
                        foreach (var text in BlockTexts(c)) yield return text;
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    foreach (var text in BlockTexts(child)) yield return text;
                    break;
            }
        }
    }

    /// <summary>Word's table model: cells take grid columns (gridBefore, gridSpan); vMerge continues the cell above.</summary>
    static CellGrid BuildGrid(Table table, int ordinal, SourceLimits limits)
    {
        var grid = new CellGrid();
        long area = 0;
        var anchorAtColumn = new Dictionary<int, GridCell>();
        var r = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            var col = Valid(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val, "w:gridBefore") ?? 0;
            foreach (var cell in RowCells(row))
            {
                var props = cell.TableCellProperties;
                var span = Math.Max(1, Valid(props?.GridSpan?.Val, "w:gridSpan") ?? 1);
                // Spans reserve grid columns: what they cover is bounded before it is built.
                area += span;
                limits.CheckCells(area + Math.Max(0, col), $"table {ordinal}");
                var vMerge = props?.VerticalMerge;
                var continues = vMerge != null && (vMerge.Val == null || Valid(vMerge.Val, "w:vMerge") == MergedCellValues.Continue);
                if (continues && anchorAtColumn.TryGetValue(col, out var anchor) && anchor.Row + anchor.RowSpan == r)
                {
                    anchor.RowSpan++;
                    grid.RowCount = Math.Max(grid.RowCount, anchor.Row + anchor.RowSpan);
                }
                else
                {
                    var source = CellSource(cell);
                    var gridCell = new GridCell { Row = r, Col = col, ColSpan = span, Text = PrintedText.Clean(source), Source = source, Line = ordinal };
                    grid.Add(gridCell);
                    for (var k = col; k < col + span; k++) anchorAtColumn[k] = gridCell;
                }
                col += span;
            }
            r++;
            grid.RowCount = Math.Max(grid.RowCount, r);
        }
        return grid;
    }

    static IEnumerable<TableCell> RowCells(TableRow row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is TableCell cell) yield return cell;
            else if (child is SdtCell sdt && sdt.SdtContentCell != null)
                foreach (var c in sdt.SdtContentCell.Elements<TableCell>()) yield return c;
            else if (child is CustomXmlCell custom)
                foreach (var c in custom.Elements<TableCell>()) yield return c;
        }
    }
}
