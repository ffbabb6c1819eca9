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
                Pictures = v.Images.Select(i => new SvgPicture(i.Box, PictureLabel(i), i.Kind == ImageKind.Table)).ToList(),
                Note = PageNote(v.Page, onPage.Count),
                TurnedFrom = v.TurnedFrom,
            };
            yield return (v.Page.Number, SvgPageRenderer.Render(content));
        }
    }

    static string PictureLabel(ImageRegion i) => i.Kind switch
    {
        ImageKind.Table => $"picture taken for a table: needs OCR ({i.PageShare:0%} of page)",
        ImageKind.Figure => $"figure (chart or photo, {i.PageShare:0%} of page)",
        _ => i.CharactersOver > 0 ? "picture under text" : "decoration",
    };

    static string PageNote(RawPage page, int tables)
    {
        var quality = page.Quality.ToString().ToLowerInvariant();
        var note = page.QualityReason != null ? $"{quality}: {page.QualityReason}" : quality;
        return $"{note} · {tables} table{(tables == 1 ? "" : "s")}";
    }
}
