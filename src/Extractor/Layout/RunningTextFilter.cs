using System.Text.RegularExpressions;
using Extractor.Raw;
using static Extractor.Vocabulary.LayoutPatterns;

namespace Extractor.Layout;

/// <summary>
/// Running headers and footers: the same text in the top or bottom margin of many pages (footers compared with
/// digits masked, so "第 3 页" matches "第 4 页"). Table titles and unit lines are never removed.
/// </summary>
public static partial class RunningTextFilter
{
    public static int Remove(IReadOnlyList<RawPage> pages, LayoutSettings s)
    {
        if (pages.Count < 3) return 0;
        var counts = new Dictionary<string, HashSet<int>>();
        var candidates = new List<(RawPage Page, TextBlock Block, string Key)>();
        foreach (var page in pages)
        {
            var band = page.Height * s.MarginBand;
            foreach (var b in page.Blocks.OfType<TextBlock>())
            {
                if (b.Box is not { } box || b.Text.Length > 60 || Protected().IsMatch(b.Text)) continue;
                string key;
                if (box.Bottom >= page.Height - band) key = "top:" + b.Text;
                else if (box.Top <= band) key = "bottom:" + Digits().Replace(b.Text, "#");
                else continue;
                candidates.Add((page, b, key));
                if (!counts.TryGetValue(key, out var set)) counts[key] = set = new HashSet<int>();
                set.Add(page.Number);
            }
        }
        var threshold = Math.Max(3, s.RunningTextShare * pages.Count);
        var removed = 0;
        foreach (var (page, block, key) in candidates)
            if (counts[key].Count >= threshold && page.Blocks.Remove(block)) removed++;
        return removed;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

}
