using System.Globalization;
using System.Text;
using Extractor.Datasets;
using Extractor.Layout;
using Extractor.Model;
using Extractor.Raw;
using Extractor.Sources.Pdf;
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
/// table of that page. A finding without cells is boxed around what it points at (<see cref="FindingPlace"/>). Pages
/// without such findings are copied untouched. Labels use a standard PDF font, so they carry Latin letters and digits
/// only (rule, severity, figures, finding id, table kinds): a CJK font would have to be embedded in every copy, and
/// the figures and the id already tie a note to its finding on the review page and in checks.csv.
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
        using var source = PdfDocument.Open(sourcePdf, new ParsingOptions { ClipPaths = true, SkipMissingFonts = true });
        using var original = File.OpenRead(sourcePdf);
        return Write(source, original, target, plan ?? EvidencePlan.For(doc), n => ReadPage(source, n));
    }

    /// <summary>A page's orientation and space read from the PDF (for a page extraction did not keep).</summary>
    public static EvidencePage ReadPage(PdfDocument pdf, int number)
    {
        var page = pdf.GetPage(number);
        return new EvidencePage(number, null, PageOrientation.Of(page), PageSpace.Of(page));
    }

    /// <summary>
    /// Writes the boxed copy of an open PDF whose bytes <paramref name="original"/> reads (a stream of its own); <paramref name="pageOf"/>
    /// gives a page's orientation and space (asked only for pages drawn on). The copy is the original with an incremental update
    /// (<see cref="IncrementalPdf"/>); a file that cannot take one is copied page by page with PdfPig's document builder.
    /// </summary>
    public static int Write(PdfDocument source, Stream original, string target, EvidencePlan plan, Func<int, EvidencePage> pageOf)
    {
        var findings = plan.Findings.Where(m => m.Finding.Severity is Severity.Error or Severity.Warning)
            .GroupBy(m => m.Page).Where(g => g.Key >= 1 && g.Key <= source.NumberOfPages).ToDictionary(g => g.Key, g => g.ToList());
        var tables = plan.Tables.GroupBy(t => t.Page).ToDictionary(g => g.Key, g => g.ToList());
        using var file = new AtomicFile(target);
        using (var output = file.OpenWrite())
        {
            try
            {
                var update = new IncrementalPdf(source, original);
                Draw(findings, tables, pageOf, n => new UpdateSurface(update, n));
                update.Build(output);
            }
            catch (NotSupportedException)
            {
                output.SetLength(0);
                using var builder = new PdfDocumentBuilder();
                var font = builder.AddStandard14Font(Standard14Font.Helvetica);
                var pages = new Dictionary<int, PdfPageBuilder>();
                for (var n = 1; n <= source.NumberOfPages; n++) pages[n] = builder.AddPage(source, n);
                Draw(findings, tables, pageOf, n => new BuilderSurface(pages[n], font));
                output.Write(builder.Build());
            }
        }
        file.Commit();
        return findings.Count;
    }

    static void Draw(Dictionary<int, List<FindingMark>> findings, Dictionary<int, List<TableOutline>> tables,
        Func<int, EvidencePage> pageOf, Func<int, ISurface> surfaceOf)
    {
        foreach (var (n, marks) in findings.OrderBy(kv => kv.Key))
        {
            var page = pageOf(n);
            var (orientation, space) = (page.Orientation, page.Space);
            var canvas = new Canvas(surfaceOf(n), orientation, space, orientation.UprightWidth);
            var onPage = tables.GetValueOrDefault(n) ?? new List<TableOutline>();
            foreach (var t in onPage)
            {
                canvas.Rect(t.Box, TableColour, TableLineWidth, 2.5);
                canvas.Label($"table {t.TableIndex} {t.Kind.Text()}{NumberSuffix(t.Number)}", t.Box.Left - 2.5, t.Box.Top + 4, TableColour);
            }
            var margin = new NoteMargin(orientation.UprightWidth,
                onPage.Count > 0 ? onPage.Max(t => t.Box.Right) + 4 : 0, onPage.Count > 0 ? onPage.Min(t => t.Box.Left) - 4 : 0);
            foreach (var mark in marks)
            {
                var colour = mark.Finding.Severity == Severity.Error ? ErrorColour : WarningColour;
                foreach (var cell in mark.Cells)
                    canvas.Rect(cell.Provenance.Box!.Value, colour, cell.Role == FindingCellRole.Checked ? CheckedLineWidth : PartLineWidth, Margin);
                var anchor = mark.Anchor;
                var elsewhere = mark.Finding.Cells.FirstOrDefault(c => c.Role == FindingCellRole.Checked)?.Provenance.Page;
                var lines = new List<string> { $"{mark.Finding.Rule} ({mark.Finding.Severity.Text()})" };
                if (anchor.Role != FindingCellRole.Checked)
                    lines.Add(elsewhere is { } p && p != n ? $"parts of the value on page {p}" : "compared value");
                else if (mark.Place == FindingPlace.Table) lines.Add("about this table");
                else if (mark.Place == FindingPlace.Paragraph) lines.Add("about a sentence here");
                lines.Add($"expected {Figure(mark.Finding.Expected)}");
                lines.Add($"printed {Figure(mark.Finding.Actual)}");
                // the id the review page and checks.csv know the finding by
                if (mark.Finding.Id is { } id) lines.Add(id);
                canvas.Note(lines, anchor.Provenance.Box!.Value, colour, margin);
            }
        }
    }

    /// <summary>Where a page's drawing goes: user-space points, colours as RGB bytes.</summary>
    interface ISurface
    {
        void Rect(PdfPoint corner, double width, double height, (byte R, byte G, byte B) colour, double lineWidth);
        void Line(PdfPoint a, PdfPoint b, (byte R, byte G, byte B) colour, double lineWidth);
        void Text(string text, double size, PdfPoint at, (byte R, byte G, byte B) colour, int degrees);
    }

    sealed class UpdateSurface(IncrementalPdf pdf, int page) : ISurface
    {
        public void Rect(PdfPoint corner, double width, double height, (byte R, byte G, byte B) colour, double lineWidth) =>
            pdf.Rectangle(page, corner.X, corner.Y, width, height, colour, lineWidth);
        public void Line(PdfPoint a, PdfPoint b, (byte R, byte G, byte B) colour, double lineWidth) => pdf.Line(page, a, b, colour, lineWidth);
        public void Text(string text, double size, PdfPoint at, (byte R, byte G, byte B) colour, int degrees) => pdf.Text(page, text, size, at, colour, degrees);
    }

    /// <summary>PdfPig's page builder (text is not turned: it has no rotated text).</summary>
    sealed class BuilderSurface(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font) : ISurface
    {
        public void Rect(PdfPoint corner, double width, double height, (byte R, byte G, byte B) colour, double lineWidth)
        {
            page.SetStrokeColor(colour.R, colour.G, colour.B);
            page.DrawRectangle(corner, width, height, lineWidth);
            page.ResetColor();
        }

        public void Line(PdfPoint a, PdfPoint b, (byte R, byte G, byte B) colour, double lineWidth)
        {
            page.SetStrokeColor(colour.R, colour.G, colour.B);
            page.DrawLine(a, b, lineWidth);
            page.ResetColor();
        }

        public void Text(string text, double size, PdfPoint at, (byte R, byte G, byte B) colour, int degrees)
        {
            page.SetTextAndFillColor(colour.R, colour.G, colour.B);
            page.AddText(Latin(text), size, at, font);
            page.ResetColor();
        }
    }

    /// <summary>The printed table number's Latin part ("单位公开表 3" → " no. 3"), empty when none.</summary>
    static string NumberSuffix(string? number)
    {
        var latin = Latin(number ?? "").Replace("?", "").Trim();
        return latin.Length == 0 ? "" : " no. " + latin;
    }

    /// <summary>
    /// A figure for a note in the standard font: a run of other characters (a unit, a name) becomes one '?'; a text
    /// with nothing printable left (a name in Chinese) is referred to the review page.
    /// </summary>
    public static string Figure(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (c is >= ' ' and <= '~') sb.Append(c);
            else if (sb.Length == 0 || sb[^1] != '?') sb.Append('?');
        return sb.ToString().Any(char.IsLetterOrDigit) ? sb.ToString() : "(in Chinese: see the review page)";
    }

    /// <summary>Printable ASCII only (the standard font has no CJK glyphs): other characters become '?'.</summary>
    public static string Latin(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(c is >= ' ' and <= '~' ? c : '?');
        return sb.ToString();
    }

    /// <summary>The free columns beside a page's tables, and the notes placed in them so far (so notes never overlap).</summary>
    sealed class NoteMargin(double pageWidth, double right, double left)
    {
        readonly List<(double X, double Top, double Bottom)> _placed = new();
        public double Right { get; } = Math.Min(right, pageWidth);
        public double Left { get; } = Math.Max(left, 0);

        /// <summary>The top of a note of <paramref name="height"/> wanted at <paramref name="top"/>: moved down below any note it would overlap.</summary>
        public double Place(double x, double top, double height)
        {
            var moved = true;
            while (moved)
            {
                moved = false;
                foreach (var p in _placed.Where(p => Math.Abs(p.X - x) < 1))
                    if (top > p.Bottom && top - height < p.Top) { top = p.Bottom - 1; moved = true; }
            }
            _placed.Add((x, top, top - height));
            return top;
        }
    }

    /// <summary>Draws in upright page space on a copied page, mapping back to the page's own user space.</summary>
    sealed class Canvas(ISurface surface, PageOrientation orientation, PageSpace space, double uprightWidth)
    {
        /// <summary>The turn of upright text in user space (the direction upright x runs in).</summary>
        readonly int _degrees = Degrees(orientation, space);

        static int Degrees(PageOrientation o, PageSpace s)
        {
            var a = s.ToUser(o.Unmap(new PdfPoint(0, 0)));
            var b = s.ToUser(o.Unmap(new PdfPoint(1, 0)));
            return (b.X - a.X, b.Y - a.Y) switch { ( > 0.5, _) => 0, (_, > 0.5) => 90, ( < -0.5, _) => 180, _ => 270 };
        }

        /// <summary>A point of upright page space in the page's user space.</summary>
        PdfPoint User(double x, double y) => space.ToUser(orientation.Unmap(new PdfPoint(x, y)));

        public void Rect(BoundingBox box, (byte R, byte G, byte B) colour, double lineWidth, double margin)
        {
            var a = User(box.Left - margin, box.Bottom - margin);
            var b = User(box.Right + margin, box.Top + margin);
            surface.Rect(new PdfPoint(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y)), Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y), colour, lineWidth);
        }

        void Line(double x1, double y1, double x2, double y2, (byte R, byte G, byte B) colour) =>
            surface.Line(User(x1, y1), User(x2, y2), colour, 0.4);

        public void Label(string text, double x, double y, (byte R, byte G, byte B) colour) =>
            surface.Text(Latin(text), LabelSize, User(x, y), colour, _degrees);

        /// <summary>
        /// A note of a few lines for a boxed cell: in the margin right of the page's tables (else left of them) level
        /// with the cell, joined to it by a thin leader line, stacked below earlier notes; above the cell when neither
        /// margin is wide enough.
        /// </summary>
        public void Note(IReadOnlyList<string> lines, BoundingBox box, (byte R, byte G, byte B) colour, NoteMargin margin)
        {
            var width = lines.Max(l => Latin(l).Length) * LabelSize * 0.52;
            var height = lines.Count * (LabelSize + 1);
            double x;
            double leaderX;
            if (margin.Right + width <= uprightWidth - 2) { x = margin.Right; leaderX = box.Right + Margin; }
            else if (margin.Left - width >= 2) { x = margin.Left - width; leaderX = box.Left - Margin; }
            else
            {
                for (var i = 0; i < lines.Count; i++)
                    Label(lines[i], box.Left, box.Top + Margin + 2 + (lines.Count - 1 - i) * (LabelSize + 1), colour);
                return;
            }
            var top = margin.Place(x, (box.Top + box.Bottom) / 2 + height / 2, height);
            var leaderEnd = x < leaderX ? x + width : x;
            // along the box's top edge (the row's ruling), never through the printed figures, then down the margin to the note
            var elbow = x < leaderX ? leaderEnd + 1 : leaderEnd - 1;
            Line(leaderX, box.Top + Margin, elbow, box.Top + Margin, colour);
            Line(elbow, box.Top + Margin, elbow, top - LabelSize / 2, colour);
            Line(elbow, top - LabelSize / 2, leaderEnd, top - LabelSize / 2, colour);
            for (var i = 0; i < lines.Count; i++) Label(lines[i], x, top - (i + 1) * (LabelSize + 1) + 1.5, colour);
        }
    }
}
