using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Raw;
using static Extractor.Vocabulary.HeadingWords;

namespace Extractor.Recognition.Narrative;

/// <summary>A prose paragraph with the innermost section it belongs to.</summary>
public sealed record ProseParagraph(TextBlock Block, NarrativeSection? Section)
{
    public string Text => Block.Text;
    public string SectionKey => Section?.Key ?? SectionCatalog.Other;
}

/// <summary>
/// Splits prose blocks into headed sections (第X部分 / 一、 / （一） / 1、), skipping the 目录 and the title lines before
/// the first heading. A section's text is everything under its heading up to the next heading of the same or a higher level.
/// </summary>
public static class SectionReader
{
    /// <summary>Longest heading (compact characters); longer blocks are paragraphs.</summary>
    public const int MaxHeadingLength = 40;
    /// <summary>Longest "1、…" / "（1）…" item heading; longer ones are the first line of a numbered paragraph.</summary>
    public const int MaxItemHeadingLength = 20;

    public static (List<NarrativeSection> Sections, List<ProseParagraph> Paragraphs) Read(IReadOnlyList<TextBlock> blocks)
    {
        var sections = new List<NarrativeSection>();
        var paragraphs = new List<ProseParagraph>();
        var open = new List<NarrativeSection>();
        var skip = TableOfContentsSpan(blocks);

        for (var i = 0; i < blocks.Count; i++)
        {
            if (skip.Contains(i)) continue;
            var block = blocks[i];
            var text = StripBullet(block.Text.Trim());
            if (text.Length == 0) continue;

            var level = HeadingLevel(text, block.Hint);
            if (level > 0)
            {
                while (open.Count > 0 && open[^1].Level >= level) open.RemoveAt(open.Count - 1);
                foreach (var parent in open) Append(parent, text);
                var key = SectionCatalog.KeyOf(text)
                          ?? open.Select(s => s.Key).LastOrDefault(k => k != SectionCatalog.Other)
                          ?? SectionCatalog.Other;
                var section = new NarrativeSection
                {
                    Key = key, Title = text, Level = level,
                    Provenance = Provenance.Of(block),
                };
                sections.Add(section);
                open.Add(section);
                continue;
            }

            if (open.Count == 0) continue; // the title lines before the first heading
            foreach (var s in open) Append(s, text);
            if (paragraphs.Count > 0 && ContinuesPrevious(paragraphs[^1], open[^1], text))
                paragraphs[^1] = Join(paragraphs[^1], block, text);
            else
                paragraphs.Add(new ProseParagraph(block, open[^1]));
        }
        return (sections, paragraphs);
    }

    /// <summary>1 第X部分, 2 一、, 3 （一）, 4 1、; 0 for a paragraph.</summary>
    public static int HeadingLevel(string text, TextHint hint = TextHint.Paragraph)
    {
        var c = PrintedText.Compact(text);
        if (c.Length == 0 || c.Length > MaxHeadingLength) return 0;
        if (c.EndsWith(Punctuation.FullStop) || c.EndsWith(';')) return 0;
        if (c.Contains(',') || c.Contains(';') || c.Contains(Punctuation.FullStop)) return 0; // a sentence (or a wrapped line of one), not a title
        var colon = c.IndexOf(':');
        if (colon >= 0 && c.Length - colon - 1 > 2) return 0; // "（一）财政拨款：指…" is a glossary entry
        if (PartHeading.IsMatch(c)) return 1;
        if (NumeralHeading.IsMatch(c)) return 2;
        if (BracketHeading.IsMatch(c)) return 3;
        if (DigitHeading.IsMatch(c) && c.Length <= MaxItemHeadingLength && !AmountInHeading.IsMatch(c)) return 4;
        return hint == TextHint.Heading ? 2 : 0;
    }


    /// <summary>
    /// A line that continues the previous paragraph of the same section: the previous one stopped mid-sentence (no
    /// 。；：!?) and this one does not start an enumerated item. Sources that break paragraphs into lines (PDF) need this.
    /// </summary>
    static bool ContinuesPrevious(ProseParagraph previous, NarrativeSection section, string text)
    {
        if (!ReferenceEquals(previous.Section, section)) return false;
        var last = PrintedText.Fold(previous.Text.TrimEnd());
        if (last.Length == 0 || last[^1] is Punctuation.FullStop or ';' or ':' or '!' or '?') return false;
        return !EnumerationStart.IsMatch(PrintedText.Compact(text));
    }

    static ProseParagraph Join(ProseParagraph previous, TextBlock next, string text)
    {
        var prev = previous.Block;
        var joined = new TextBlock
        {
            Text = previous.Text.TrimEnd() + text, Page = prev.Page, Line = prev.Line, LastLine = next.LastLine ?? next.Line,
            Box = prev.Box, Hint = prev.Hint, FontSize = prev.FontSize,
        };
        return previous with { Block = joined };
    }

    static string StripBullet(string text) =>
        text.StartsWith("- ") || text.StartsWith("• ") || text.StartsWith("· ") ? text[2..].Trim() : text;

    static void Append(NarrativeSection section, string text) =>
        section.Text = section.Text.Length == 0 ? text : section.Text + "\n" + text;

    /// <summary>
    /// The block indexes of the 目录: from the 目录 heading up to the point where its first entry is printed again as the
    /// body's heading; without such a repeat, the short lines that follow it.
    /// </summary>
    static HashSet<int> TableOfContentsSpan(IReadOnlyList<TextBlock> blocks)
    {
        var span = new HashSet<int>();
        var start = -1;
        for (var i = 0; i < blocks.Count; i++)
            if (TableOfContents.Contains(PrintedText.Compact(blocks[i].Text))) { start = i; break; }
        if (start < 0) return UnlabelledTableOfContents(blocks);

        var first = start + 1 < blocks.Count ? EntryTitle(blocks[start + 1].Text) : "";
        var end = -1;
        for (var j = start + 2; j < blocks.Count && first.Length > 0; j++)
            if (PrintedText.Compact(StripBullet(blocks[j].Text.Trim())) == first) { end = j; break; }
        if (end < 0)
        {
            // no repeat: the entries are the short lines that end in a page number or read as headings
            end = start + 1;
            while (end < blocks.Count && IsEntry(blocks[end])) end++;
        }
        for (var k = start; k < end; k++) span.Add(k);
        return span;
    }


    /// <summary>A 目录 entry without its leader dots and page number: "一、部门职责.2" → "一、部门职责".</summary>
    static string EntryTitle(string text) => PageNumberTail.Replace(PrintedText.Compact(StripBullet(text.Trim())), "");

    static bool IsEntry(TextBlock block)
    {
        var c = PrintedText.Compact(block.Text);
        return c.Length <= MaxHeadingLength && (PageNumberTail.IsMatch(c) || HeadingLevel(StripBullet(block.Text.Trim()), block.Hint) > 0);
    }

    /// <summary>
    /// A 目录 whose heading was taken away (by recognition): a run of headings only, from the first heading up to where
    /// that heading is printed again.
    /// </summary>
    static HashSet<int> UnlabelledTableOfContents(IReadOnlyList<TextBlock> blocks)
    {
        var span = new HashSet<int>();
        var first = -1;
        for (var i = 0; i < blocks.Count && first < 0; i++)
            if (HeadingLevel(StripBullet(blocks[i].Text.Trim()), blocks[i].Hint) > 0) first = i;
        if (first < 0) return span;
        var title = PrintedText.Compact(StripBullet(blocks[first].Text.Trim()));
        for (var j = first + 1; j < blocks.Count; j++)
        {
            var text = StripBullet(blocks[j].Text.Trim());
            if (PrintedText.Compact(text) == title)
            {
                for (var k = first; k < j; k++) span.Add(k);
                return span;
            }
            if (HeadingLevel(text, blocks[j].Hint) == 0 && PrintedText.Compact(text).Length > MaxHeadingLength) return span;
        }
        return span;
    }
}
