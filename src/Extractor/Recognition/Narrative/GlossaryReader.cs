using System.Text.RegularExpressions;
using Extractor.Model;
using static Extractor.Vocabulary.GlossaryWords;

namespace Extractor.Recognition.Narrative;

/// <summary>名词解释 entries; subject entries "X（类）Y（款）Z（项）：…" keep their 类/款/项 names.</summary>
public static class GlossaryReader
{
    public static List<GlossaryEntry> Read(IReadOnlyList<ProseParagraph> paragraphs)
    {
        var entries = new List<GlossaryEntry>();
        foreach (var p in paragraphs.Where(p => p.SectionKey == SectionCatalog.Glossary))
        {
            var printed = p.Text.Trim();
            var m = Entry.Match(PrintedText.Fold(printed));
            if (!m.Success) continue;
            var entry = new GlossaryEntry
            {
                Term = printed.Substring(m.Groups["term"].Index, m.Groups["term"].Length).Trim(),
                Definition = printed[m.Groups["def"].Index..].Trim(),
                Sentence = printed,
                Provenance = Provenance.Of(p.Block),
            };
            var path = SubjectPath.Match(Regex.Replace(PrintedText.Fold(entry.Term), @"\s+", ""));
            if (path.Success)
            {
                entry.ClassName = path.Groups["c"].Value;
                entry.SectionName = path.Groups["k"].Success ? path.Groups["k"].Value : null;
                entry.ItemName = path.Groups["x"].Success ? path.Groups["x"].Value : null;
            }
            entries.Add(entry);
        }
        return entries;
    }
}
