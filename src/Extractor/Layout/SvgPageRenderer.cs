using System.Globalization;
using System.Net;
using System.Text;
using Extractor.Raw;

namespace Extractor.Layout;

/// <summary>
/// Draws one page's layout decisions as SVG: letters (grey), rulings (blue), grid cells (green), table boxes (red,
/// labelled with method and size), text blocks (orange outline), so a wrong table can be seen rather than guessed at.
/// </summary>
public static class SvgPageRenderer
{
    public static string Render(PageAnalysis a)
    {
        var g = a.Geometry;
        var sb = new StringBuilder();
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        string Y(double y) => F(g.Height - y);
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{F(g.Width)}\" height=\"{F(g.Height)}\" viewBox=\"0 0 {F(g.Width)} {F(g.Height)}\">\n");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        foreach (var grid in a.Grids)
            foreach (var c in grid.Cells)
                sb.Append($"<rect x=\"{F(c.Box.Left)}\" y=\"{Y(c.Box.Top)}\" width=\"{F(c.Box.Width)}\" height=\"{F(c.Box.Height)}\" fill=\"#e6ffe6\" stroke=\"green\" stroke-width=\"0.3\"/>\n");
        foreach (var r in a.Rulings)
            sb.Append(r.Horizontal
                ? $"<line x1=\"{F(r.Start)}\" y1=\"{Y(r.Position)}\" x2=\"{F(r.End)}\" y2=\"{Y(r.Position)}\" stroke=\"blue\" stroke-width=\"0.6\"/>\n"
                : $"<line x1=\"{F(r.Position)}\" y1=\"{Y(r.Start)}\" x2=\"{F(r.Position)}\" y2=\"{Y(r.End)}\" stroke=\"blue\" stroke-width=\"0.6\"/>\n");
        foreach (var gl in a.Geometry.Glyphs)
            sb.Append($"<text x=\"{F(gl.Left)}\" y=\"{Y(gl.Baseline)}\" font-size=\"{F(gl.FontSize)}\" fill=\"#444\">{WebUtility.HtmlEncode(gl.Text)}</text>\n");
        foreach (var b in a.Blocks)
        {
            if (b.Box is not { } box) continue;
            if (b is RawTable t)
            {
                sb.Append($"<rect x=\"{F(box.Left)}\" y=\"{Y(box.Top)}\" width=\"{F(box.Width)}\" height=\"{F(box.Height)}\" fill=\"none\" stroke=\"red\" stroke-width=\"1.2\"/>\n");
                sb.Append($"<text x=\"{F(box.Left)}\" y=\"{Y(box.Top) }\" dy=\"-2\" font-size=\"7\" fill=\"red\">{t.Method} {t.RowCount}x{t.ColumnCount}</text>\n");
                if (t.Method == "stream")
                    foreach (var c in t.Cells)
                        if (c.Box is { } cb)
                            sb.Append($"<rect x=\"{F(cb.Left)}\" y=\"{Y(cb.Top)}\" width=\"{F(cb.Width)}\" height=\"{F(cb.Height)}\" fill=\"none\" stroke=\"green\" stroke-width=\"0.4\"/>\n");
            }
            else
                sb.Append($"<rect x=\"{F(box.Left)}\" y=\"{Y(box.Top)}\" width=\"{F(box.Width)}\" height=\"{F(box.Height)}\" fill=\"none\" stroke=\"orange\" stroke-width=\"0.5\"/>\n");
        }
        sb.Append("</svg>\n");
        return sb.ToString();
    }
}
