using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Recognition.Narrative;

/// <summary>Staffing counts from 机构设置及人员情况: 编制 by category, 实有, 在职 by category, 离休, 退休, 内设科室.</summary>
public static class StaffingReader
{
    public const string Administrative = "administrative", CivilServantManaged = "civil-servant-managed";
    public const string FullyFunded = "fully-funded", PartlyFunded = "partly-funded", SelfFunded = "self-funded";
    public const string Workers = "workers", OtherCategory = "other";

    /// <summary>Category words (compact text) → category key; first match wins.</summary>
    public static readonly IReadOnlyList<(string Word, string Category)> Categories = new[]
    {
        ("参照公务员", CivilServantManaged), ("参公", CivilServantManaged), ("行政", Administrative),
        ("全部补助", FullyFunded), ("全额", FullyFunded), ("部分补助", PartlyFunded), ("差额", PartlyFunded),
        ("自收自支", SelfFunded), ("经费自理", SelfFunded), ("工勤", Workers),
    };

    static readonly Regex InternalSections = new(@"内设(?:科室|机构|处室|股室)(?:共)?(\d+)个");
    static readonly Regex AuthorizedTotal = new(@"编制(?:人数|数)?(?:共计|合计|总数|总计|共)?(?:为)?(\d+)(?:人|名)");
    /// <summary>Words that make an "编制 N 人" a category count, not the total (行政编制 5 人).</summary>
    static readonly string[] CategoryPrefixes = { "行政", "事业", "工勤", "参照", "参公", "全额", "差额", "自收自支", "补助" };
    static readonly Regex ActualTotal = new(@"实有(?:人数|人员)?(?:共计|合计|总数|总计|共)?(?:为)?(\d+)(?:人|名)");
    static readonly Regex InServiceTotal = new(@"在职(?:人数|人员)?(?:小计|合计|共计|共)?(?:为)?(\d+)(?:人|名)");
    static readonly Regex RetiredCadres = new(@"离休(?:人数|人员)?(?:小计|合计|共计|共)?(?:为)?(\d+)(?:人|名)");
    static readonly Regex Retired = new(@"(?<!离)退休(?:人数|人员)?(?:小计|合计|共计|共)?(?:为)?(\d+)(?:人|名)");
    static readonly Regex CountedLabel = new(@"([^,;:、。\d]+?)(\d+)(?:人|名)");

    /// <summary>Reads staffing from the organisation paragraphs; null when nothing is stated.</summary>
    public static Staffing? Read(IReadOnlyList<ProseParagraph> paragraphs)
    {
        var relevant = paragraphs.Where(p => p.SectionKey == SectionCatalog.Organisation).ToList();
        if (relevant.Count == 0) relevant = paragraphs.Where(p => PrintedText.Compact(p.Text).Contains("编制")).ToList();
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
                var end = IndexOfAny(c, authorized.Index + authorized.Length, "实有", "在职");
                ReadCategories(c[(authorized.Index + authorized.Length)..end], staffing.AuthorizedByCategory);
                touched = true;
            }
            if (ActualTotal.Match(c) is { Success: true } actual) { staffing.Actual = int.Parse(actual.Groups[1].Value); touched = true; }
            var inService = InServiceTotal.Match(c);
            if (inService.Success)
            {
                staffing.InService = int.Parse(inService.Groups[1].Value);
                var end = IndexOfAny(c, inService.Index + inService.Length, "离休", "退休");
                ReadCategories(c[(inService.Index + inService.Length)..end], staffing.InServiceByCategory);
                touched = true;
            }
            if (RetiredCadres.Match(c) is { Success: true } rc) { staffing.RetiredCadres = int.Parse(rc.Groups[1].Value); touched = true; }
            if (Retired.Match(c) is { Success: true } r) { staffing.Retired = int.Parse(r.Groups[1].Value); touched = true; }

            if (touched && staffing.Sentence is null && (authorized.Success || inService.Success))
            {
                staffing.Sentence = p.Text.Trim();
                staffing.Provenance = new Provenance { Page = p.Block.Page, Line = p.Block.Line };
            }
            if (touched && staffing.Sentence is null)
                staffing.Provenance = new Provenance { Page = p.Block.Page, Line = p.Block.Line };
            any |= touched;
        }
        staffing.Sentence ??= relevant.Select(p => p.Text.Trim()).FirstOrDefault(t => t.Contains("编制"));
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
            var label = m.Groups[1].Value.Replace("其中", "").Replace("包括", "");
            var category = Categories.FirstOrDefault(c => label.Contains(c.Word)).Category ?? OtherCategory;
            into[category] = into.TryGetValue(category, out var n) ? n + int.Parse(m.Groups[2].Value) : int.Parse(m.Groups[2].Value);
        }
    }
}
