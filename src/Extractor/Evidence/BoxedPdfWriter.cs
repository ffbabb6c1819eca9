using System.Globalization;
using System.Text;
using Extractor.Layout;
using Extractor.Model;
using Extractor.Raw;
using Extractor.Sources.Pdf;
using Extractor.Writers;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Extractor.Evidence;

/// <summary>
/// The boxed PDF: a copy of the input PDF (PdfPig's document builder copies each page; the original is never
/// written) in which every page holding an error or warning finding gets the finding's cells boxed (red for error,
/// orange for warning; the value found wrong with a thicker line, the parts it was compared with thinner), the
/// expected and printed figures written beside the value, and a thin blue outline and label on each recognised
/// table of that page. Pages without such findings are copied untouched. Labels use a standard PDF font, so they
/// carry Latin letters and digits only (rule ids, table kinds and figures).
/// </summary>
public static class BoxedPdfWriter
{
    public static readonly (byte R, byte G, byte B) ErrorColour = (220, 38, 38), WarningColour = (234, 120, 0), TableColour = (37, 99, 235);
    public const double CheckedLineWidth = 1.4, PartLineWidth = 0.7, TableLineWidth = 0.4;
    /// <summary>Margin drawn around a cell's box so the rectangle never runs over its letters.</summary>
    public const double Margin = 1.0;
    const double LabelSize = 6.5;

    /// <summary>Writes the boxed copy of <paramref name="sourcePdf"/> to <paramref name="target"/> (atomically); returns the pages drawn on.</summary>
    public static int Write(BudgetDocument doc, string sourcePdf, string target, EvidencePlan? plan = null)
    {
        plan ??= EvidencePlan.For(doc);
        var findings = plan.Findings.Where(m => m.Finding.Severity is Severity.Error or Severity.Warning)
            .GroupBy(m => m.Page).ToDictionary(g => g.Key, g => g.ToList());
        var tables = plan.Tables.GroupBy(t => t.Page).ToDictionary(g => g.Key, g => g.ToList());

        using var source = PdfDocument.Open(sourcePdf, new ParsingOptions { ClipPaths = true, SkipMissingFonts = true });
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var drawn = 0;
        for (var n = 1; n <= source.NumberOfPages; n++)
        {
            var page = builder.AddPage(source, n);
            if (!findings.TryGetValue(n, out var marks)) continue;
            var original = source.GetPage(n);
            var orientation = PageOrientation.Of(original);
            var canvas = new Canvas(page, orientation, font, orientation.UprightWidth);
            foreach (var t in tables.GetValueOrDefault(n) ?? new List<TableOutline>())
            {
                canvas.Rect(t.Box, TableColour, TableLineWidth, 2.5);
                canvas.Label($"table {t.TableIndex} {t.Kind}{NumberSuffix(t.Number)}", t.Box.Left - 2.5, t.Box.Top + 4, TableColour);
            }
            foreach (var mark in marks)
            {
                var colour = mark.Finding.Severity == Severity.Error ? ErrorColour : WarningColour;
                foreach (var cell in mark.Cells)
                    canvas.Rect(cell.Provenance.Box!.Value, colour, cell.Role == FindingCellRole.Checked ? CheckedLineWidth : PartLineWidth, Margin);
                var anchor = mark.Anchor.Provenance.Box!.Value;
                var text = mark.Anchor.Role == FindingCellRole.Checked
                    ? $"{mark.Finding.Rule}: expected {mark.Finding.Expected}, printed {mark.Finding.Actual}"
                    : $"{mark.Finding.Rule}: part of {mark.Finding.Expected} vs {mark.Finding.Actual}";
                canvas.Beside(text, anchor, colour);
            }
            drawn++;
        }
        var bytes = builder.Build();
        using var file = new AtomicFile(target);
        File.WriteAllBytes(file.TempPath, bytes);
        file.Commit();
        return drawn;
    }

    /// <summary>The printed table number's Latin part ("单位公开表 3" → " no. 3"), empty when none.</summary>
    static string NumberSuffix(string? number)
    {
        var latin = Latin(number ?? "").Replace("?", "").Trim();
        return latin.Length == 0 ? "" : " no. " + latin;
    }

    /// <summary>Printable ASCII only (the standard font has no CJK glyphs): other characters become '?'.</summary>
    public static string Latin(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(c is >= ' ' and <= '~' ? c : '?');
        return sb.ToString();
    }

    /// <summary>Draws in upright page space on a copied page, mapping back to the page's own user space.</summary>
    sealed class Canvas(PdfPageBuilder page, PageOrientation orientation, PdfDocumentBuilder.AddedFont font, double uprightWidth)
    {
        public void Rect(BoundingBox box, (byte R, byte G, byte B) colour, double lineWidth, double margin)
        {
            var a = orientation.Unmap(new PdfPoint(box.Left - margin, box.Bottom - margin));
            var b = orientation.Unmap(new PdfPoint(box.Right + margin, box.Top + margin));
            page.SetStrokeColor(colour.R, colour.G, colour.B);
            page.DrawRectangle(new PdfPoint(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y)), Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y), lineWidth);
            page.ResetColor();
        }

        public void Label(string text, double x, double y, (byte R, byte G, byte B) colour)
        {
            page.SetTextAndFillColor(colour.R, colour.G, colour.B);
            page.AddText(Latin(text), LabelSize, orientation.Unmap(new PdfPoint(x, y)), font);
            page.ResetColor();
        }

        /// <summary>A label to the right of the box, or to its left when the page ends first.</summary>
        public void Beside(string text, BoundingBox box, (byte R, byte G, byte B) colour)
        {
            var width = Latin(text).Length * LabelSize * 0.5;
            var x = box.Right + Margin + 2 + width <= uprightWidth ? box.Right + Margin + 2 : Math.Max(0, box.Left - Margin - 2 - width);
            var y = box.Right + Margin + 2 + width <= uprightWidth || box.Left - Margin - 2 - width >= 0 ? box.Bottom + 1 : box.Top + Margin + 2;
            Label(text, x, y, colour);
        }
    }
}
