using Extractor.Raw;

namespace Extractor.Tests.Support;

/// <summary>Raw-model documents for tests: blocks grouped onto their pages, as a source reader yields them.</summary>
public static class RawDocs
{
    public static RawDocument Of(params RawBlock[] blocks)
    {
        var raw = new RawDocument { SourcePath = "x.pdf", Format = "pdf" };
        foreach (var group in blocks.GroupBy(b => b.Page))
        {
            var page = new RawPage { Number = group.Key };
            page.Blocks.AddRange(group);
            raw.Pages.Add(page);
        }
        return raw;
    }

    /// <summary>A ruled table on one page, a row of cells per string array (no boxes).</summary>
    public static RawTable Table(int page, params string[][] rows)
    {
        var t = new RawTable { Page = page, LastPage = page, Method = "ruled", RowCount = rows.Length, ColumnCount = rows.Max(r => r.Length) };
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                t.Cells.Add(new RawCell { Row = r, Col = c, Text = rows[r][c], Page = page });
        return t;
    }
}
