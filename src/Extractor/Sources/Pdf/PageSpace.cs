using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Extractor.Sources.Pdf;

/// <summary>
/// From the page space PdfPig reports letters in (the visible box moved to the origin and the page's /Rotate applied,
/// so the page reads as displayed) back to the page's own user space, where a content stream draws. Needed to draw on
/// pages whose media box does not start at 0,0 or that carry /Rotate.
/// </summary>
public readonly record struct PageSpace(double A, double B, double C, double D, double E, double F)
{
    public static readonly PageSpace Identity = new(1, 0, 0, 1, 0, 0);

    public static PageSpace Of(Page page)
    {
        var media = page.MediaBox.Bounds;
        var crop = page.CropBox.Bounds;
        var left = Math.Max(media.Left, crop.Left);
        var bottom = Math.Max(media.Bottom, crop.Bottom);
        var right = Math.Min(media.Right, crop.Right);
        var top = Math.Min(media.Top, crop.Top);
        if (right <= left || top <= bottom) (left, bottom, right, top) = (crop.Left, crop.Bottom, crop.Right, crop.Top);
        double w = right - left, h = top - bottom;
        // inverse of PdfPig's initial matrix: translate by the view box corner, turn clockwise by /Rotate, shift back in view
        return (((page.Rotation.Value % 360) + 360) % 360) switch
        {
            90 => new PageSpace(0, 1, -1, 0, left + w, bottom),
            180 => new PageSpace(-1, 0, 0, -1, left + w, bottom + h),
            270 => new PageSpace(0, -1, 1, 0, left, bottom + h),
            _ => new PageSpace(1, 0, 0, 1, left, bottom),
        };
    }

    public PdfPoint ToUser(PdfPoint p) => new(A * p.X + C * p.Y + E, B * p.X + D * p.Y + F);
}
