using Extractor.Model;
using Extractor.Recognition;

namespace Extractor.Normalization;

/// <summary>
/// Compares what the 目录 promised (or, without one, the standard tables of a department/unit budget or final account)
/// with what the document holds: present with data, declared empty (with the note), missing. The last pass of
/// normalization (<see cref="DocumentNormalizer"/>): it reads the recognised tables (each part as printed, with its note)
/// and the normalised document (the tables' numbers, the narrative's sections).
/// </summary>
public static class CompletenessAssessor
{
    public static Completeness Assess(RecognizedDocument recognized, BudgetDocument doc)
    {
        var result = new Completeness { HasTableOfContents = recognized.HasTableOfContents && recognized.TableOfContents.Count > 0 };

        var expected = result.HasTableOfContents
            ? recognized.TableOfContents.Select(e => new ExpectedTable(e.Kind ?? TableKind.Other, e.Title)).ToList()
            : StandardSet(recognized.Metadata);
        result.Expected.AddRange(expected);

        // each recognised table with the number of the document table it became (a continuation part: the table it was
        // joined to), by the identity normalization keeps, never by list position (a join shifts the lists apart)
        var tables = recognized.Tables.Select((t, i) => (Table: t, Index: doc.Tables.FirstOrDefault(d => d.RecognizedParts.Contains(i))?.Index)).ToList();
        foreach (var kind in tables.Where(t => !t.Table.DeclaredEmpty).Select(t => t.Table.Kind).Distinct())
            result.Present.Add(kind);
        foreach (var (table, index) in tables.Where(t => t.Table.DeclaredEmpty))
            if (!tables.Any(o => !o.Table.DeclaredEmpty && o.Table.Kind == table.Kind && table.Kind != TableKind.Other))
                result.DeclaredEmpty.Add(new ExpectedTable(table.Kind, table.Caption.Title ?? table.Kind.Text(), table.Caption.Note, index));

        foreach (var e in expected)
            if (!IsFound(e, recognized))
                result.Missing.Add(e);

        foreach (var key in doc.Narrative.Sections.Select(s => s.Key).Distinct())
            result.NarrativeSections.Add(key);
        return result;
    }

    /// <summary>A listed table is found when a table of its kind is present (an `other` entry: one with the same title).</summary>
    static bool IsFound(ExpectedTable e, RecognizedDocument recognized)
    {
        if (e.Kind != TableKind.Other) return recognized.Tables.Any(t => t.Kind == e.Kind);
        var title = PrintedText.ForMatching(e.Title);
        return recognized.Tables.Any(t => t.Title != null && PrintedText.ForMatching(t.Title).Contains(title));
    }

    /// <summary>The standard set for a department or unit document; a government report expects none of them.</summary>
    public static List<ExpectedTable> StandardSet(DocumentMetadata meta)
    {
        if (meta.Scope == Scope.Government) return new();
        var final = meta.Phase == Phase.Final;
        return TableKindCatalog.StandardSet.Select(s => new ExpectedTable(s.Kind, final ? s.FinalTitle : s.BudgetTitle)).ToList();
    }
}
