using Extractor.Layout;
using Extractor.Raw;

namespace Extractor.Sources.Pdf;

/// <summary>
/// The debug drawing of every page read (<c>tables --debug-svg</c>), made after the whole document was read so each
/// page shows the final tables (stitched over pages, compacted) with their numbers in the document, the pictures and
/// what they were taken for, and the page's quality.
/// </summary>
public static class PdfDebugSvg
{
    public static IEnumerable<(int Page, string Svg)> Render(IReadOnlyList<PdfPageView> views, IReadOnlyList<RawTable> tables)
    {
        var numbered = tables.Select((t, i) => (Index: i + 1, Table: t)).ToList();
        foreach (var v in views)
        {
            var onPage = numbered.Where(x => v.Page.Number >= x.Table.Page && v.Page.Number <= Math.Max(x.Table.Page, x.Table.LastPage)).ToList();
            var content = new SvgPageContent(v.Page.Number, v.Geometry, v.Analysis)
            {
                Tables = onPage,
                Pictures = Pictures(v),
                Note = PageNote(v.Page, onPage.Count),
                TurnedFrom = v.TurnedFrom,
            };
            yield return (v.Page.Number, SvgPageRenderer.Render(content));
        }
    }

    static List<SvgPicture> Pictures(PdfPageView v)
    {
        var settings = ImageContentSettings.Default;
        var textPictures = PageImages.TextPictures(v.Images, settings).ToHashSet();
        var scan = v.Analysis == null && v.Page.Quality == PageQuality.NeedsOcr;
        return v.Images.Select(i =>
        {
            if (scan) return new SvgPicture(i.Box, $"scanned page: needs OCR ({i.PageShare:0%} of page)", true);
            if (textPictures.Contains(i)) return new SvgPicture(i.Box, "text as picture", true);
            return i.Kind switch
            {
                ImageKind.Table => new SvgPicture(i.Box, $"picture taken for a table: needs OCR ({i.PageShare:0%} of page)", true),
                ImageKind.Figure => new SvgPicture(i.Box, $"figure (chart or photo, {i.PageShare:0%} of page)", false),
                _ => new SvgPicture(i.Box, i.CharactersOver > settings.MaxCharactersOver ? "picture under text" : "", false),
            };
        }).ToList();
    }

    static string PageNote(RawPage page, int tables)
    {
        var quality = page.Quality.ToString().ToLowerInvariant();
        var note = page.QualityReason != null ? $"{quality}: {page.QualityReason}" : quality;
        return $"{note} · {tables} table{(tables == 1 ? "" : "s")}";
    }
}
