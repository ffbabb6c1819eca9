using Extractor.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Extractor.Sources.Pdf;

/// <summary>PdfPig page → upright <see cref="PageGeometry"/>: letters as glyphs, stroked segments and thin fills as rulings.</summary>
public static class PdfGeometryReader
{
    public static PageGeometry Read(Page page, LayoutSettings s)
    {
        var orientation = PageOrientation.Of(page);
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) continue;
            var start = orientation.Map(letter.StartBaseLine);
            var end = orientation.Map(letter.EndBaseLine);
            var size = letter.PointSize > 0.5 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            double left = Math.Min(start.X, end.X), right = Math.Max(start.X, end.X), baseline = start.Y;
            if (right - left < 0.1 || Math.Abs(end.Y - start.Y) > 0.5 * size)
            {
                // letter not written along the page's direction: use its box
                var a = orientation.Map(letter.BoundingBox.BottomLeft);
                var b = orientation.Map(letter.BoundingBox.TopRight);
                left = Math.Min(a.X, b.X); right = Math.Max(a.X, b.X);
                baseline = Math.Min(a.Y, b.Y);
                size = Math.Max(size, 1);
                if (right - left < 0.1) right = left + 0.5 * size;
            }
            var font = letter.FontName ?? "";
            var bold = font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                       || font.Contains("Black", StringComparison.OrdinalIgnoreCase) || font.Contains(SourcePatterns.BoldFontWord, StringComparison.Ordinal)
                       || letter.RenderingMode == TextRenderingMode.FillThenStroke;
            glyphs.Add(new Glyph(PrivateUseGlyphs.Map(letter.Value), left, right, baseline, size, bold));
        }

        var rulings = new List<Ruling>();
        var pageArea = page.Width * page.Height;
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            if (path.IsFilled && !path.IsStroked && IsWhite(path)) continue;
            foreach (var sub in path)
            {
                if (path.IsStroked && path.LineWidth <= s.MaxStrokeWidth) AddStrokedSegments(sub, orientation, rulings, s);
                if (path.IsFilled) AddFilledRectangle(sub, orientation, rulings, s, pageArea);
            }
        }
        return new PageGeometry
        {
            Number = page.Number, Width = orientation.UprightWidth, Height = orientation.UprightHeight,
            Glyphs = glyphs, Rulings = rulings,
        };
    }

    static bool IsWhite(PdfPath path)
    {
        if (path.FillColor == null) return false;
        try
        {
            var (r, g, b) = path.FillColor.ToRGBValues();
            return r >= 0.97 && g >= 0.97 && b >= 0.97;
        }
        catch (Exception) { return false; }
    }

    static void AddStrokedSegments(PdfSubpath sub, PageOrientation o, List<Ruling> rulings, LayoutSettings s)
    {
        PdfPoint? first = null, last = null;
        foreach (var cmd in sub.Commands)
        {
            switch (cmd)
            {
                case PdfSubpath.Move m: first = last = m.Location; break;
                case PdfSubpath.Line l:
                    AddSegment(o.Map(l.From), o.Map(l.To), rulings, s);
                    first ??= l.From; last = l.To; break;
                case PdfSubpath.Close when first is { } f && last is { } t:
                    AddSegment(o.Map(t), o.Map(f), rulings, s); last = f; break;
                case PdfSubpath.BezierCurve: return; // curves: outlines, not rulings
            }
        }
    }

    static void AddSegment(PdfPoint a, PdfPoint b, List<Ruling> rulings, LayoutSettings s)
    {
        double dx = Math.Abs(a.X - b.X), dy = Math.Abs(a.Y - b.Y);
        if (dy <= s.AxisTolerance && dx >= s.MinRulingLength) rulings.Add(Ruling.H((a.Y + b.Y) / 2, a.X, b.X));
        else if (dx <= s.AxisTolerance && dy >= s.MinRulingLength) rulings.Add(Ruling.V((a.X + b.X) / 2, a.Y, b.Y));
    }

    static void AddFilledRectangle(PdfSubpath sub, PageOrientation o, List<Ruling> rulings, LayoutSettings s, double pageArea)
    {
        var points = 0;
        foreach (var cmd in sub.Commands)
        {
            if (cmd is PdfSubpath.BezierCurve) return; // glyph outlines and round shapes
            points++;
        }
        if (points > 6) return; // not a rectangle
        var rect = sub.GetBoundingRectangle();
        if (rect is not { } r) return;
        var a = o.Map(r.BottomLeft);
        var b = o.Map(r.TopRight);
        double left = Math.Min(a.X, b.X), right = Math.Max(a.X, b.X), bottom = Math.Min(a.Y, b.Y), top = Math.Max(a.Y, b.Y);
        double w = right - left, h = top - bottom;
        if (h <= s.MaxRulingThickness && w >= s.MinRulingLength) rulings.Add(Ruling.H((top + bottom) / 2, left, right));
        else if (w <= s.MaxRulingThickness && h >= s.MinRulingLength) rulings.Add(Ruling.V((left + right) / 2, bottom, top));
        else if (w > s.MaxRulingThickness && h > s.MaxRulingThickness && w * h < s.MaxBackgroundShare * pageArea)
        {
            rulings.Add(Ruling.H(bottom, left, right));
            rulings.Add(Ruling.H(top, left, right));
            rulings.Add(Ruling.V(left, bottom, top));
            rulings.Add(Ruling.V(right, bottom, top));
        }
    }
}
