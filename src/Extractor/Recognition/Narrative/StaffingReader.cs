using System.Text.RegularExpressions;
using Extractor.Model;
using static Extractor.Vocabulary.StaffingWords;

namespace Extractor.Recognition.Narrative;

/// <summary>Staffing counts from 机构设置及人员情况: 编制 by category, 实有, 在职 by category, 离休, 退休, 内设科室.</summary>
public static class StaffingReader
{

    /// <summary>Reads staffing from the organisation paragraphs; null when nothing is stated.</summary>
    public static Staffing? Read(IReadOnlyList<ProseParagraph> paragraphs)
    {
        var relevant = paragraphs.Where(p => p.SectionKey == SectionCatalog.Organisation).ToList();
        if (relevant.Count == 0) relevant = paragraphs.Where(p => PrintedText.Compact(p.Text).Contains(Authorized)).ToList();
        if (relevant.Count == 0) return null;

        var staffing = new Staffing();
        var any = false;
        foreach (var p in relevant)
        {
            var c = PrintedText.Compact(p.Text);
            var touched = false;
            if (InternalSections.Match(c) is { Success: true } m) { staffing.InternalSections = int.Parse(m.Groups[1].Value); touched = true; }

            var authorized = AuthorizedTotal.Matches(c).FirstOrDefault(m => !CategoryPrefixes.Any(w => c[Math.Max(0, m.Index - 8)..m.Index].Contains(w)))
                             ?? Match.Empty;
            if (authorized.Success)
            {
                staffing.Authorized = int.Parse(authorized.Groups[1].Value);
                var end = IndexOfAny(c, authorized.Index + authorized.Length, Actual, InService);
                ReadCategories(c[(authorized.Index + authorized.Length)..end], staffing.AuthorizedByCategory);
                touched = true;
            }
            if (ActualTotal.Match(c) is { Success: true } actual) { staffing.Actual = int.Parse(actual.Groups[1].Value); touched = true; }
            var inService = InServiceTotal.Match(c);
            if (inService.Success)
            {
                staffing.InService = int.Parse(inService.Groups[1].Value);
                var end = IndexOfAny(c, inService.Index + inService.Length, RetiredCadresWord, RetiredWord);
                ReadCategories(c[(inService.Index + inService.Length)..end], staffing.InServiceByCategory);
                touched = true;
            }
            if (RetiredCadres.Match(c) is { Success: true } rc) { staffing.RetiredCadres = int.Parse(rc.Groups[1].Value); touched = true; }
            if (Retired.Match(c) is { Success: true } r) { staffing.Retired = int.Parse(r.Groups[1].Value); touched = true; }

            if (touched && staffing.Sentence is null && (authorized.Success || inService.Success))
            {
                staffing.Sentence = p.Text.Trim();
                staffing.Provenance = Provenance.Of(p.Block);
            }
            if (touched && staffing.Sentence is null)
                staffing.Provenance = Provenance.Of(p.Block);
            any |= touched;
        }
        staffing.Sentence ??= relevant.Select(p => p.Text.Trim()).FirstOrDefault(t => t.Contains(Authorized));
        return any ? staffing : null;
    }

    static int IndexOfAny(string text, int from, params string[] words)
    {
        var best = text.Length;
        foreach (var w in words)
        {
            var i = text.IndexOf(w, from, StringComparison.Ordinal);
            if (i >= 0 && i < best) best = i;
        }
        return best;
    }

    static void ReadCategories(string clause, Dictionary<string, int> into)
    {
        foreach (Match m in CountedLabel.Matches(clause))
        {
            var label = BreakdownWords.Aggregate(m.Groups[1].Value, (s, w) => s.Replace(w, ""));
            var category = Categories.FirstOrDefault(c => label.Contains(c.Word)).Category ?? OtherCategory;
            into[category] = into.TryGetValue(category, out var n) ? n + int.Parse(m.Groups[2].Value) : int.Parse(m.Groups[2].Value);
        }
    }
}
