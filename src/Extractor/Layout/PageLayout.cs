using System.Text.RegularExpressions;
using Extractor.Raw;
using static Extractor.Vocabulary.LayoutPatterns;

namespace Extractor.Layout;

/// <summary>
/// One page's geometry → blocks in reading order: ruled tables (grid from rulings), unruled tables (aligned text),
/// and text blocks (lines merged into paragraphs, headings marked). Page numbers are dropped.
/// </summary>
public static partial class PageLayout
{
    public static PageAnalysis Analyze(PageGeometry page, LayoutSettings s)
    {
        var rulings = RulingMerger.Merge(page.Rulings, s);
        var grids = GridFinder.Find(rulings, s);
        if (grids.Count > 0)
        {
            // partly ruled tables: add virtual rulings between data lines and rebuild
            var extra = new List<Ruling>();
            foreach (var g in grids) extra.AddRange(RowSplitter.VirtualRulings(g, GlyphsIn(page.Glyphs, g.Box), s));
            if (extra.Count > 0)
            {
                rulings = RulingMerger.Merge(rulings.Concat(extra), s);
                grids = GridFinder.Find(rulings, s);
            }
        }

        var analysis = new PageAnalysis { Geometry = page, Rulings = rulings, Grids = grids };
        var placed = new List<(double Top, double Left, RawBlock Block)>();

        // glyphs → grid cells (by binary search within each grid) or free text
        var cellGlyphs = grids.Select(g => new List<Glyph>[g.Cells.Count]).ToArray();
        var cellIndex = grids.Select(BuildCellIndex).ToArray();
        var free = new List<Glyph>();
        foreach (var glyph in page.Glyphs)
        {
            var placedInGrid = false;
            for (var k = 0; k < grids.Count && !placedInGrid; k++)
            {
                var r = grids[k].RowAt(glyph.CenterY);
                var c = grids[k].ColumnAt(glyph.CenterX);
                if (r < 0 || c < 0) continue;
                var idx = cellIndex[k][r, c];
                (cellGlyphs[k][idx] ??= new List<Glyph>()).Add(glyph);
                placedInGrid = true;
            }
            if (!placedInGrid) free.Add(glyph);
        }

        for (var k = 0; k < grids.Count; k++)
        {
            var table = ToRawTable(grids[k], cellGlyphs[k], page.Number, s);
            if ((table.RowCount >= s.MinTableRows || IsLoneRowAtTop(table, grids[k], free, grids)) && table.Cells.Where(c => c.Text.Length > 0).Select(c => c.Col).Distinct().Count() >= s.MinTableColumns)
                placed.Add((grids[k].Ys[0], grids[k].Xs[0], table));
            else
                foreach (var list in cellGlyphs[k]) if (list != null) free.AddRange(list); // a boxed paragraph: text
        }

        // free text: lines → segments; unruled tables among them; the rest become text blocks
        var lines = TextAssembler.Lines(free, s);
        var streamLines = lines.Select(l => TextSegment.Split(l, 1.0, s)).ToList();
        var used = new bool[lines.Count];
        foreach (var (st, first, last) in StreamTableFinder.Find(streamLines, s))
        {
            placed.Add((st.Box.Top, st.Box.Left, StreamTableFinder.ToRawTable(st, page.Number)));
            for (var i = first; i <= last; i++) used[i] = true;
        }

        var segments = new List<TextSegment>();
        for (var i = 0; i < lines.Count; i++)
            if (!used[i])
                foreach (var seg in TextSegment.Split(lines[i], s.SegmentGapRatio, s))
                    if (!IsPageNumber(seg, page, grids, s)) segments.Add(seg);
        foreach (var block in Paragraphs(segments, page, s)) placed.Add((block.Box!.Value.Top, block.Box.Value.Left, block));

        placed.Sort((a, b) => Math.Abs(a.Top - b.Top) > 2 ? b.Top.CompareTo(a.Top) : a.Left.CompareTo(b.Left));
        analysis.Blocks.AddRange(placed.Select(p => p.Block));
        return analysis;
    }

    /// <summary>
    /// A one-row grid that opens the page and prints an amount: the last row of a table continued from the previous
    /// page (the stitcher joins it, or it stands as a table of its own); never a boxed line of text.
    /// </summary>
    static bool IsLoneRowAtTop(RawTable table, RuledGrid grid, List<Glyph> free, List<RuledGrid> grids)
    {
        if (table.RowCount != 1 || grids.Any(g => g != grid && g.Ys[0] > grid.Ys[0])) return false;
        if (!table.Cells.Any(c => AmountText().IsMatch(c.Text))) return false;
        var top = grid.Ys[0];
        // nothing but a running header above it: at most one short line of free text
        return free.Where(g => g.CenterY > top).Select(g => Math.Round(g.CenterY)).Distinct().Count() <= 1;
    }


    static List<Glyph> GlyphsIn(List<Glyph> glyphs, BoundingBox box) =>
        glyphs.Where(g => g.CenterX >= box.Left && g.CenterX <= box.Right && g.CenterY >= box.Bottom && g.CenterY <= box.Top).ToList();

    static int[,] BuildCellIndex(RuledGrid grid)
    {
        var index = new int[grid.Rows, grid.Columns];
        for (var i = 0; i < grid.Cells.Count; i++)
        {
            var c = grid.Cells[i];
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                for (var k = c.Col; k < c.Col + c.ColSpan; k++)
                    index[r, k] = i;
        }
        return index;
    }

    static RawTable ToRawTable(RuledGrid grid, List<Glyph>?[] cellGlyphs, int page, LayoutSettings s)
    {
        var cells = new List<RawCell>();
        for (var i = 0; i < grid.Cells.Count; i++)
        {
            var gc = grid.Cells[i];
            var lines = cellGlyphs[i] is { } gl ? TextAssembler.Lines(gl, s) : null;
            var text = lines != null ? TextAssembler.JoinLines(lines.Select(l => l.Text)) : "";
            bool? full = lines is { Count: > 0 } ? lines[^1].Right >= gc.Box.Right - s.WrappedLineEdgeRatio * lines[^1].FontSize : null;
            cells.Add(new RawCell
            {
                Row = gc.Row, Col = gc.Col, RowSpan = gc.RowSpan, ColSpan = gc.ColSpan, Text = text.Trim(), Box = gc.Box, Page = page,
                LastLineFull = full,
            });
        }
        var compact = TableCompactor.Compact(cells, grid.Rows, grid.Columns, out var rows, out var cols, rowsOnly: true);
        var table = new RawTable { Page = page, LastPage = page, Method = "ruled", Box = grid.Box, RowCount = rows, ColumnCount = cols };
        table.Cells.AddRange(compact);
        return table;
    }

    /// <summary>Consecutive segments of one column of prose become paragraphs; large, bold or centred short lines are headings.</summary>
    static IEnumerable<TextBlock> Paragraphs(List<TextSegment> segments, PageGeometry page, LayoutSettings s)
    {
        if (segments.Count == 0) yield break;
        // body size: the median over every glyph of the page (tables included), so a lone title stands out
        var sizes = page.Glyphs.Select(g => g.FontSize).ToArray();
        Array.Sort(sizes);
        var bodySize = sizes[sizes.Length / 2];
        var rightMargin = segments.Max(x => x.Right);
        // a segment sharing its line with others ("编制单位：… 单位：万元") is not a centred title
        var shared = segments.GroupBy(x => Math.Round(x.Baseline)).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();

        bool IsHeading(TextSegment seg) =>
            seg.FontSize >= s.HeadingSizeRatio * bodySize
            || (seg.Bold && seg.Text.Length <= 40)
            || (seg.Text.Length <= 40 && !shared.Contains(seg) && seg.Left > page.Width * 0.2 && Math.Abs((seg.Left + seg.Right) / 2 - page.Width / 2) < page.Width * 0.06);

        List<TextSegment>? para = null;
        TextSegment? prev = null;
        foreach (var seg in segments)
        {
            var heading = IsHeading(seg);
            var continues = para != null && prev != null && !heading && !IsHeading(para[0])
                && Math.Abs(prev.FontSize - seg.FontSize) < 0.15 * seg.FontSize
                && prev.Baseline - seg.Baseline > 0.5 * seg.FontSize
                && prev.Baseline - seg.Baseline <= s.ParagraphGapRatio * seg.FontSize
                && prev.Right >= rightMargin - 2.5 * seg.FontSize
                && seg.Left <= para[0].Left + 1.0 * seg.FontSize && seg.Left >= prev.Left - 3 * seg.FontSize;
            if (continues) para!.Add(seg);
            else
            {
                if (para != null) yield return ToBlock(para, IsHeading(para[0]), page.Number);
                para = new List<TextSegment> { seg };
            }
            prev = seg;
        }
        if (para != null) yield return ToBlock(para, IsHeading(para[0]), page.Number);
    }

    static TextBlock ToBlock(List<TextSegment> para, bool heading, int page) => new()
    {
        Text = TextAssembler.JoinLines(para.Select(x => x.Text)),
        Hint = heading ? TextHint.Heading : TextHint.Paragraph,
        Page = page,
        Box = para.Select(x => x.Box).Aggregate((a, b) => a.Union(b)),
        FontSize = Math.Round(para[0].FontSize, 1),
    };

    /// <summary>
    /// "3", "- 3 -", "第3页", "第 3 页 共 10 页", "3/10" in the top or bottom margin, or lower (higher) than everything
    /// else on the page within <see cref="LayoutSettings.PageNumberBand"/> of its edge.
    /// </summary>
    static bool IsPageNumber(TextSegment seg, PageGeometry page, List<RuledGrid> grids, LayoutSettings s)
    {
        var band = page.Height * s.MarginBand;
        var text = seg.Text.Replace(" ", "").Normalize(System.Text.NormalizationForm.FormKC);
        // a page number printed across a sideways page: single digits and dashes at the left or right edge
        var side = page.Width * s.MarginBand;
        if ((seg.Right < side || seg.Left > page.Width - side) && text.Length <= 2 && text.All(c => char.IsDigit(c) || LayoutPatterns.PageNumberDashes.Contains(c)))
            return true;
        if (!PageNumberPattern().IsMatch(text)) return false;
        if (seg.Bottom <= band || seg.Top >= page.Height - band) return true;
        var wideBand = page.Height * s.PageNumberBand;
        if (seg.Top < wideBand) return LiesBeyondEverythingElse(seg, page, grids, below: true);
        if (seg.Bottom > page.Height - wideBand) return LiesBeyondEverythingElse(seg, page, grids, below: false);
        return false;
    }

    /// <summary>No other letter and no ruled table lies lower (below) or higher (above) than the segment.</summary>
    static bool LiesBeyondEverythingElse(TextSegment seg, PageGeometry page, List<RuledGrid> grids, bool below)
    {
        var own = seg.Glyphs.ToHashSet();
        foreach (var g in page.Glyphs)
        {
            if (own.Contains(g) || string.IsNullOrWhiteSpace(g.Text)) continue;
            if (below ? g.Bottom < seg.Top : g.Top > seg.Bottom) return false;
        }
        foreach (var grid in grids)
            if (below ? grid.Box.Bottom < seg.Top : grid.Box.Top > seg.Bottom) return false;
        return true;
    }

}
