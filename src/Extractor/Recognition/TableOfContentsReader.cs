using System.Text.RegularExpressions;
using Extractor.Raw;
using static Extractor.Vocabulary.HeadingWords;

namespace Extractor.Recognition;

/// <summary>
/// Finds the 目录 and reads the tables it lists. The 目录 runs from its heading until a line repeats one already listed
/// (the body starting again), a table begins, or a long run of lines lists nothing.
/// </summary>
public static partial class TableOfContentsReader
{
    /// <summary>Lines after the 目录 heading read at most.</summary>
    public const int MaxLines = 120;
    /// <summary>Consecutive prose-like lines (long, ending a sentence) that end the 目录.</summary>
    public const int MaxProseLines = 2;


    [GeneratedRegex(@"(\d+)\s*$")]
    private static partial Regex TrailingPage();

    /// <summary>The 目录 lines (all of them, so recognition can tell them from captions), and the table entries.</summary>
    public static HashSet<TextBlock> Read(IReadOnlyList<RawBlock> blocks, RecognizedDocument doc)
    {
        var tocBlocks = new HashSet<TextBlock>(ReferenceEqualityComparer.Instance);
        var start = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not TextBlock tb) continue;
            var text = PrintedText.Compact(tb.Text);
            if (ContentsHeading().IsMatch(text)) { start = i; break; }
            // 目 and 录 printed far apart come as two blocks.
            if (text == TableOfContentsFirst && i + 1 < blocks.Count && blocks[i + 1] is TextBlock next && PrintedText.Compact(next.Text) == TableOfContentsSecond)
            {
                tocBlocks.Add(tb);
                start = i + 1;
                break;
            }
        }
        if (start < 0) return tocBlocks;

        doc.HasTableOfContents = true;
        tocBlocks.Add((TextBlock)blocks[start]);
        var headingPage = blocks[start].Page;
        var page = headingPage;
        var seen = new HashSet<string>();
        var taken = new List<(TextBlock Block, List<TocEntry> Entries)>();
        var prose = 0;
        int? tablePage = null;
        for (var i = start + 1; i < blocks.Count && i <= start + MaxLines; i++)
        {
            if (blocks[i] is RawTable table)
            {
                // A 目录 printed as a grid (表1 | 2019年部门综合预算收支总表 | 否): read its rows.
                if (taken.All(t => t.Entries.Count == 0) && EntriesOfTable(table) is { Count: >= MinTableEntries } rows)
                {
                    doc.TableOfContentsTable = table;
                    doc.TableOfContents.AddRange(rows);
                }
                else tablePage = table.Page;
                break;
            }
            if (blocks[i] is not TextBlock tb) continue;
            var lines = SplitLines(tb.Text);
            var key = Key(lines.FirstOrDefault() ?? "");
            if (key.Length > 0 && seen.Contains(key)) break; // the body begins: a listed heading printed again
            if (tb.Page != page)
            {
                // A new page continues the 目录 only when it starts with an entry-like line.
                if (!lines.Any(LooksLikeEntry)) break;
                page = tb.Page;
            }
            if (lines.All(IsProse)) { if (++prose > MaxProseLines) break; continue; }
            prose = 0;
            var entries = new List<TocEntry>();
            foreach (var line in lines)
            {
                seen.Add(Key(line));
                if (Entry(line, tb) is { } entry) entries.Add(entry);
            }
            taken.Add((tb, entries));
        }
        // Lines on the page of the table that ended the run are that table's captions, not 目录 entries.
        if (tablePage is { } tp && tp > headingPage)
            while (taken.Count > 0 && taken[^1].Block.Page == tp) taken.RemoveAt(taken.Count - 1);
        foreach (var (block, entries) in taken)
        {
            tocBlocks.Add(block);
            doc.TableOfContents.AddRange(entries);
        }
        // A weakly named entry (财政拨款基本支出预算表) does not stand for a kind another entry names strongly.
        for (var i = 0; i < doc.TableOfContents.Count; i++)
        {
            var e = doc.TableOfContents[i];
            if (TableKindCatalog.RuleOfTitle(e.Title) is not { Weak: true } weak) continue;
            if (doc.TableOfContents.Any(o => TableKindCatalog.RuleOfTitle(o.Title) is { } r && r.Kind == weak.Kind && r.Rank < weak.Rank))
                doc.TableOfContents[i] = e with { Kind = Model.TableKind.Other };
        }
        return tocBlocks;
    }

    /// <summary>Fewest table titles a grid must list to be read as the 目录.</summary>
    public const int MinTableEntries = 3;

    static List<TocEntry> EntriesOfTable(RawTable table)
    {
        var entries = new List<TocEntry>();
        foreach (var row in table.ToTextGrid())
        {
            var title = row.Select(c => CaptionParser.Parse(c).Caption).FirstOrDefault(c => c.Title != null)?.Title;
            if (title != null)
                entries.Add(new TocEntry(title, TableKindCatalog.KindOfTitle(title) ?? Model.TableKind.Other, table.Page, table.Line));
        }
        return entries;
    }

    /// <summary>A 目录 line naming a table, or null.</summary>
    public static TocEntry? Entry(string line, TextBlock? block = null)
    {
        var text = PrintedText.Collapse(line);
        int? page = null;
        var leader = LeaderAndPage().Match(text);
        if (leader.Success)
        {
            var p = TrailingPage().Match(leader.Value);
            // \d also matches full-width (１２) and other digits: read each by its numeric value
            if (p.Success && p.Groups[1].Value.Length <= 4) page = p.Groups[1].Value.Aggregate(0, (n, c) => n * 10 + (int)char.GetNumericValue(c));
            text = text[..leader.Index];
        }
        text = Enumerator().Replace(text, "");
        var caption = CaptionParser.Parse(text.Replace(Punctuation.BookTitleOpen, "").Replace(Punctuation.BookTitleClose, "")).Caption;
        var title = caption.Title;
        if (title == null) return null;
        var kind = TableKindCatalog.KindOfTitle(title) ?? Model.TableKind.Other;
        _ = page; // the printed target page is not kept: Page is where the entry itself is printed
        return new TocEntry(title, kind, block?.Page, block?.Line);
    }

    static string Key(string line)
    {
        var text = PrintedText.Collapse(line);
        var leader = LeaderAndPage().Match(text);
        if (leader.Success) text = text[..leader.Index];
        return PrintedText.ForMatching(Enumerator().Replace(text, ""));
    }

    static bool LooksLikeEntry(string line)
    {
        var text = PrintedText.Collapse(line);
        return LeaderAndPage().IsMatch(text) || Enumerator().IsMatch(text) || text.StartsWith(DocumentWords.Ordinal, StringComparison.Ordinal);
    }

    /// <summary>The lines of a block; entries run together by the source ("…目标表十三、部门整体…") are split again.</summary>
    static List<string> SplitLines(string text) =>
        text.Split('\n')
            .SelectMany(l => RunTogetherEntry().Split(l))
            .Select(PrintedText.Collapse).Where(l => l.Length > 0).ToList();


    static bool IsProse(string line)
    {
        var c = PrintedText.Compact(line);
        return c.Length > 40 && (c.EndsWith(Punctuation.FullStop) || c.EndsWith(Punctuation.FullWidthSemicolon) || c.Count(ch => ch == Punctuation.FullWidthComma) >= 2);
    }
}
