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
}
