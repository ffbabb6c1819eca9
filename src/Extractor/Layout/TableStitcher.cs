using System.Text.RegularExpressions;
using Extractor.Raw;
using static Extractor.Vocabulary.LayoutPatterns;

namespace Extractor.Layout;

/// <summary>
/// A table continued on the next page(s) becomes one table: the last block of a page is a table, the first block
/// of the next page (after "续表" or a repeated unit line) is a table with the same columns, and no new title stands
/// between them. Rows repeating the first table's header are not data and are left out.
/// Layout owns this join because it is geometry: the same column boundaries, a row cut at the page's edge
/// (<see cref="PageBreakRowJoiner"/>). A continued part layout cannot prove to be the same grid stays a table of its own;
/// recognition may then mark it a continuation and normalization joins it
/// (<see cref="Normalization.ContinuationJoiner"/>, which lists who does what).
/// </summary>
public static partial class TableStitcher
{
    public static int Stitch(IReadOnlyList<RawPage> pages, LayoutSettings s)
    {
        var stitched = 0;
        RawTable? open = null;
        int openPage = -1;
        var openTitles = new HashSet<string>();
        foreach (var page in pages)
        {
            if (open != null && page.Number == openPage + 1 && page.Quality == PageQuality.Ok)
            {
                // "续表", a unit line, or the table's own title lines printed again are not a new title
                var noise = page.Blocks.TakeWhile(b => b is TextBlock t
                    && (ContinuationNoise().IsMatch(t.Text.Replace(" ", "")) || openTitles.Contains(t.Text))).ToList();
                if (page.Blocks.Count > noise.Count && page.Blocks[noise.Count] is RawTable next && SameColumns(open, next, s))
                {
                    Append(open, next);
                    foreach (var n in noise) page.Blocks.Remove(n);
                    page.Blocks.Remove(next);
                    stitched++;
                    if (page.Blocks.All(IsPageNumber)) { openPage = page.Number; continue; }
                }
            }
            var lastIndex = LastTableIndex(page);
            var opening = lastIndex >= 0 ? (RawTable)page.Blocks[lastIndex] : null;
            if (opening != null && opening != open)
            {
                openTitles = new HashSet<string>(page.Blocks.Take(lastIndex).Reverse()
                    .TakeWhile(b => b is TextBlock).Take(6).Select(b => ((TextBlock)b).Text));
            }
            open = opening;
            openPage = page.Number;
        }
        return stitched;
    }

    /// <summary>Index of the page's last block when it is a table or only page numbers follow it; -1 otherwise.</summary>
    static int LastTableIndex(RawPage page)
    {
        var i = page.Blocks.Count - 1;
        while (i >= 0 && IsPageNumber(page.Blocks[i])) i--;
        return i >= 0 && page.Blocks[i] is RawTable ? i : -1;
    }

    static bool IsPageNumber(RawBlock block) => block is TextBlock t && PageNumber().IsMatch(t.Text.Replace(" ", ""));

    /// <summary>Same column count and, where both have boxes, the same column boundaries.</summary>
    public static bool SameColumns(RawTable a, RawTable b, LayoutSettings s)
    {
        if (a.ColumnCount != b.ColumnCount) return false;
        if (a.Method != b.Method) return false;
        var stream = a.Method == "stream";
        // unruled tables: names are indented differently on each page, amounts stay right-aligned
        var la = stream ? ColumnRights(a) : ColumnLefts(a);
        var lb = stream ? ColumnRights(b) : ColumnLefts(b);
        for (var c = stream ? 1 : 0; c < a.ColumnCount; c++)
            if (la[c] is { } x && lb[c] is { } y && Math.Abs(x - y) > s.ContinuationColumnTolerance) return false;
        return true;
    }

    static double?[] ColumnLefts(RawTable t)
    {
        var lefts = new double?[t.ColumnCount];
        foreach (var c in t.Cells)
            if (c.ColSpan == 1 && c.Box is { } box && c.Col < lefts.Length && (t.Method != "stream" || c.Text.Length > 0))
                lefts[c.Col] = lefts[c.Col] is { } l ? Math.Min(l, box.Left) : box.Left;
        return lefts;
    }

    static double?[] ColumnRights(RawTable t)
    {
        var rights = new double?[t.ColumnCount];
        foreach (var c in t.Cells)
            if (c.ColSpan == 1 && c.Box is { } box && c.Col < rights.Length && c.Text.Length > 0)
                rights[c.Col] = rights[c.Col] is { } r ? Math.Max(r, box.Right) : box.Right;
        return rights;
    }

    /// <summary>Appends next's rows to open, leaving out leading rows that repeat open's first rows; a first row that
    /// is the rest of open's last row (<see cref="PageBreakRowJoiner"/>) is joined to it.</summary>
    public static void Append(RawTable open, RawTable next)
    {
        var a = open.ToTextGrid();
        var b = next.ToTextGrid();
        var repeated = 0;
        while (repeated < b.Length && repeated < a.Length && repeated < open.RowCount - 1
               && b[repeated].SequenceEqual(a[repeated]) && b[repeated].Any(x => x.Length > 0)) repeated++;
        // a row broken by the page break: its rest is joined to the last row, not a row of its own
        var skipped = repeated;
        if (PageBreakRowJoiner.Continues(open, next, repeated))
        {
            PageBreakRowJoiner.Join(open, next, repeated);
            skipped++;
        }
        var offset = open.RowCount - skipped;
        foreach (var c in next.Cells)
        {
            if (c.Row < skipped) continue;
            open.Cells.Add(new RawCell
            {
                Row = c.Row + offset, Col = c.Col, RowSpan = c.RowSpan, ColSpan = c.ColSpan,
                Text = c.Text, Box = c.Box, Page = c.Page, Value = c.Value, LastLineFull = c.LastLineFull,
            });
        }
        open.RowCount += next.RowCount - skipped;
        open.LastPage = next.LastPage;
    }


}
