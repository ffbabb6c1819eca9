using System.Globalization;
using System.Net;
using System.Text;
using Extractor.Raw;

namespace Extractor.Layout;

/// <summary>A picture on the page, as the debug drawing shows it: its box and what it was taken for.</summary>
public sealed record SvgPicture(BoundingBox Box, string Label, bool NeedsOcr);

/// <summary>
/// Everything drawn for one page: its upright geometry, the layout analysis (null for scans, empty and unreadable
/// pages), the document's final tables (after stitching; each draws the cells that lie on this page, with the
/// table's number in the whole document), the pictures, and a note (page quality and reason).
/// </summary>
public sealed record SvgPageContent(int Number, PageGeometry? Geometry, PageAnalysis? Analysis)
{
    /// <summary>Final tables of the document with their 1-based numbers (as in the <c>tables</c> JSON).</summary>
    public IReadOnlyList<(int Index, RawTable Table)> Tables { get; init; } = Array.Empty<(int, RawTable)>();
    public IReadOnlyList<SvgPicture> Pictures { get; init; } = Array.Empty<SvgPicture>();
    public string? Note { get; init; }
    /// <summary>How the page was turned upright ("Rotate90", ...), null when it was not.</summary>
    public string? TurnedFrom { get; init; }
}

/// <summary>
/// Draws one page's layout decisions as SVG, upright (rotated pages turned as layout saw them), so a wrong table can be
/// seen rather than guessed at: letters (dark grey), rulings (blue), each table's cells filled by row in alternating
/// colours with merged cells hatched and labelled with their span, ruled-grid cells before compaction (dotted green),
/// table boxes (red, labelled with number, method, size and pages), text blocks (orange), pictures (grey; red dashed
/// when taken for a table that needs OCR). A legend band under the page gives the page number and the key.
/// </summary>
public static class SvgPageRenderer
{
    static readonly string Defs =
        "<defs><pattern id=\"span\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">" +
        $"<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{SpanColour}\" stroke-width=\"1\" stroke-opacity=\"0.35\"/></pattern>" +
        "<pattern id=\"picture\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">" +
        $"<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"{PictureColour}\" stroke-width=\"1.5\" stroke-opacity=\"0.3\"/></pattern></defs>\n" +
        "<style>text { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; } .label { font-weight: bold; paint-order: stroke; stroke: white; stroke-width: 2.5px; }</style>\n";

    static readonly string[] RowFills = { "#dbeafe", "#fde7c8" };
    const string RulingColour = "#1d4ed8", TableColour = "#dc2626", BlockColour = "#ea8c00", SpanColour = "#7c3aed",
        GridColour = "#16a34a", TextColour = "#222", PictureColour = "#6b7280";

    /// <summary>The page as its layout analysis saw it (tables before stitching).</summary>
    public static string Render(PageAnalysis a) => Render(new SvgPageContent(a.Geometry.Number, a.Geometry, a)
    {
        Tables = a.Blocks.OfType<RawTable>().Select((t, i) => (i + 1, t)).ToList(),
    });

    public static string Render(SvgPageContent page)
    {
        var g = page.Geometry;
        double width = g?.Width ?? 595, height = g?.Height ?? 842;
        var sb = new StringBuilder();
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        string Y(double y) => F(height - y);
        string Rect(BoundingBox b) => $"x=\"{F(b.Left)}\" y=\"{Y(b.Top)}\" width=\"{F(Math.Max(0, b.Width))}\" height=\"{F(Math.Max(0, b.Height))}\"";
        string E(string s) => WebUtility.HtmlEncode(s);

        // pictures under everything
        foreach (var p in page.Pictures)
        {
            var stroke = p.NeedsOcr ? TableColour : PictureColour;
            sb.Append($"<rect class=\"picture\" {Rect(p.Box)} fill=\"url(#picture)\" stroke=\"{stroke}\" stroke-width=\"{(p.NeedsOcr ? 1.5 : 0.8)}\" stroke-dasharray=\"6 3\"><title>{E(p.Label)}</title></rect>\n");
            if (p.Label.Length > 0 && p.Box.Height >= 12)
                sb.Append($"<text class=\"label\" x=\"{F(p.Box.Left + 3)}\" y=\"{Y(p.Box.Top)}\" dy=\"10\" font-size=\"8\" fill=\"{stroke}\">{E(p.Label)}</text>\n");
        }

        // final table cells on this page, filled by row
        var drawnTables = new List<(int Index, RawTable Table, BoundingBox Box, int FirstRow, int LastRow)>();
        foreach (var (index, table) in page.Tables)
        {
            var cells = table.Cells.Where(c => c.Box is not null && (c.Page == page.Number || c.Page == 0 && table.Page == page.Number)).ToList();
            if (cells.Count == 0) continue;
            foreach (var c in cells)
            {
                var b = c.Box!.Value;
                var spans = c.RowSpan > 1 || c.ColSpan > 1;
                var fill = RowFills[c.Row % RowFills.Length];
                var tip = $"table {index} row {c.Row} col {c.Col}{(spans ? $" span {c.RowSpan}×{c.ColSpan}" : "")}: {c.Text}";
                sb.Append($"<rect class=\"cell\" data-table=\"{index}\" data-row=\"{c.Row}\" data-col=\"{c.Col}\" {Rect(b)} fill=\"{fill}\" fill-opacity=\"{(c.Text.Length == 0 ? "0.35" : "0.9")}\" stroke=\"#94a3b8\" stroke-width=\"0.3\"><title>{E(tip)}</title></rect>\n");
                if (spans)
                {
                    sb.Append($"<rect class=\"span\" {Rect(b)} fill=\"url(#span)\" stroke=\"{SpanColour}\" stroke-width=\"0.8\"/>\n");
                    sb.Append($"<text x=\"{F(b.Right - 1)}\" y=\"{Y(b.Bottom)}\" dy=\"-1.5\" text-anchor=\"end\" font-size=\"6\" fill=\"{SpanColour}\">{c.RowSpan}×{c.ColSpan}</text>\n");
                }
            }
            var box = cells.Select(c => c.Box!.Value).Aggregate((x, y) => x.Union(y));
            drawnTables.Add((index, table, box, cells.Min(c => c.Row), cells.Max(c => c.Row + c.RowSpan - 1)));
        }

        // ruled grids as layout found them (before compaction): dotted, so dropped or merged cells show
        if (page.Analysis is { } a)
        {
            foreach (var grid in a.Grids)
                foreach (var c in grid.Cells)
                    sb.Append($"<rect class=\"grid-cell\" {Rect(c.Box)} fill=\"none\" stroke=\"{GridColour}\" stroke-width=\"0.4\" stroke-dasharray=\"1 1.5\"/>\n");
            foreach (var r in a.Rulings)
                sb.Append(r.Horizontal
                    ? $"<line class=\"ruling\" x1=\"{F(r.Start)}\" y1=\"{Y(r.Position)}\" x2=\"{F(r.End)}\" y2=\"{Y(r.Position)}\" stroke=\"{RulingColour}\" stroke-width=\"0.6\"/>\n"
                    : $"<line class=\"ruling\" x1=\"{F(r.Position)}\" y1=\"{Y(r.Start)}\" x2=\"{F(r.Position)}\" y2=\"{Y(r.End)}\" stroke=\"{RulingColour}\" stroke-width=\"0.6\"/>\n");
        }

        if (g != null)
            foreach (var gl in g.Glyphs)
                sb.Append($"<text x=\"{F(gl.Left)}\" y=\"{Y(gl.Baseline)}\" font-size=\"{F(gl.FontSize)}\" textLength=\"{F(Math.Max(0.1, gl.Right - gl.Left))}\" lengthAdjust=\"spacingAndGlyphs\" fill=\"{TextColour}\"{(gl.Bold ? " font-weight=\"bold\"" : "")}>{E(gl.Text)}</text>\n");

        if (page.Analysis is { } analysis)
            foreach (var b in analysis.Blocks.OfType<TextBlock>())
                if (b.Box is { } box)
                    sb.Append($"<rect class=\"block\" {Rect(box)} fill=\"none\" stroke=\"{BlockColour}\" stroke-width=\"0.5\"><title>{E(b.Hint.ToString().ToLowerInvariant())}: {E(b.Text)}</title></rect>\n");

        foreach (var (index, table, box, firstRow, lastRow) in drawnTables)
        {
            var pages = table.LastPage > table.Page ? $", pages {table.Page}–{table.LastPage}" : "";
            var part = table.LastPage > table.Page ? $", rows {firstRow}–{lastRow} here" : "";
            var label = $"table {index}: {table.Method} {table.RowCount}×{table.ColumnCount}{pages}{part}";
            sb.Append($"<rect class=\"table\" data-table=\"{index}\" {Rect(box)} fill=\"none\" stroke=\"{TableColour}\" stroke-width=\"1.2\"/>\n");
            sb.Append($"<text class=\"label\" x=\"{F(box.Left)}\" y=\"{Y(box.Bottom)}\" dy=\"9\" font-size=\"8\" fill=\"{TableColour}\">{E(label)}</text>\n");
        }

        var legend = new StringBuilder();
        var legendHeight = AppendLegend(legend, page, width, height, F);
        var svg = new StringBuilder(sb.Length + legend.Length + 1500);
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{F(width)}\" height=\"{F(height + legendHeight)}\" viewBox=\"0 0 {F(width)} {F(height + legendHeight)}\" data-page=\"{page.Number}\" data-page-width=\"{F(width)}\" data-page-height=\"{F(height)}\">\n");
        svg.Append(Defs);
        svg.Append($"<rect width=\"{F(width)}\" height=\"{F(height + legendHeight)}\" fill=\"white\"/>\n");
        svg.Append($"<rect class=\"page\" x=\"0\" y=\"0\" width=\"{F(width)}\" height=\"{F(height)}\" fill=\"none\" stroke=\"#999\" stroke-width=\"0.5\"/>\n");
        svg.Append(sb).Append(legend).Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Appends the legend band under the page: page number and note (wrapped), then the key; returns its height.</summary>
    static double AppendLegend(StringBuilder sb, SvgPageContent page, double width, double height, Func<double, string> F)
    {
        double y = height + 4, x = 6;
        var title = $"page {page.Number}" + (page.TurnedFrom != null ? $" (turned upright: text was {page.TurnedFrom})" : "") +
                    (page.Note != null ? $" · {page.Note}" : "");
        sb.Append("<g class=\"legend\">\n");
        foreach (var line in Wrap(title, 9, width - 12))
        {
            y += 12;
            sb.Append($"<text x=\"{F(x)}\" y=\"{F(y)}\" font-size=\"9\" font-weight=\"bold\" fill=\"#111\">{WebUtility.HtmlEncode(line)}</text>\n");
        }
        y += 14;
        void Key(string swatch, string text)
        {
            var needed = 14 + TextWidth(text, 7) + 12;
            if (x + needed > width && x > 6) { x = 6; y += 12; }
            sb.Append(swatch.Replace("{x}", F(x)).Replace("{y}", F(y - 7)));
            sb.Append($"<text x=\"{F(x + 14)}\" y=\"{F(y)}\" font-size=\"7\" fill=\"#333\">{text}</text>\n");
            x += needed;
        }
        Key($"<rect x=\"{{x}}\" y=\"{{y}}\" width=\"10\" height=\"8\" fill=\"{RowFills[0]}\" stroke=\"#94a3b8\"/><rect x=\"{{x}}\" y=\"{{y}}\" width=\"10\" height=\"4\" fill=\"{RowFills[1]}\"/>", "cells, rows alternate");
        Key("<rect x=\"{x}\" y=\"{y}\" width=\"10\" height=\"8\" fill=\"url(#span)\" stroke=\"" + SpanColour + "\"/>", "merged cell (rows×cols)");
        Key("<rect x=\"{x}\" y=\"{y}\" width=\"10\" height=\"8\" fill=\"none\" stroke=\"" + TableColour + "\" stroke-width=\"1.2\"/>", "table: ruled = from rulings, stream = from text alignment");
        Key("<rect x=\"{x}\" y=\"{y}\" width=\"10\" height=\"1.2\" fill=\"" + RulingColour + "\"/>", "ruling");
        Key("<rect x=\"{x}\" y=\"{y}\" width=\"10\" height=\"8\" fill=\"none\" stroke=\"" + GridColour + "\" stroke-dasharray=\"1 1.5\"/>", "grid cell before compaction");
        Key("<rect x=\"{x}\" y=\"{y}\" width=\"10\" height=\"8\" fill=\"none\" stroke=\"" + BlockColour + "\"/>", "text block");
        Key("<rect x=\"{x}\" y=\"{y}\" width=\"10\" height=\"8\" fill=\"url(#picture)\" stroke=\"" + PictureColour + "\" stroke-dasharray=\"3 1\"/>", "picture (red: scan, table or text as image: needs OCR)");
        sb.Append("</g>\n");
        return y + 8 - height;
    }

    /// <summary>Rough printed width: CJK and full-width characters one em, others about half.</summary>
    static double TextWidth(string text, double size) => text.Sum(c => c >= '\u2E80' ? size : 0.55 * size);

    static IEnumerable<string> Wrap(string text, double size, double width)
    {
        var line = new StringBuilder();
        foreach (var c in text)
        {
            if (TextWidth(line.ToString() + c, size) > width) { yield return line.ToString(); line.Clear(); }
            line.Append(c);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
