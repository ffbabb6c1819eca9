using Extractor.Layout;
using Extractor.Raw;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Extractor.Sources.Pdf;

/// <summary>
/// Finds the pictures on a page and says what each is taken for, from image bounds and the text around them only
/// (no pixel is decoded): a table printed as an image on a page that otherwise has text needs OCR; charts captioned
/// 图…, logos, seals, QR codes, banners and backgrounds under text do not.
/// </summary>
public static class PageImages
{
    public static List<ImageRegion> Find(Page page, PageGeometry geometry, ImageContentSettings s)
    {
        var boxes = new List<BoundingBox>();
        try
        {
            if (page.NumberOfImages == 0) return new List<ImageRegion>();
            var orientation = PageOrientation.Of(page);
            foreach (var image in page.GetImages())
            {
                var r = image.Bounds;
                var corners = new[] { r.BottomLeft, r.BottomRight, r.TopLeft, r.TopRight }.Select(orientation.Map).ToList();
                var box = new BoundingBox(
                    Math.Max(0, corners.Min(p => p.X)), Math.Max(0, corners.Min(p => p.Y)),
                    Math.Min(geometry.Width, corners.Max(p => p.X)), Math.Min(geometry.Height, corners.Max(p => p.Y)));
                if (box.Width > 0.5 && box.Height > 0.5) boxes.Add(box);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return new List<ImageRegion>(); // an image PdfPig cannot place: nothing to say about it
        }

        var regions = new List<ImageRegion>();
        foreach (var box in Join(boxes, s.JoinGap))
            regions.Add(Describe(box, geometry, s));
        return regions;
    }

    /// <summary>
    /// The small pictures with no text over them, when there are so many covering so much of the page that they are
    /// the page's text printed as pictures (one strip per line or word), else an empty list.
    /// </summary>
    public static List<ImageRegion> TextPictures(IReadOnlyList<ImageRegion> regions, ImageContentSettings s)
    {
        var strips = regions.Where(r => r.Kind == ImageKind.Decoration && r.CharactersOver <= s.MaxCharactersOver).ToList();
        return strips.Count >= s.MinTextPictures && Coverage(strips) >= s.TextPicturesShare ? strips : new List<ImageRegion>();
    }

    /// <summary>Share of the page the pictures cover (overlaps counted once per joined region).</summary>
    public static double Coverage(IEnumerable<ImageRegion> regions) => Math.Min(1, regions.Sum(r => r.PageShare));

    static List<BoundingBox> Join(List<BoundingBox> boxes, double gap)
    {
        var joined = new List<BoundingBox>(boxes);
        for (var merged = true; merged;)
        {
            merged = false;
            for (var i = 0; i < joined.Count && !merged; i++)
                for (var j = i + 1; j < joined.Count; j++)
                {
                    if (!Near(joined[i], joined[j], gap)) continue;
                    joined[i] = joined[i].Union(joined[j]);
                    joined.RemoveAt(j);
                    merged = true;
                    break;
                }
        }
        return joined;
    }

    static bool Near(BoundingBox a, BoundingBox b, double gap) =>
        a.Left <= b.Right + gap && b.Left <= a.Right + gap && a.Bottom <= b.Top + gap && b.Bottom <= a.Top + gap;

    static ImageRegion Describe(BoundingBox box, PageGeometry g, ImageContentSettings s)
    {
        var share = box.Width * box.Height / Math.Max(1, g.Width * g.Height);
        var over = g.Glyphs.Count(gl => gl.CenterX >= box.Left && gl.CenterX <= box.Right && gl.CenterY >= box.Bottom && gl.CenterY <= box.Top);
        var above = NearestLine(g.Glyphs, box, s.CaptionGap, above: true);
        var below = NearestLine(g.Glyphs, box, s.CaptionGap, above: false);
        var kind = Classify(box, share, over, above, below, g, s);
        return new ImageRegion(box, share, over, above, below, kind);
    }

    static ImageKind Classify(BoundingBox box, double share, int over, string? above, string? below, PageGeometry g, ImageContentSettings s)
    {
        if (share < s.MinPageShare || box.Width < s.MinWidthShare * g.Width || box.Height < s.MinHeightShare * g.Height
            || over > s.MaxCharactersOver)
            return ImageKind.Decoration;
        var captions = new[] { above, below }.Where(c => c != null).Cast<string>().ToList();
        if (captions.Any(c => IsFigureCaption(c, s))) return ImageKind.Figure;
        if (captions.Any(c => IsTableCaption(c, s))) return ImageKind.Table;
        return share >= s.UncaptionedTableShare ? ImageKind.Table : ImageKind.Figure;
    }

    public static bool IsFigureCaption(string line, ImageContentSettings s) =>
        s.FigureCaptionWords.Any(w => line.Contains(w, StringComparison.Ordinal)) && !IsTableTitle(line, s);

    public static bool IsTableCaption(string line, ImageContentSettings s) =>
        IsTableTitle(line, s) || !IsFigureCaption(line, s) && s.TableUnitPrefixes.Any(p => line.Contains(p, StringComparison.Ordinal))
                              || s.TableMentions.Any(w => line.Contains(w, StringComparison.Ordinal));

    static bool IsTableTitle(string line, ImageContentSettings s)
    {
        var t = line.TrimEnd(s.CaptionTrim.ToCharArray());
        return s.TableCaptionEndings.Any(e => t.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>The text line closest above (or below) the box, within <paramref name="gap"/>, overlapping it across.</summary>
    static string? NearestLine(List<Glyph> glyphs, BoundingBox box, double gap, bool above)
    {
        Glyph? nearest = null;
        foreach (var gl in glyphs)
        {
            if (gl.Right < box.Left || gl.Left > box.Right) continue;
            var distance = above ? gl.Bottom - box.Top : box.Bottom - gl.Top;
            if (distance < -2 || distance > gap) continue;
            if (nearest is not { } n || (above ? gl.Baseline < n.Baseline : gl.Baseline > n.Baseline)) nearest = gl;
        }
        if (nearest is not { } line) return null;
        var tolerance = 0.45 * line.FontSize;
        var text = string.Concat(glyphs.Where(gl => Math.Abs(gl.Baseline - line.Baseline) <= tolerance).OrderBy(gl => gl.Left).Select(gl => gl.Text));
        return text.Length == 0 ? null : text;
    }
}
