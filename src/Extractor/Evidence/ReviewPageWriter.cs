using System.Globalization;
using System.Net;
using System.Text;
using Extractor.Datasets;
using Extractor.Layout;
using Extractor.Model;
using Extractor.Raw;
using Newtonsoft.Json;

namespace Extractor.Evidence;

/// <summary>
/// The review page: one self-contained HTML file per document (inline styles and script, no network). PDF inputs
/// show every page drawn as SVG (letters and rulings, upright) with a clickable box over each printed amount; other
/// inputs show each table's grid as read (rows and columns at their source positions; for spreadsheets the Excel
/// cell addresses). A side panel lists the findings and the tables. Clicking a finding scrolls to its first cell
/// and highlights every cell it involves; clicking an amount shows its line item. Each finding can be confirmed or
/// dismissed with a comment, and the decisions download as CSV (<see cref="Reviews"/>) for <c>extract --reviews</c>.
/// </summary>
public static class ReviewPageWriter
{
    /// <summary>Pixels per PDF point in the page drawings.</summary>
    public const double Scale = 1.25;

    /// <summary>The key of a printed cell in the page: table, raw row and column.</summary>
    public static string CellKey(int table, int row, int column) => $"t{table}r{row}c{column}";

    /// <summary>Writes the page to <paramref name="target"/> (atomically), streamed page by page.</summary>
    public static void Write(BudgetDocument doc, string target, IReadOnlyList<PageGeometry?>? pages, EvidencePlan? plan = null, string? boxedPdfLink = null)
    {
        using var file = new AtomicFile(target);
        using (var writer = new StreamWriter(file.OpenWrite(), new UTF8Encoding(false), 1 << 16))
            Render(writer, doc, pages, plan ?? EvidencePlan.For(doc), boxedPdfLink);
        file.Commit();
    }

    /// <summary>The page as a string; <paramref name="pages"/> are the PDF's pages in upright geometry (null for other inputs).</summary>
    public static string Render(BudgetDocument doc, IReadOnlyList<PageGeometry?>? pages, string? boxedPdfLink = null)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(writer, doc, pages, EvidencePlan.For(doc), boxedPdfLink);
        return writer.ToString();
    }

    static void Render(TextWriter writer, BudgetDocument doc, IReadOnlyList<PageGeometry?>? pages, EvidencePlan plan, string? boxedPdfLink)
    {
        var html = new StringBuilder(1 << 16);
        void Flush()
        {
            writer.Write(html);
            html.Clear();
        }
        var title = $"Review: {doc.Document}";
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
        html.Append("<title>").Append(E(title)).Append("</title><style>").Append(Css).Append("</style></head><body>");
        html.Append("<main id=\"pages\">");
        if (pages is not null)
        {
            var cells = PrintedCells(doc);
            var outlines = plan.Tables.ToLookup(t => t.Page);
            var places = plan.Findings.Where(m => m.Place is not null).ToLookup(m => m.Page);
            foreach (var g in pages.OfType<PageGeometry>())
            {
                AppendPage(html, g, outlines[g.Number], cells.GetValueOrDefault(g.Number), places[g.Number]);
                Flush();
            }
        }
        else
            foreach (var table in doc.Tables)
            {
                if (table.Source.Count > 0) AppendSourceGrid(html, table);
                else AppendGrid(html, table);
                Flush();
            }
        html.Append("</main><aside id=\"panel\">");
        AppendHeader(html, doc, boxedPdfLink);
        html.Append("<div id=\"item\" class=\"box\"><b>Line item</b><div id=\"item-body\" class=\"muted\">Click an amount to see its line item.</div></div>");
        AppendFindings(html, doc, plan, pages is not null);
        AppendTables(html, doc, pages is not null);
        html.Append("</aside>");
        html.Append("<script type=\"application/json\" id=\"data\">");
        Flush();
        WriteData(writer, doc);
        html.Append("</script>");
        html.Append("<script>").Append(Script).Append("</script></body></html>");
        Flush();
    }

    /// <summary>Every printed amount with a box, by page: its cell key and box.</summary>
    static Dictionary<int, List<(string Key, BoundingBox Box)>> PrintedCells(BudgetDocument doc)
    {
        var byPage = new Dictionary<int, List<(string, BoundingBox)>>();
        foreach (var table in doc.Tables)
        foreach (var row in table.Rows)
        foreach (var a in row.Amounts)
            if (a.Provenance.Page is { } page && a.Provenance.Box is { } box)
            {
                if (!byPage.TryGetValue(page, out var list)) byPage[page] = list = new();
                list.Add((CellKey(table.Index, a.Provenance.Row ?? row.Index, a.Provenance.Column ?? a.Column), box));
            }
        return byPage;
    }

    static void AppendHeader(StringBuilder html, BudgetDocument doc, string? boxedPdfLink)
    {
        var m = doc.Metadata;
        html.Append("<header class=\"box\"><h1>").Append(E(doc.Document)).Append("</h1><p class=\"muted\">")
            .Append(E(string.Join(" · ", new[] { m.UnitName, m.FiscalYear?.ToString(CultureInfo.InvariantCulture), m.Phase.Text(), m.Scope.Text(), doc.Format }
                .Where(s => !string.IsNullOrEmpty(s)))))
            .Append("</p><p>").Append(doc.Tables.Count).Append(" tables · ").Append(doc.Checks.Count).Append(" findings (")
            .Append(string.Join(", ", doc.Checks.GroupBy(f => f.Severity.Text()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {E(g.Key)}")))
            .Append(")</p><p>");
        if (boxedPdfLink is not null)
            html.Append("<a id=\"boxed-pdf\" href=\"").Append(E(Uri.EscapeDataString(boxedPdfLink))).Append("\">boxed PDF</a> · ");
        html.Append("<button id=\"download\" type=\"button\">Download decisions (CSV)</button> <span id=\"decided\" class=\"muted\"></span></p></header>");
    }

    static void AppendFindings(StringBuilder html, BudgetDocument doc, EvidencePlan plan, bool pageGeometry)
    {
        var places = plan.Findings.Where(m => m.Place is not null).ToDictionary(m => m.Finding, m => m.Place!.Value, ReferenceEqualityComparer.Instance);
        html.Append("<section class=\"box\"><h2>Findings</h2>");
        if (doc.Checks.Count == 0) html.Append("<p class=\"muted\">No finding: every check held.</p>");
        foreach (var f in doc.Checks)
        {
            var page = f.Cells.FirstOrDefault()?.Provenance.Page ?? f.Provenance?.Page;
            html.Append($"<div class=\"finding sev-{E(f.Severity.Text())}\" id=\"f-{E(f.Id ?? "")}\" data-id=\"{E(f.Id ?? "")}\" tabindex=\"0\">");
            html.Append($"<div class=\"head\"><span class=\"sev\">{E(f.Severity.Text())}</span> <b>{E(f.Rule)}</b>");
            if (page is not null) html.Append($" <span class=\"muted\">page {page}</span>");
            if (places.TryGetValue(f, out var place)) html.Append(" <span class=\"muted why\">(boxed: ").Append(PlaceWords(place)).Append(")</span>");
            else if (plan.WhyNoBox(f, pageGeometry) is { } why) html.Append(" <span class=\"muted why\">(no box: ").Append(E(why)).Append(")</span>");
            html.Append("</div>");
            html.Append($"<div class=\"msg\">{E(f.Message)}</div>");
            html.Append($"<div class=\"muted small\">expected {E(f.Expected ?? "")} · printed {E(f.Actual ?? "")}{(f.Cause is { } cause ? " · cause " + E(cause.Text()) : "")}</div>");
            html.Append($"<div class=\"muted small loc\">{E(f.Location)}</div>");
            html.Append("<div class=\"decide\"><label><input type=\"radio\" name=\"d-").Append(E(f.Id ?? "")).Append("\" value=\"confirmed\" class=\"confirm\"> confirm</label> ")
                .Append("<label><input type=\"radio\" name=\"d-").Append(E(f.Id ?? "")).Append("\" value=\"dismissed\" class=\"dismiss\"> dismiss</label> ")
                .Append("<input type=\"text\" class=\"comment\" placeholder=\"comment\"> <span class=\"state\"></span></div>");
            html.Append("</div>");
        }
        html.Append("</section>");
    }

    static string PlaceWords(FindingPlace place) => place switch
    {
        FindingPlace.Row => "its row",
        FindingPlace.Paragraph => "the paragraph of its sentence",
        _ => "its table's outline; the header has no box of its own",
    };

    static void AppendTables(StringBuilder html, BudgetDocument doc, bool pdf)
    {
        html.Append("<section class=\"box\"><h2>Tables</h2><ol class=\"tables\">");
        foreach (var t in doc.Tables)
        {
            var pages = t.FirstPage == t.LastPage ? $"page {t.FirstPage}" : $"pages {t.FirstPage}–{t.LastPage}";
            var target = pdf ? $"page-{t.FirstPage}" : $"table-{t.Index}";
            html.Append($"<li value=\"{t.Index}\"><a href=\"#{target}\" data-table=\"{t.Index}\">{E(t.Title ?? t.Kind.Text())}</a> <span class=\"muted\">{E(t.Kind.Text())}{(t.Number is null ? "" : " · " + E(t.Number))} · {pages} · {t.Rows.Count} rows</span></li>");
        }
        html.Append("</ol></section>");
    }

    /// <summary>One PDF page: letters grouped into runs, rulings, table outlines, and a box over every printed amount.</summary>
    static void AppendPage(StringBuilder html, PageGeometry g, IEnumerable<TableOutline> outlines, List<(string Key, BoundingBox Box)>? cells,
        IEnumerable<FindingMark> places)
    {
        void F(double v) => html.Append(Math.Round(v, 2).ToString(CultureInfo.InvariantCulture));
        void Y(double y) => F(g.Height - y);
        void Rect(BoundingBox b)
        {
            html.Append(" x=\""); F(b.Left); html.Append("\" y=\""); Y(b.Top);
            html.Append("\" width=\""); F(Math.Max(0, b.Width)); html.Append("\" height=\""); F(Math.Max(0, b.Height)); html.Append('"');
        }
        html.Append("<section class=\"page\" id=\"page-").Append(g.Number).Append("\" data-page=\"").Append(g.Number)
            .Append("\"><div class=\"page-no\">page ").Append(g.Number).Append("</div>");
        html.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "); F(g.Width); html.Append(' '); F(g.Height);
        html.Append("\" width=\""); F(g.Width * Scale); html.Append("\" height=\""); F(g.Height * Scale);
        html.Append("\" data-page=\"").Append(g.Number).Append("\" data-width=\""); F(g.Width); html.Append("\" data-height=\""); F(g.Height); html.Append("\">");
        html.Append("<rect width=\""); F(g.Width); html.Append("\" height=\""); F(g.Height); html.Append("\" fill=\"white\"/>");
        html.Append("<g class=\"rulings\">");
        foreach (var r in g.Rulings)
        {
            html.Append("<line x1=\"");
            if (r.Horizontal)
            {
                F(r.Start); html.Append("\" y1=\""); Y(r.Position); html.Append("\" x2=\""); F(r.End); html.Append("\" y2=\""); Y(r.Position);
            }
            else
            {
                F(r.Position); html.Append("\" y1=\""); Y(r.Start); html.Append("\" x2=\""); F(r.Position); html.Append("\" y2=\""); Y(r.End);
            }
            html.Append("\"/>");
        }
        html.Append("</g><g class=\"text\">");
        foreach (var run in Runs(g.Glyphs))
        {
            html.Append("<text x=\""); F(run.Left); html.Append("\" y=\""); Y(run.Baseline); html.Append("\" font-size=\""); F(run.Size);
            html.Append("\" textLength=\""); F(Math.Max(0.1, run.Right - run.Left)); html.Append("\" lengthAdjust=\"spacingAndGlyphs\"");
            if (run.Bold) html.Append(" font-weight=\"bold\"");
            html.Append('>').Append(E(run.Text)).Append("</text>");
        }
        html.Append("</g><g class=\"outlines\">");
        foreach (var t in outlines)
        {
            html.Append("<rect class=\"outline\" data-table=\"").Append(t.TableIndex).Append('"'); Rect(Grow(t.Box, 2)); html.Append("/>");
            html.Append("<text class=\"outline-label\" x=\""); F(t.Box.Left - 2); html.Append("\" y=\""); Y(t.Box.Top + 3);
            html.Append("\">table ").Append(t.TableIndex).Append(' ').Append(E(t.Kind.Text())).Append(t.Number is null ? "" : " · " + E(t.Number)).Append("</text>");
        }
        html.Append("</g><g class=\"cells\">");
        foreach (var (key, box) in cells ?? new())
        {
            html.Append("<rect class=\"cell\" data-cell=\"").Append(key).Append('"'); Rect(box); html.Append("/>");
        }
        // what a finding without cells points at (a row, a paragraph, a table), shown when the finding is clicked
        html.Append("</g><g class=\"places\">");
        foreach (var m in places)
        {
            html.Append("<rect class=\"place\" data-finding=\"").Append(E(m.Finding.Id ?? "")).Append('"'); Rect(Grow(m.Anchor.Provenance.Box!.Value, 1)); html.Append("/>");
        }
        html.Append("</g></svg></section>");
    }

    static BoundingBox Grow(BoundingBox b, double m) => new(b.Left - m, b.Bottom - m, b.Right + m, b.Top + m);

    sealed record Run(string Text, double Left, double Right, double Baseline, double Size, bool Bold);

    /// <summary>Glyphs on one baseline, of one size, close together, as one text run (far fewer SVG elements than letters).</summary>
    static IEnumerable<Run> Runs(IEnumerable<Glyph> glyphs)
    {
        Run? open = null;
        var text = new StringBuilder();
        foreach (var gl in glyphs.OrderByDescending(x => Math.Round(x.Baseline, 1)).ThenBy(x => x.Left))
        {
            if (open is not null && Math.Abs(gl.Baseline - open.Baseline) < 0.5 && Math.Abs(gl.FontSize - open.Size) < 0.3
                && gl.Bold == open.Bold && gl.Left >= open.Right - 0.3 * gl.FontSize && gl.Left - open.Right < 0.3 * gl.FontSize)
            {
                text.Append(gl.Text);
                open = open with { Right = Math.Max(open.Right, gl.Right) };
                continue;
            }
            if (open is not null) yield return open with { Text = text.ToString() };
            text.Clear().Append(gl.Text);
            open = new Run("", gl.Left, gl.Right, gl.Baseline, gl.FontSize, gl.Bold);
        }
        if (open is not null) yield return open with { Text = text.ToString() };
    }

    /// <summary>
    /// A table of an input without page geometry as its source laid it out: every raw cell with its text and its row
    /// and column spans, the header rows above the first row read, and for spreadsheets the sheet, the Excel column
    /// letters and row numbers, and each cell's address. A table joined from parts shows each part.
    /// </summary>
    static void AppendSourceGrid(StringBuilder html, BudgetTable table)
    {
        var amounts = new HashSet<(int, int)>(table.Rows.SelectMany(r => r.Amounts.Select(a => (a.Provenance.Row ?? r.Index, a.Provenance.Column ?? a.Column))));
        var firstRead = table.Rows.Count == 0 ? int.MaxValue : table.Rows.Min(r => r.Provenance.Row ?? r.Index);
        html.Append("<section class=\"grid-table source\" id=\"table-").Append(table.Index).Append("\"><h3>table ").Append(table.Index)
            .Append(" · ").Append(E(table.Title ?? table.Kind.Text())).Append(" <span class=\"muted\">").Append(E(table.Kind.Text()))
            .Append(table.AmountUnit is null ? "" : " · " + E(table.AmountUnit)).Append("</span></h3>");
        foreach (var part in table.Source)
        {
            var sheet = part.Cells.Select(c => c.Sheet).FirstOrDefault(n => n is not null);
            var grid = part.ToGrid();
            // spreadsheets: the column letters and row numbers of the addresses (hidden rows and columns are left out of the grid)
            var letters = new string?[part.ColumnCount];
            var numbers = new string?[part.RowCount];
            foreach (var c in part.Cells)
                if (c.Address is { } address)
                {
                    var split = address.TakeWhile(char.IsLetter).Count();
                    letters[c.Col] ??= address[..split];
                    numbers[c.Row] ??= address[split..];
                }
            var addressed = letters.Any(l => l is not null);
            html.Append("<p class=\"muted small\">source: ").Append(sheet is null ? $"page {part.Page}" : "sheet " + E(sheet))
                .Append(sheet is null && part.Line is { } line ? $", from line {line}" : "").Append(" · ").Append(part.RowCount).Append(" rows × ")
                .Append(part.ColumnCount).Append(" columns as printed");
            if (part.Omitted.Count > 0) html.Append(" · hidden and left out: ").Append(E(string.Join("; ", part.Omitted)));
            html.Append("</p><div class=\"wide\"><table class=\"grid\">");
            if (addressed)
            {
                html.Append("<thead><tr><th></th>");
                foreach (var l in letters) html.Append("<th class=\"addr\">").Append(E(l ?? "")).Append("</th>");
                html.Append("</tr></thead>");
            }
            html.Append("<tbody>");
            for (var r = 0; r < part.RowCount; r++)
            {
                html.Append(r < firstRead ? "<tr class=\"head\">" : "<tr>");
                html.Append("<th class=\"addr\">").Append(addressed ? E(numbers[r] ?? "") : (r + 1).ToString(CultureInfo.InvariantCulture)).Append("</th>");
                for (var c = 0; c < part.ColumnCount; c++)
                {
                    var cell = grid[r][c];
                    if (cell is null) { html.Append("<td></td>"); continue; }
                    if (cell.Row != r || cell.Col != c) continue; // covered by a span
                    var amount = amounts.Contains((r, c));
                    html.Append(amount ? "<td class=\"num cell\"" : "<td class=\"cell\"");
                    if (cell.RowSpan > 1) html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                    if (cell.ColSpan > 1) html.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                    html.Append(" data-cell=\"").Append(CellKey(table.Index, r, c)).Append('"');
                    if (cell.Address is { } address) html.Append(" title=\"").Append(E((cell.Sheet is null ? "" : cell.Sheet + "!") + address)).Append('"');
                    html.Append('>').Append(E(cell.Text)).Append("</td>");
                }
                html.Append("</tr>");
            }
            html.Append("</tbody></table></div>");
        }
        html.Append("</section>");
    }

    /// <summary>
    /// The anchor cell's key for each position a span covers (a value or a finding may name a covered position; the
    /// source grid has one element per anchor).
    /// </summary>
    static Dictionary<string, string> SpannedKeys(BudgetDocument doc)
    {
        var keys = new Dictionary<string, string>();
        foreach (var table in doc.Tables)
        foreach (var part in table.Source)
        foreach (var cell in part.Cells.Where(c => c.RowSpan > 1 || c.ColSpan > 1))
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            for (var c = cell.Col; c < cell.Col + cell.ColSpan; c++)
                if (r != cell.Row || c != cell.Col) keys.TryAdd(CellKey(table.Index, r, c), CellKey(table.Index, cell.Row, cell.Col));
        return keys;
    }

    /// <summary>A table as read, for inputs without page geometry whose source grid is not at hand (a document read
    /// back from JSON): header labels, then each row at its grid position.</summary>
    static void AppendGrid(StringBuilder html, BudgetTable table)
    {
        var columns = table.Columns.Select(c => c.Index)
            .Concat(table.Rows.SelectMany(r => r.Amounts.Select(a => a.Provenance.Column ?? a.Column))).Distinct().Order().ToList();
        var sheet = table.Rows.SelectMany(r => r.Amounts).Select(a => a.Provenance.Sheet).FirstOrDefault(s => s is not null);
        var letters = new Dictionary<int, string>();
        foreach (var a in table.Rows.SelectMany(r => r.Amounts))
            if (a.Provenance.Cell is { } cell)
                letters.TryAdd(a.Provenance.Column ?? a.Column, new string(cell.TakeWhile(char.IsLetter).ToArray()));
        html.Append($"<section class=\"grid-table\" id=\"table-{table.Index}\"><h3>table {table.Index} · {E(table.Title ?? table.Kind.Text())} <span class=\"muted\">{E(table.Kind.Text())}{(sheet is null ? $" · page {table.FirstPage}" : " · sheet " + E(sheet))}{(table.AmountUnit is null ? "" : " · " + E(table.AmountUnit))}</span></h3>");
        html.Append("<div class=\"wide\"><table class=\"grid\"><thead>");
        if (letters.Count > 0)
        {
            html.Append("<tr><th></th>");
            foreach (var c in columns) html.Append($"<th class=\"addr\">{E(letters.GetValueOrDefault(c) ?? "")}</th>");
            html.Append("</tr>");
        }
        html.Append("<tr><th>row</th>");
        foreach (var c in columns) html.Append($"<th>{E(table.Columns.FirstOrDefault(x => x.Index == c)?.Label ?? "")}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            var rowLabel = row.Amounts.Select(a => a.Provenance.Line).FirstOrDefault(l => l is not null) ?? row.Provenance.Line;
            html.Append($"<tr><th>{(letters.Count > 0 && rowLabel is not null ? rowLabel.Value.ToString(CultureInfo.InvariantCulture) : row.Index.ToString(CultureInfo.InvariantCulture))}</th>");
            foreach (var c in columns)
            {
                var role = table.Columns.FirstOrDefault(x => x.Index == c)?.Role;
                var amount = row.Amounts.FirstOrDefault(a => (a.Provenance.Column ?? a.Column) == c);
                if (amount is not null)
                {
                    var addr = amount.Provenance.Cell is { } cell ? $" title=\"{E((amount.Provenance.Sheet is null ? "" : amount.Provenance.Sheet + "!") + cell)}\"" : "";
                    html.Append($"<td class=\"num cell\" data-cell=\"{CellKey(table.Index, amount.Provenance.Row ?? row.Index, c)}\"{addr}>{E(amount.Printed)}</td>");
                }
                else if (role == ColumnRole.Code) html.Append($"<td>{E(row.PrintedCode ?? row.Code ?? "")}</td>");
                else if (role == ColumnRole.Name) html.Append($"<td>{E(row.Name ?? "")}</td>");
                else html.Append("<td></td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table></div></section>");
    }

    /// <summary>
    /// The data the script works with: findings (id, cells, first page, prior review) and line items by cell key,
    /// written straight to the page (every &lt; escaped, so no text can close the script element).
    /// </summary>
    static void WriteData(TextWriter writer, BudgetDocument doc)
    {
        using var json = new JsonTextWriter(writer) { CloseOutput = false, StringEscapeHandling = StringEscapeHandling.EscapeHtml, Formatting = Formatting.None };
        void Property(string name, string? value)
        {
            json.WritePropertyName(name);
            json.WriteValue(value);
        }
        void Number(string name, int? value)
        {
            json.WritePropertyName(name);
            json.WriteValue(value);
        }
        var spanned = SpannedKeys(doc);
        string Key(int table, int row, int column) => CellKey(table, row, column) is var k && spanned.TryGetValue(k, out var anchor) ? anchor : k;
        json.WriteStartObject();
        Property("document", doc.Document);
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var f in doc.Checks)
        {
            json.WriteStartObject();
            Property("id", f.Id);
            Property("rule", f.Rule);
            Property("severity", f.Severity.Text());
            Property("location", f.Location);
            json.WritePropertyName("cells");
            json.WriteStartArray();
            foreach (var c in f.Cells)
            {
                json.WriteStartObject();
                Property("key", Key(c.TableIndex, c.Row, c.Column));
                Property("role", c.Role.Text());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            Number("page", f.Cells.FirstOrDefault()?.Provenance.Page ?? f.Provenance?.Page);
            Number("table", f.TableIndex);
            Property("review", f.Review.Text());
            Property("comment", f.ReviewComment);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("items");
        json.WriteStartObject();
        foreach (var table in doc.Tables)
        {
            var label = $"table {table.Index} {table.Kind.Text()}{(table.Number is null ? "" : " · " + table.Number)}";
            foreach (var row in table.Rows)
            foreach (var a in row.Amounts)
            {
                json.WritePropertyName(Key(table.Index, a.Provenance.Row ?? row.Index, a.Provenance.Column ?? a.Column));
                json.WriteStartObject();
                Property("table", label);
                Property("code", row.Code);
                Property("name", row.Name);
                Property("measure", a.Measure.Text());
                Property("column", a.ColumnLabel);
                Property("printed", a.Printed);
                Property("unit", a.Unit);
                Property("yuan", a.Yuan?.ToString(CultureInfo.InvariantCulture));
                Number("page", a.Provenance.Page);
                if (a.Provenance.Cell is { } cell) Property("cell", (a.Provenance.Sheet is null ? "" : a.Provenance.Sheet + "!") + cell);
                json.WriteEndObject();
            }
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
    }

    static string E(string s) => WebUtility.HtmlEncode(s);

    const string Css = """
        body{margin:0;font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#222;display:flex;height:100vh}
        #pages{flex:1;overflow:auto;background:#e5e7eb;padding:12px}#panel{width:440px;overflow:auto;border-left:1px solid #ccc;background:#fafafa;padding:8px}
        .page{margin:0 auto 16px;width:max-content}.page-no{font-size:12px;color:#555}.page svg{display:block;background:white;box-shadow:0 1px 4px #0003}
        .page text{font-family:"Noto Sans CJK SC","Source Han Sans SC",sans-serif;fill:#222}.rulings line{stroke:#888;stroke-width:.5}
        .outline{fill:none;stroke:#2563eb;stroke-width:.6;stroke-dasharray:3 2}.outline-label{font-size:7px;fill:#2563eb!important}
        .cell{fill:transparent;stroke:none;cursor:pointer}rect.cell:hover{fill:#2563eb22}
        rect.cell.hl-checked{fill:#dc262633;stroke:#dc2626;stroke-width:1.2}rect.cell.hl-part{fill:#f59e0b33;stroke:#ea7800;stroke-width:.8}
        rect.place{fill:none;stroke:none;pointer-events:none}rect.place.hl-checked{fill:#dc26261a;stroke:#dc2626;stroke-width:1.2;stroke-dasharray:4 2}
        .grid-table.hl-checked{outline:2px solid #dc2626}
        td.cell{cursor:pointer}td.cell.hl-checked{background:#fecaca;outline:2px solid #dc2626}td.cell.hl-part{background:#fde68a;outline:1px solid #ea7800}
        rect.cell.selected,td.cell.selected{stroke:#2563eb;stroke-width:1;outline:2px solid #2563eb}
        .box{background:white;border:1px solid #ddd;border-radius:6px;padding:8px;margin-bottom:8px}h1{font-size:15px;margin:0;overflow-wrap:anywhere}h2{font-size:14px;margin:0 0 6px}
        .muted{color:#666}.small{font-size:11px}.finding{border-left:4px solid #999;padding:4px 6px;margin:6px 0;cursor:pointer;font-size:12px}
        .finding.sev-error{border-color:#dc2626}.finding.sev-warning{border-color:#ea7800}.finding.sev-info{border-color:#60a5fa}
        .finding.active{background:#eff6ff}.finding.decided-dismissed{opacity:.6}.finding.decided-confirmed .state{color:#b91c1c}
        .sev{text-transform:uppercase;font-size:10px;font-weight:bold}.loc{overflow-wrap:anywhere}.decide{margin-top:3px}.comment{width:150px}
        .tables{font-size:12px;padding-left:22px}.grid-table{background:white;padding:8px;margin-bottom:16px}.wide{overflow-x:auto}
        table.grid{border-collapse:collapse;font-size:12px}.grid th,.grid td{border:1px solid #ccc;padding:2px 5px}.grid th{background:#f3f4f6}
        .grid tr.head td{background:#f3f4f6;font-weight:600;text-align:center}.grid td.num{text-align:right;font-variant-numeric:tabular-nums}.addr{color:#666;font-weight:normal}#item dl{display:grid;grid-template-columns:auto 1fr;gap:1px 8px;margin:4px 0;font-size:12px}#item dt{color:#666}
        """;

    const string Script = """
        (function () {
          var data = JSON.parse(document.getElementById('data').textContent);
          var decisions = {};
          data.findings.forEach(function (f) { if (f.review) decisions[f.id] = { decision: f.review, comment: f.comment || '' }; });
          var byId = {};
          data.findings.forEach(function (f) { byId[f.id] = f; });
          function cells(key) { return document.querySelectorAll('[data-cell="' + key + '"]'); }
          function clearHighlight() {
            document.querySelectorAll('.hl-checked,.hl-part').forEach(function (e) { e.classList.remove('hl-checked', 'hl-part'); });
            document.querySelectorAll('.finding.active').forEach(function (e) { e.classList.remove('active'); });
          }
          function showFinding(id) {
            var f = byId[id]; if (!f) return;
            clearHighlight();
            var card = document.getElementById('f-' + id); if (card) card.classList.add('active');
            var first = null;
            f.cells.forEach(function (c) {
              cells(c.key).forEach(function (e) {
                e.classList.add(c.role === 'checked' ? 'hl-checked' : 'hl-part');
                if (!first) first = e;
              });
            });
            document.querySelectorAll('[data-finding="' + id + '"]').forEach(function (e) {
              e.classList.add('hl-checked');
              if (!first) first = e;
            });
            if (!first && f.table) {
              var t = document.getElementById('table-' + f.table);
              if (t) { t.classList.add('hl-checked'); first = t; }
            }
            if (first) first.scrollIntoView({ block: 'center', inline: 'center' });
            else if (f.page) { var p = document.getElementById('page-' + f.page); if (p) p.scrollIntoView({ block: 'start' }); }
          }
          function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
          function showItem(key, el) {
            var it = data.items[key]; if (!it) return;
            document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
            el.classList.add('selected');
            var rows = [['table', it.table], ['code', it.code], ['name', it.name], ['measure', it.measure], ['column', it.column],
              ['printed', it.printed + (it.unit ? ' ' + it.unit : '')], ['yuan', it.yuan], ['page', it.page], ['cell', it.cell]];
            document.getElementById('item-body').innerHTML = '<dl>' + rows.filter(function (r) { return r[1] != null && r[1] !== ''; })
              .map(function (r) { return '<dt>' + r[0] + '</dt><dd data-field="' + r[0] + '">' + esc(r[1]) + '</dd>'; }).join('') + '</dl>';
            document.getElementById('item-body').className = '';
          }
          function refresh(id) {
            var card = document.getElementById('f-' + id); if (!card) return;
            var d = decisions[id];
            card.classList.remove('decided-confirmed', 'decided-dismissed');
            card.querySelectorAll('input[type=radio]').forEach(function (r) { r.checked = !!d && r.value === d.decision; });
            card.querySelector('.comment').value = d ? d.comment : '';
            card.querySelector('.state').textContent = d ? d.decision : '';
            if (d) card.classList.add('decided-' + d.decision);
            document.getElementById('decided').textContent = Object.keys(decisions).length + ' of ' + data.findings.length + ' decided';
          }
          document.querySelectorAll('.finding').forEach(function (card) {
            var id = card.getAttribute('data-id');
            card.addEventListener('click', function (e) { if (!e.target.closest('.decide')) showFinding(id); });
            card.querySelectorAll('input[type=radio]').forEach(function (r) {
              r.addEventListener('change', function () {
                decisions[id] = { decision: r.value, comment: card.querySelector('.comment').value };
                refresh(id);
              });
            });
            card.querySelector('.comment').addEventListener('input', function (e) {
              if (decisions[id]) decisions[id].comment = e.target.value;
            });
            refresh(id);
          });
          document.querySelectorAll('[data-cell]').forEach(function (e) {
            e.addEventListener('click', function () { showItem(e.getAttribute('data-cell'), e); });
          });
          // a CSV field: quoted, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula
          function field(s) {
            s = String(s == null ? '' : s);
            if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
            return '"' + s.replace(/"/g, '""') + '"';
          }
          function csv() {
            var lines = ['finding_id,document,rule,severity,location,decision,comment'];
            data.findings.forEach(function (f) {
              var d = decisions[f.id]; if (!d) return;
              lines.push([f.id, data.document, f.rule, f.severity, f.location, d.decision, d.comment].map(field).join(','));
            });
            return '\ufeff' + lines.join('\r\n') + '\r\n';
          }
          window.reviewCsv = csv;
          document.getElementById('download').addEventListener('click', function () {
            var blob = new Blob([csv()], { type: 'text/csv;charset=utf-8' });
            var a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = data.document.replace(/[\\/:*?"<>|]/g, '_') + '.reviews.csv';
            document.body.appendChild(a); a.click(); a.remove();
          });
          document.querySelectorAll('a[data-table]').forEach(function (a) {
            a.addEventListener('click', function (e) {
              var t = document.querySelector(a.getAttribute('href')); if (t) { e.preventDefault(); t.scrollIntoView({ block: 'start' }); }
            });
          });
        })();
        """;
}
