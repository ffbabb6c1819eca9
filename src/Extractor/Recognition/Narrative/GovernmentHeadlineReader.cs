using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Vocabulary;

namespace Extractor.Recognition.Narrative;

/// <summary>
/// The headline figures of a government's report as narrative facts: "全市一般公共预算收入 520.3 亿元，增长 5.2%" →
/// subject government-general-revenue, label 全市一般公共预算收入, amount 520.3 亿元, change_percent 5.2. Subjects are
/// <see cref="GovernmentHeadlines.Subjects"/>; the amount must follow its subject within the same clause.
/// </summary>
public static class GovernmentHeadlineReader
{
    static readonly Regex Pattern = Build();

    static Regex Build()
    {
        var subjects = string.Join("|", GovernmentHeadlines.Subjects.Select(s => s.Words).OrderByDescending(w => w.Length).Select(Regex.Escape));
        var coverage = string.Join("|", GovernmentHeadlines.CoverageWords.OrderByDescending(w => w.Length).Select(Regex.Escape));
        var up = string.Join("|", GovernmentHeadlines.Increase.Concat(GovernmentHeadlines.Decrease).OrderByDescending(w => w.Length));
        return new Regex(
            $@"(?<label>(?:{coverage})?(?:{subjects}))[^{GovernmentWords.ClauseBreaks}0-9]{{0,8}}?{GovernmentHeadlines.Link}\s*(?<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<unit>{GovernmentWords.HeadlineUnits})" +
            $@"(?:,?[^{GovernmentWords.ClauseBreaks}0-9%]{{0,12}}?(?<dir>{up})\s*(?<pct>\d+(?:\.\d+)?)\s*%)?",
            RegexOptions.Compiled);
    }

    public static List<NarrativeFact> Read(IReadOnlyList<ProseParagraph> paragraphs)
    {
        var facts = new List<NarrativeFact>();
        foreach (var p in paragraphs) facts.AddRange(ReadParagraph(p));
        return facts;
    }

    public static List<NarrativeFact> ReadParagraph(ProseParagraph paragraph)
    {
        var folded = PrintedText.Fold(paragraph.Text).Replace(GovernmentWords.FullComma, ',').Replace(GovernmentWords.FullSemicolon, ';');
        var facts = new List<NarrativeFact>();
        foreach (Match m in Pattern.Matches(folded))
        {
            var label = m.Groups["label"].Value;
            var words = GovernmentHeadlines.Subjects.Where(s => label.EndsWith(s.Words)).OrderByDescending(s => s.Words.Length).First();
            // 一般公共预算收入 of 税收收入: the tax clause's own subject, never the general revenue's
            if (NumberParser.ValueOf(m.Groups["num"].Value) is not { } value) continue;
            var unit = m.Groups["unit"].Value;
            var fact = new NarrativeFact
            {
                Subject = words.Subject, Label = label, Section = paragraph.SectionKey, Amount = value, Unit = unit,
                Yuan = AmountUnits.ToYuan(value, unit), Sentence = Sentence(folded, m.Index),
                Provenance = Provenance.Of(paragraph.Block),
            };
            if (m.Groups["pct"].Success && NumberParser.ValueOf(m.Groups["pct"].Value) is { } pct)
            {
                var up = GovernmentHeadlines.Increase.Contains(m.Groups["dir"].Value);
                fact.ChangePercent = up ? pct : -pct;
                fact.Direction = pct == 0 ? "flat" : up ? "increase" : "decrease";
            }
            facts.Add(fact);
        }
        return facts;
    }

    static string Sentence(string text, int at)
    {
        var start = text.LastIndexOf(GovernmentWords.FullStop, Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf(GovernmentWords.FullStop, at);
        return text[start..(end < 0 ? text.Length : end + 1)].Trim();
    }
}
