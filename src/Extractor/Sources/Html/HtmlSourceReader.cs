using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Extractor.Raw;
using Extractor.Sources.Tabular;
using Extractor.Model;

namespace Extractor.Sources.Html;

/// <summary>
/// Reads an HTML page (hand-written, CMS, or Word/WPS-exported) into one raw page: headings, paragraphs and list items
/// as text blocks, tables as raw tables, in document order. Line is the source line of the element.
/// Choices: a table whose cells hold other tables is page layout, so its cells are read as flowing content and each
/// inner table becomes its own raw table; a table of one row or one column is read as text lines; rows and columns
/// where nothing is printed (Word spacer cells) are dropped; title and unit rows at the top of a table's grid are
/// lifted out as text blocks before it (see <see cref="TableShaper"/>).
/// </summary>
public sealed class HtmlSourceReader : ISourceReader
{
    public IReadOnlyCollection<string> Formats { get; } = new[] { "html" };

    /// <summary>File size, nesting depth and cells per table a page may reach.</summary>
    public SourceLimits Limits { get; init; } = SourceLimits.Default;

    /// <summary>Elements whose content is never printed text of the document.</summary>
    static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "title",
        "select", "option", "button", "input", "textarea", "nav", "map", "canvas", "video", "audio",
    };

    /// <summary>Elements that start a new block of text.</summary>
    static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article",
        "blockquote", "pre", "center", "header", "footer", "main", "aside", "form", "fieldset", "address", "figure",
        "figcaption", "caption", "tr", "td", "th", "hr", "body", "legend", "details", "summary",
    };

    public RawDocument Read(string path, string format, CancellationToken cancel = default)
    {
        byte[] bytes;
        try
        {
            Limits.CheckTextFile(path, "HTML");
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e) { throw new BadInputException("cannot read the file: " + e.Message, e); }

        // Nesting is measured on the bytes, before the parser builds a tree of that depth.
        var depth = HtmlNesting.MaxDepth(bytes, Limits.MaxNestingDepth);
        if (depth > Limits.MaxNestingDepth)
            throw SourceLimits.TooLarge($"the page nests elements more than {Limits.MaxNestingDepth} deep, which", "nesting depth", Limits.MaxNestingDepth.ToString());

        var decoded = HtmlDecoding.Decode(bytes);
        var raw = new RawDocument { SourcePath = path, Format = format };
        raw.Properties["encoding"] = decoded.Encoding;
        raw.Properties["encoding-source"] = decoded.Source;
        if (decoded.Issue != null) raw.Issues.Add(new SourceIssue(IssueCode.EncodingGuessed, decoded.Issue));
        if (decoded.InvalidBytes > 0) raw.Issues.Add(TextDecoding.InvalidBytesIssue(decoded.InvalidBytes, decoded.Encoding));

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(decoded.Text);
        var title = PrintedText.Clean(document.Title);
        if (title.Length > 0) raw.Properties["title"] = title;
        var generator = document.QuerySelector("meta[name=generator i], meta[name=Generator]")?.GetAttribute("content")
                        ?? (document.DocumentElement.GetAttribute("xmlns:o") != null ? "Microsoft Office (HTML export)" : null);
        if (!string.IsNullOrWhiteSpace(generator)) raw.Properties["producer"] = generator.Trim();

        var page = new RawPage { Number = 1 };
        raw.Pages.Add(page);
        var walker = new Walker(page, raw.Issues, Limits, cancel);
        if (document.Body != null) walker.Walk(document.Body);
        walker.Flush();
        if (page.Blocks.Count == 0)
        {
            page.Quality = PageQuality.Empty;
            page.QualityReason = "the page body holds no text";
        }
        return raw;
    }

    /// <summary>Walks the DOM in document order, gathering inline text into blocks.</summary>
    sealed class Walker(RawPage page, List<SourceIssue> issues, SourceLimits limits, CancellationToken cancel)
    {
        int _depth;

        readonly StringBuilder _buffer = new();
        /// <summary>Largest inline font size (points) over the text gathered in the buffer.</summary>
        double? _fontSize;
        readonly Stack<(TextHint Hint, int? Line)> _context = new();

        public void Walk(INode node)
        {
            switch (node)
            {
                case IText text:
                    _buffer.Append(text.Data);
                    if (text.Data.Length > 0 && !string.IsNullOrWhiteSpace(text.Data) && FontSizeAround(text.ParentElement) is { } size)
                        _fontSize = Math.Max(_fontSize ?? 0, size);
                    return;
                case IElement element:
                    WalkElement(element);
                    return;
            }
        }

        void WalkElement(IElement el)
        {
            if (++_depth > limits.MaxNestingDepth)
                throw SourceLimits.TooLarge($"the page nests elements more than {limits.MaxNestingDepth} deep, which", "nesting depth", limits.MaxNestingDepth.ToString());
            try { WalkElementAt(el); }
            finally { _depth--; }
        }

        void WalkElementAt(IElement el)
        {
            var name = el.LocalName;
            if (Skipped.Contains(name) || IsHidden(el)) return;
            if (name == "br") { _buffer.Append(PrintedText.LineBreak); return; }
            if (name == "table" && el is IHtmlTableElement table) { Flush(); ReadTable(table); return; }

            if (!BlockElements.Contains(name))
            {
                foreach (var child in el.ChildNodes) Walk(child);
                return;
            }

            cancel.ThrowIfCancellationRequested();
            Flush();
            _context.Push((HintOf(el), LineOf(el)));
            foreach (var child in el.ChildNodes) Walk(child);
            Flush();
            _context.Pop();
        }

        public void Flush()
        {
            if (_buffer.Length == 0) return;
            var (hint, line) = _context.Count > 0 ? _context.Peek() : (TextHint.Paragraph, null);
            foreach (var text in PrintedText.Lines(_buffer.ToString()))
                page.Blocks.Add(new TextBlock { Text = text, Hint = hint, Page = 1, Line = line, FontSize = _fontSize });
            _buffer.Clear();
            _fontSize = null;
        }

        void ReadTable(IHtmlTableElement table)
        {
            var rows = table.Rows.ToList();
            if (rows.Any(r => r.Cells.Any(c => c.QuerySelector("table") != null)))
            {
                // Layout table: its cells are containers of flowing content and inner tables.
                foreach (var row in rows)
                    foreach (var cell in row.Cells)
                        WalkElement(cell);
                return;
            }

            if (table.Caption is { } caption)
                foreach (var text in PrintedText.Lines(CellText(caption)))
                    page.Blocks.Add(new TextBlock { Text = text, Hint = TextHint.Heading, Page = 1, Line = LineOf(caption) });

            var omitted = new List<string>();
            var grid = BuildGrid(rows, omitted, limits, LineOf(table));
            var blocks = TableShaper.Shape(grid, 1, "html", LineOf(table));
            page.Blocks.AddRange(blocks);
            if (omitted.Count == 0) return;
            blocks.OfType<RawTable>().FirstOrDefault()?.Omitted.AddRange(omitted);
            issues.Add(new SourceIssue(IssueCode.HiddenContent,
                $"table at line {LineOf(table)}: {omitted.Count} hidden row(s)/cell(s) (display:none) left out: " +
                string.Join("; ", omitted.Take(5)) + (omitted.Count > 5 ? "; …" : ""), 1));
        }

        /// <summary>The HTML table model: cells fill the next free slot of their row; rowspan/colspan reserve slots.</summary>
        static CellGrid BuildGrid(List<IHtmlTableRowElement> rows, List<string> omitted, SourceLimits limits, int? line)
        {
            var grid = new CellGrid();
            var taken = new HashSet<(int, int)>();
            long area = 0;
            for (var r = 0; r < rows.Count; r++)
            {
                var col = 0;
                var rowHidden = IsHidden(rows[r]);
                var hiddenTexts = new List<string>();
                foreach (var cell in rows[r].Cells)
                {
                    while (taken.Contains((r, col))) col++;
                    var colSpan = Math.Clamp(cell.ColumnSpan, 1, 1000);
                    var rowSpan = cell.RowSpan <= 0 ? rows.Count - r : Math.Min(cell.RowSpan, rows.Count - r);
                    rowSpan = Math.Max(1, rowSpan);
                    // Spans reserve slots: the area they cover is what the grid costs, so it is bounded before it is built.
                    area += (long)rowSpan * colSpan;
                    limits.CheckCells(area, $"the table at line {line}");
                    for (var dr = 0; dr < rowSpan; dr++)
                        for (var dc = 0; dc < colSpan; dc++)
                            taken.Add((r + dr, col + dc));
                    var source = CellText(cell);
                    var text = PrintedText.Clean(source);
                    if (rowHidden || IsHidden(cell))
                    {
                        if (text.Length > 0) hiddenTexts.Add(rowHidden ? text : $"({r + 1},{col + 1}) {text}");
                        source = text = "";
                    }
                    grid.Add(new GridCell
                    {
                        Row = r, Col = col, RowSpan = rowSpan, ColSpan = colSpan,
                        Text = text, Source = source, Value = ExcelNumber(cell, text), Line = LineOf(cell),
                    });
                    col += colSpan;
                }
                if (hiddenTexts.Count > 0)
                    omitted.Add(Shorten(rowHidden ? $"row {r + 1}: {string.Join(" | ", hiddenTexts)}" : $"cells {string.Join(" | ", hiddenTexts)}"));
            }
            return grid;
        }

        /// <summary>
        /// Excel's "save as web page" keeps a number's stored value in x:num (x:num="1234.5" beside the printed
        /// 1,234.50; a bare x:num when the printed text is the value): that value is the cell's Value.
        /// </summary>
        static decimal? ExcelNumber(IElement cell, string text)
        {
            if (!cell.HasAttribute("x:num")) return null;
            var stored = cell.GetAttribute("x:num");
            var candidate = string.IsNullOrWhiteSpace(stored) ? text.Replace(",", "") : stored.Trim();
            // not NumberParser: x:num is Excel's stored machine value (invariant, may carry an exponent: 1.5E-05), not
            // printed text; a printed cell without it is read by NumberParser downstream like every other cell
            return decimal.TryParse(candidate, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
        }

        static string Shorten(string s) =>
            s.Length > TableShapingRules.OmittedTextLength ? s[..TableShapingRules.OmittedTextLength] + "…" : s;

        /// <summary>A cell's printed text, its paragraphs and line breaks marked with <see cref="PrintedText.LineBreak"/>.</summary>
        static string CellText(IElement cell)
        {
            var sb = new StringBuilder();
            void Visit(INode n)
            {
                if (n is IText t) { sb.Append(t.Data); return; }
                if (n is not IElement e || Skipped.Contains(e.LocalName) || IsHidden(e)) return;
                if (e.LocalName == "br" || BlockElements.Contains(e.LocalName)) sb.Append(PrintedText.LineBreak);
                foreach (var c in e.ChildNodes) Visit(c);
                if (BlockElements.Contains(e.LocalName)) sb.Append(PrintedText.LineBreak);
            }
            foreach (var c in cell.ChildNodes) Visit(c);
            return sb.ToString();
        }

        static TextHint HintOf(IElement el)
        {
            var name = el.LocalName;
            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6') return TextHint.Heading;
            if (name == "li" || name == "dt") return TextHint.ListItem;
            var cls = el.ClassName ?? "";
            if (cls.Contains("MsoTitle", StringComparison.OrdinalIgnoreCase) || cls.Contains("MsoSubtitle", StringComparison.OrdinalIgnoreCase)
                || cls.Contains("MsoHeading", StringComparison.OrdinalIgnoreCase))
                return TextHint.Heading;
            return TextHint.Paragraph;
        }

        /// <summary>The font size an inline style sets on the element or its nearest styled ancestor (pt; px × 0.75).</summary>
        static double? FontSizeAround(IElement? el)
        {
            for (var depth = 0; el != null && depth < 6; el = el.ParentElement, depth++)
            {
                var style = el.GetAttribute("style");
                if (style == null) continue;
                var m = System.Text.RegularExpressions.Regex.Match(style, @"font-size\s*:\s*([\d.]+)\s*(pt|px)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
                if (m.Success && double.TryParse(m.Groups[1].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v))
                    return m.Groups[2].Value.Equals("px", StringComparison.OrdinalIgnoreCase) ? v * 0.75 : v;
            }
            return null;
        }

        static int? LineOf(IElement el) => el.SourceReference?.Position.Line;

        static bool IsHidden(IElement el)
        {
            if (el.HasAttribute("hidden")) return true;
            var style = el.GetAttribute("style");
            if (style == null) return false;
            var s = style.Replace(" ", "").ToLowerInvariant();
            return s.Contains("display:none") || s.Contains("visibility:hidden") || s.Contains("mso-hide:all");
        }
    }
}
