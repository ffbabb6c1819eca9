using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Recognition.Narrative;

/// <summary>
/// Amount and count facts from prose: "LABEL 259.10 万元，较上年预算安排减少 130.09 万元，下降 11.20%，主要原因是…".
/// Works on the full-width-folded text, which has the same length as the printed text, so spans map back one to one.
/// </summary>
public static class FactReader
{
    public static List<NarrativeFact> Read(IReadOnlyList<ProseParagraph> paragraphs)
    {
        var facts = new List<NarrativeFact>();
        foreach (var p in paragraphs) facts.AddRange(ReadParagraph(p));
        foreach (var fact in facts) ReadSentence(fact);
        return facts;
    }

    /// <summary>What the fact's sentence says of it beyond the amount: the share it states (占 x%), the unit whose
    /// budget it gives when that is how the sentence opens (XX站预算 3,687.57万元).</summary>
    public static void ReadSentence(NarrativeFact fact)
    {
        var share = ProseFacts.Share.Match(PrintedText.Fold(fact.Sentence));
        fact.SharePercent = share.Success ? NumberParser.ValueOf(share.Groups[1].Value) : null;
        var unit = ProseFacts.UnitBudgetSentence.Match(PrintedText.Compact(fact.Sentence));
        fact.BudgetOf = unit.Success ? unit.Groups["unit"].Value : null;
    }

    enum EventKind { Amount, Count, Percent, Flat, Reason }

    public static List<NarrativeFact> ReadParagraph(ProseParagraph paragraph)
    {
        var text = paragraph.Text;
        var folded = PrintedText.Fold(text);
        var economicFirst = PrintedText.Compact(text).Contains(ProseFacts.EconomicClassification);
        var events = new List<(int Index, EventKind Kind, Match Match)>();
        foreach (Match m in ProseFacts.Amount.Matches(folded)) events.Add((m.Index, EventKind.Amount, m));
        foreach (Match m in ProseFacts.VehicleCount.Matches(folded)) events.Add((m.Index, EventKind.Count, m));
        foreach (Match m in ProseFacts.PercentChange.Matches(folded)) events.Add((m.Groups["num"].Index, EventKind.Percent, m));
        foreach (Match m in ProseFacts.Flat.Matches(folded)) events.Add((m.Index + m.Length, EventKind.Flat, m));
        foreach (Match m in ProseFacts.Reason.Matches(folded)) events.Add((m.Index, EventKind.Reason, m));
        events.Sort((a, b) => a.Index.CompareTo(b.Index));

        var reasonSpans = events.Where(e => e.Kind == EventKind.Reason).Select(e => (e.Match.Index, End: e.Match.Index + e.Match.Length)).ToList();
        var facts = new List<NarrativeFact>();
        NarrativeFact? last = null;
        string? paragraphFunds = null;
        foreach (var (at, kind, m) in events)
        {
            if (kind != EventKind.Reason && reasonSpans.Any(r => at > r.Index && at < r.End)) continue;
            switch (kind)
            {
                case EventKind.Amount:
                case EventKind.Count:
                {
                    var value = NumberParser.ValueOf(m.Groups["num"].Value);
                    if (value is null) break;
                    var label = LabelBefore(text, folded, m.Index);
                    var compact = PrintedText.Compact(label);
                    var change = ProseFacts.ChangeLabel.Match(compact);
                    if (change.Success && (ProseFacts.PriorYearWords.Any(compact.Contains) || compact.Length <= 3
                                           || ProseFacts.ComparedWithYear.IsMatch(compact)))
                    {
                        if (kind == EventKind.Amount && last is { Change: null, Unit: not ProseFacts.VehicleUnit }) ApplyChange(last, change.Groups["dir"].Value, value.Value);
                        else if (kind == EventKind.Count && last is { Change: null, Unit: ProseFacts.VehicleUnit }) ApplyChange(last, change.Groups["dir"].Value, value.Value);
                        break;
                    }
                    if (change.Success) break; // "基本支出增加 4,372.14 万元": a named subject's change, not its amount
                    // a 决算's "年初预算为 X" is the budget beside the outturn, not the amount spent
                    if (ProseFacts.BudgetBesideOutturnWords.Any(compact.Contains)) break;
                    var (subject, code) = kind == EventKind.Count ? (CountSubject(compact), null) : AmountSubject(compact, economicFirst);
                    if (subject is null) break;
                    label = ShortLabel(label, kind == EventKind.Count ? SubjectCatalog.VehicleLabels : SubjectCatalog.AmountLabels);
                    var unit = kind == EventKind.Count ? ProseFacts.VehicleUnit : text.Substring(m.Groups["unit"].Index, m.Groups["unit"].Length);
                    last = new NarrativeFact
                    {
                        Subject = subject, Label = label, Code = code, Section = paragraph.SectionKey,
                        Funds = FundsOf(label, folded[SentenceStart(folded, m.Index)..m.Index], paragraph.SectionKey) ?? paragraphFunds,
                        Amount = value, Unit = unit, Yuan = kind == EventKind.Amount ? AmountUnits.ToYuan(value, unit) : null,
                        Sentence = SentenceAround(text, m.Index),
                        Provenance = Provenance.Of(paragraph.Block),
                    };
                    facts.Add(last);
                    // A paragraph that opens with narrowed money (一般公共预算财政拨款收入 …) is about that money throughout.
                    if (facts.Count == 1) paragraphFunds = last.Funds;
                    break;
                }
                case EventKind.Percent when last is { ChangePercent: null }:
                {
                    var pct = NumberParser.ValueOf(m.Groups["num"].Value)!.Value;
                    var increase = ProseFacts.IncreaseWords.Contains(m.Groups["dir"].Value);
                    last.ChangePercent = increase ? pct : -pct;
                    last.Direction ??= pct == 0 ? "flat" : increase ? "increase" : "decrease";
                    break;
                }
                case EventKind.Flat when last is { Change: null }:
                    ApplyChange(last, ProseFacts.FlatWord, 0m);
                    break;
                case EventKind.Reason when last is { Reason: null }:
                    last.Reason = text.Substring(m.Groups["r"].Index, m.Groups["r"].Length).Trim();
                    break;
            }
        }
        return facts;
    }

    static void ApplyChange(NarrativeFact fact, string direction, decimal amount)
    {
        var increase = ProseFacts.IncreaseWords.Contains(direction);
        fact.Change = amount == 0 ? 0 : increase ? amount : -amount;
        fact.Direction = amount == 0 ? "flat" : increase ? "increase" : "decrease";
        if (fact.Amount is { } a) fact.PriorYear = a - fact.Change;
    }

    /// <summary>The printed words just before an amount: back to the previous clause delimiter, without "为", "：".</summary>
    static string LabelBefore(string text, string folded, int index)
    {
        var end = index;
        while (true)
        {
            while (end > 0 && (char.IsWhiteSpace(folded[end - 1]) || folded[end - 1] == ':')) end--;
            var link = ProseFacts.LinkWords.FirstOrDefault(w => end >= w.Length && string.CompareOrdinal(folded, end - w.Length, w, 0, w.Length) == 0);
            if (link is null) break;
            end -= link.Length;
        }
        var start = end;
        while (start > 0 && folded[start - 1] is not (',' or ';' or ':' or Punctuation.FullStop or Punctuation.Enumeration or '\n')) start--;
        var label = Regex.Replace(text[start..end], @"\s+", "");
        if (label.StartsWith(ProseFacts.OfWhich)) label = label[ProseFacts.OfWhich.Length..];
        return ProseFacts.LeadingNumbering.Replace(label, "");
    }

    /// <summary>The label from the catalog word on: "2025年…中心收入预算总额" → "收入预算总额" (an opening quote is kept).</summary>
    static string ShortLabel(string label, IReadOnlyList<(string Word, string Subject)> catalog)
    {
        var folded = PrintedText.Fold(label);
        foreach (var (word, _) in catalog)
        {
            var i = folded.IndexOf(word, StringComparison.Ordinal);
            if (i < 0) continue;
            if (i > 0 && folded[i - 1] is '“' or '"' or '‘' or '\'') i--;
            var qualifier = SubjectCatalog.AppropriationQualifiers.FirstOrDefault(q => folded[..i].EndsWith(q, StringComparison.Ordinal));
            if (qualifier is not null) i -= qualifier.Length;
            return label[i..];
        }
        return label;
    }

    static string? FundsOf(string label, string sentenceBefore, string section)
    {
        var l = PrintedText.Compact(label);
        foreach (var (word, funds) in ProseFacts.FundsWords)
            if (l.StartsWith(word, StringComparison.Ordinal)) return funds;
        // "一般公共预算财政拨款" is general-budget money, not appropriations at large
        var before = ProseFacts.BudgetAppropriation.Replace(PrintedText.Compact(sentenceBefore), "$1");
        var best = (At: -1, Funds: (string?)null);
        foreach (var (word, funds) in ProseFacts.FundsWords)
        {
            var at = before.LastIndexOf(word, StringComparison.Ordinal);
            if (at > best.At) best = (at, funds);
        }
        if (best.Funds is not null) return best.Funds;
        return section switch
        {
            SectionCatalog.AppropriationExplanation => "appropriation",
            SectionCatalog.GeneralExpenditureExplanation => "general-budget",
            SectionCatalog.GovernmentFundExplanation => "government-fund",
            SectionCatalog.StateCapitalExplanation => "state-capital",
            _ => null,
        };
    }

    static int SentenceStart(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not (Punctuation.FullStop or '\n')) start--;
        return start;
    }

    static string SentenceAround(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not (Punctuation.FullStop or '\n')) start--;
        var end = index;
        while (end < text.Length && text[end] is not (Punctuation.FullStop or '\n')) end++;
        if (end < text.Length) end++;
        return text[start..end].Trim();
    }

    static string? CountSubject(string label) =>
        SubjectCatalog.VehicleLabels.FirstOrDefault(v => label.Contains(v.Word)).Subject;

    static (string? Subject, string? Code) AmountSubject(string label, bool economicFirst)
    {
        foreach (var (word, subject) in SubjectCatalog.AmountLabels)
        {
            var at = label.IndexOf(word, StringComparison.Ordinal);
            if (at < 0) continue;
            // "委托业务费财政拨款预算总额" is the total of something narrower than the budget: not a total fact
            if (SubjectCatalog.Totals.Contains(subject) && SubjectCatalog.NarrowingWords.Any(w => label[..at].Contains(w))) return (null, null);
            // "大厅保安和安检服务项目支出": 基本/项目支出 only as the whole label (a year, 本部门 or a funds word may precede)
            if (subject is SubjectCatalog.Basic or SubjectCatalog.Project && !SubjectCatalog.PlainPrefix.IsMatch(label[..at])) return (null, null);
            return (subject, null);
        }


        var bare = PrintedText.Fold(label).Replace(ProseFacts.ClassMark, "");
        var catalogs = economicFirst
            ? new[] { (SubjectCatalog.EconomicClass, SubjectCatalog.EconomicClasses), (SubjectCatalog.FunctionClass, SubjectCatalog.FunctionClasses) }
            : new[] { (SubjectCatalog.FunctionClass, SubjectCatalog.FunctionClasses), (SubjectCatalog.EconomicClass, SubjectCatalog.EconomicClasses) };
        foreach (var (subject, names) in catalogs)
            foreach (var (name, code) in names.OrderByDescending(n => n.Key.Length))
                if (bare.EndsWith(name, StringComparison.Ordinal)) return (subject, code);

        if (ProseFacts.SubjectMarks.Any(bare.EndsWith) || bare.Contains(ProseFacts.SubjectWord)) return (SubjectCatalog.Subject, null);
        return (null, null);
    }
}
