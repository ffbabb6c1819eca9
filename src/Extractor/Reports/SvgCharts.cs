using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Extractor.Reports;

/// <summary>Inline SVG charts drawn from numbers: horizontal bars (grouped series) and 100% stacked bars.</summary>
public static class SvgCharts
{
    /// <summary>Series colours (colour-blind-safe palette), cycled.</summary>
    public static readonly string[] Palette =
    {
        "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
        "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#7f7f7f",
    };

    const int LabelWidth = 260, BarArea = 520, RowGap = 10, BarHeight = 14;

    static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>One group of bars per category (one bar per series); values labelled with <paramref name="format"/>.</summary>
    public static string GroupedBars(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<decimal?> Values)> series,
        Func<decimal, string> format)
    {
        var max = series.SelectMany(s => s.Values).Where(v => v is > 0).Select(v => (double)v!.Value).DefaultIfEmpty(1).Max();
        var groupHeight = series.Count * BarHeight + RowGap;
        var height = 30 + categories.Count * groupHeight + 24;
        var width = LabelWidth + BarArea + 120;
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" class=\"chart\"><title>{HtmlEncode(title)}</title>");
        Legend(svg, series.Select(s => s.Name).ToList(), LabelWidth, 14);
        for (var c = 0; c < categories.Count; c++)
        {
            var top = 30 + c * groupHeight;
            svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{top + series.Count * BarHeight / 2.0 + 4:0.#}\" text-anchor=\"end\" class=\"label\">{HtmlEncode(Shorten(categories[c]))}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                var y = top + s * BarHeight;
                if (series[s].Values[c] is not { } value)
                {
                    svg.Append($"<text x=\"{LabelWidth + 4}\" y=\"{y + BarHeight - 3}\" class=\"na\">not stated</text>");
                    continue;
                }
                var w = Math.Max(0, (double)value / max * BarArea);
                svg.Append($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{F(w)}\" height=\"{BarHeight - 2}\" fill=\"{Palette[s % Palette.Length]}\"><title>{HtmlEncode(categories[c])}: {HtmlEncode(series[s].Name)} {HtmlEncode(format(value))}</title></rect>");
                svg.Append($"<text x=\"{F(LabelWidth + w + 4)}\" y=\"{y + BarHeight - 3}\" class=\"value\">{HtmlEncode(format(value))}</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>One 100% bar per category, split into parts (shares 0–1) coloured by part key.</summary>
    public static string StackedShares(string title, IReadOnlyList<(string Category, IReadOnlyDictionary<string, decimal> Shares)> rows,
        IReadOnlyList<(string Key, string Label)> parts)
    {
        var colour = parts.Select((p, i) => (p.Key, Palette[i % Palette.Length])).ToDictionary(p => p.Key, p => p.Item2);
        var legendRows = (parts.Count + 3) / 4;
        var legendHeight = legendRows * 18 + 8;
        var height = legendHeight + rows.Count * (BarHeight + RowGap) + 10;
        var width = LabelWidth + BarArea + 40;
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" class=\"chart\"><title>{HtmlEncode(title)}</title>");
        for (var i = 0; i < parts.Count; i++)
        {
            var x = 10 + i % 4 * 190;
            var y = 6 + i / 4 * 18;
            svg.Append($"<rect x=\"{x}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{colour[parts[i].Key]}\"/><text x=\"{x + 16}\" y=\"{y + 11}\" class=\"legend\">{HtmlEncode(Shorten(parts[i].Label, 24))}</text>");
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var y = legendHeight + r * (BarHeight + RowGap);
            svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 3}\" text-anchor=\"end\" class=\"label\">{HtmlEncode(Shorten(rows[r].Category))}</text>");
            double x = LabelWidth;
            foreach (var (key, label) in parts)
            {
                if (!rows[r].Shares.TryGetValue(key, out var share) || share <= 0) continue;
                var w = (double)share * BarArea;
                svg.Append($"<rect x=\"{F(x)}\" y=\"{y}\" width=\"{F(w)}\" height=\"{BarHeight}\" fill=\"{colour[key]}\"><title>{HtmlEncode(rows[r].Category)}: {HtmlEncode(label)} {share * 100:0.0}%</title></rect>");
                x += w;
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    static void Legend(StringBuilder svg, IReadOnlyList<string> names, int x0, int y)
    {
        var x = x0;
        for (var i = 0; i < names.Count; i++)
        {
            svg.Append($"<rect x=\"{x}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"{Palette[i % Palette.Length]}\"/><text x=\"{x + 16}\" y=\"{y}\" class=\"legend\">{HtmlEncode(names[i])}</text>");
            x += 30 + names[i].Length * 9;
        }
    }

    static string Shorten(string text, int max = 22) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
