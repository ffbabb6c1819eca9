using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Extractor.Sources.Pdf;

/// <summary>
/// Turns a page upright: the orientation most of its letters are written in decides how user space is rotated so
/// that text runs left to right (landscape tables printed sideways, /Rotate pages).
/// </summary>
public readonly struct PageOrientation
{
    readonly TextOrientation _orientation;
    readonly double _width, _height;

    PageOrientation(TextOrientation orientation, double width, double height)
    {
        _orientation = orientation;
        _width = width;
        _height = height;
    }

    public static PageOrientation Of(Page page)
    {
        int h = 0, r90 = 0, r180 = 0, r270 = 0;
        foreach (var l in page.Letters)
            switch (l.TextOrientation)
            {
                case TextOrientation.Horizontal: h++; break;
                case TextOrientation.Rotate90: r90++; break;
                case TextOrientation.Rotate180: r180++; break;
                case TextOrientation.Rotate270: r270++; break;
            }
        var max = Math.Max(Math.Max(h, r90), Math.Max(r180, r270));
        var o = max == 0 || max == h ? TextOrientation.Horizontal
            : max == r90 ? TextOrientation.Rotate90 : max == r270 ? TextOrientation.Rotate270 : TextOrientation.Rotate180;
        return new PageOrientation(o, page.Width, page.Height);
    }

    public bool Turned => _orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270;
    public string Name => _orientation.ToString();
    public double UprightWidth => Turned ? _height : _width;
    public double UprightHeight => Turned ? _width : _height;

    /// <summary>A point of user space in upright space.</summary>
    public PdfPoint Map(PdfPoint p) => _orientation switch
    {
        // PdfPig's Rotate270: text reads bottom to top (baseline runs up): turn clockwise
        TextOrientation.Rotate270 => new PdfPoint(p.Y, _width - p.X),
        // Rotate90: text reads top to bottom (baseline runs down): turn counter-clockwise
        TextOrientation.Rotate90 => new PdfPoint(_height - p.Y, p.X),
        TextOrientation.Rotate180 => new PdfPoint(_width - p.X, _height - p.Y),
        _ => p,
    };

    /// <summary>A point of upright space back in user space (the inverse of <see cref="Map"/>).</summary>
    public PdfPoint Unmap(PdfPoint u) => _orientation switch
    {
        TextOrientation.Rotate270 => new PdfPoint(_width - u.Y, u.X),
        TextOrientation.Rotate90 => new PdfPoint(u.Y, _height - u.X),
        TextOrientation.Rotate180 => new PdfPoint(_width - u.X, _height - u.Y),
        _ => u,
    };
}
