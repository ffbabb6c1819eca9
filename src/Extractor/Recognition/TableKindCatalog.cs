using Extractor.Model;
using Extractor.Vocabulary;

namespace Extractor.Recognition;

/// <summary>
/// Decides a table's kind (DOMAIN.md section 3) from all of its evidence together, each piece scored:
/// - the title, matched against the ordered title rules of <see cref="TableKinds"/> after its negated qualifiers
///   (…-不含上年结转, 除…外) are removed: a qualifier describes what a table leaves out and never decides its kind;
/// - the header words (人员经费 + 公用经费 by 经济分类, 基本支出 + 项目支出 by 功能分类, 因公出国 + 公务接待 …);
/// - the classification its codes belong to (2xx function, 3xx/5xx economic, 1xx revenue), which supports the kinds
///   whose rows are coded so and speaks against the kinds whose rows are coded otherwise;
/// - its number's place in the 目录.
/// The kind with the highest total wins; every piece is kept (<see cref="KindEvidence"/>) so the JSON says why.
/// </summary>
public static class TableKindCatalog
{
    /// <summary>Scores of the evidence sources. A strong title outweighs any other single source; header and 目录
    /// decide where the title names no kind; codes confirm or contradict.</summary>
    public const int StrongTitleScore = 10, WeakTitleStep = 2, UnlistedTitleScore = 3, HeaderScore = 6, TocScore = 4;
    public const int CodesSupportScore = 2, CodesContradictScore = -3;

    /// <summary>The rule a printed title matches (negated qualifiers removed), or null.</summary>
    public static TitleRule? RuleOfTitle(string? title)
    {
        var t = Decisive(title);
        if (t.Length == 0) return null;
        foreach (var rule in TableKinds.TitleRules)
            if (rule.AllOf.All(t.Contains) && (rule.AnyOf.Length == 0 || rule.AnyOf.Any(t.Contains)) && !rule.NoneOf.Any(t.Contains))
                return rule;
        return null;
    }

    /// <summary>The kind a printed title names, or null when it names none of the standard tables.</summary>
    public static TableKind? KindOfTitle(string? title) => RuleOfTitle(title)?.Kind;

    /// <summary>
    /// The title as matched: compact, quotes and brackets removed, and without its negated qualifiers — from a negation
    /// word (不含, 不包括 …) to the closing bracket or the end, and 除…外.
    /// </summary>
    public static string Decisive(string? title) => PrintedText.ForMatching(WithoutNegations(title, out _));

    /// <summary>The title with its negated qualifiers cut out; <paramref name="removed"/> lists them.</summary>
    public static string WithoutNegations(string? title, out List<string> removed)
    {
        removed = new List<string>();
        var s = PrintedText.Compact(title);
        foreach (var negation in TableKinds.Negations)
            for (var i = s.IndexOf(negation, StringComparison.Ordinal); i >= 0; i = s.IndexOf(negation, i, StringComparison.Ordinal))
            {
                var end = i + negation.Length;
                while (end < s.Length && !IsClosing(s[end])) end++;
                removed.Add(s[i..end]);
                s = s[..i] + s[end..];
            }
        for (var i = s.IndexOf(TableKinds.ExceptOpen, StringComparison.Ordinal); i >= 0; i = s.IndexOf(TableKinds.ExceptOpen, i + 1, StringComparison.Ordinal))
        {
            var close = s.IndexOf(TableKinds.ExceptClose, i + 1, StringComparison.Ordinal);
            if (close < 0 || s[(i + 1)..close].Any(IsClosing)) continue;
            removed.Add(s[i..(close + 1)]);
            s = s[..i] + s[(close + 1)..];
        }
        return s;
    }

    static bool IsClosing(char c) => TableKinds.ClosingBrackets.Contains(c);

    /// <summary>The kind the header row names (人员经费/公用经费 + 经济分类 → basic), or null.</summary>
    public static TableKind? KindOfHeader(IEnumerable<string> headerCells)
    {
        var h = string.Concat(headerCells.Select(PrintedText.ForMatching));
        if (h.Length == 0) return null;
        bool Has(string s) => h.Contains(s);
        int Count(string s) { var n = 0; for (var i = h.IndexOf(s); i >= 0; i = h.IndexOf(s, i + s.Length)) n++; return n; }

        if (TableKinds.Header.PerformanceIndicators.Any(Has)) return TableKind.PerformanceTargets;
        if (Has(TableKinds.Header.Outbound) && Has(TableKinds.Header.Reception)) return TableKind.ThreePublic;
        if (Has(TableKinds.Header.Personnel) && Has(TableKinds.Header.Public) && Has(TableKinds.Header.Economic) && !Has(TableKinds.Header.Function))
            return TableKind.GeneralBasicExpenditure;
        var twoSided = Has(TableKinds.Header.Income) && Has(TableKinds.Header.Expenditure)
                       && (Count(TableKinds.Header.Item) >= 2 || Has(TableKinds.Header.IncomeGrandTotal) || Has(TableKinds.Header.CurrentIncome)
                           || Count(TableKinds.Header.BudgetAmount) >= 2 || Count(TableKinds.Header.FinalAmount) >= 2);
        if (twoSided && !Has(TableKinds.Header.Function)) return TableKind.Summary;
        var byFunction = Has(TableKinds.Header.Function) || Has(TableKinds.Header.SubjectCode);
        if (byFunction && Has(TableKinds.Header.Basic) && Has(TableKinds.Header.Project)) return TableKind.Expenditure;
        if (byFunction && TableKinds.Header.RevenueSources.Any(Has) && !Has(TableKinds.Header.Basic)) return TableKind.Revenue;
        return null;
    }

    /// <summary>The classification a kind's rows are coded in, or null for kinds without a fixed one.</summary>
    public static string? ExpectedClassification(TableKind kind) => kind switch
    {
        TableKind.Revenue or TableKind.Expenditure or TableKind.GeneralExpenditure or TableKind.GovernmentFundExpenditure
            or TableKind.StateCapitalExpenditure => Classification.Function,
        TableKind.GeneralBasicExpenditure => Classification.Economic,
        _ => null,
    };

    /// <summary>The evidence of one table, as recognition has read it.</summary>
    public sealed record Clues(string? Title, IEnumerable<string> HeaderCells, CodeProfile Codes, TocEntry? TocEntry);

    /// <summary>The decision: the winning kind, the source that weighed most for it, and every piece of evidence.</summary>
    public sealed record Decision(TableKind Kind, string RecognisedBy, TitleRule? TitleRule, List<KindEvidence> Evidence);

    /// <summary>Weighs every piece of evidence; the kind with the highest total wins (ties: title, header, 目录 order).</summary>
    public static Decision Decide(Clues clues)
    {
        var evidence = new List<KindEvidence>();
        var rule = RuleOfTitle(clues.Title);
        WithoutNegations(clues.Title, out var negated);
        foreach (var q in negated)
            evidence.Add(new KindEvidence { Source = "title-qualifier", Kind = TableKind.Other, Score = 0, Detail = $"negated qualifier ignored: {q}" });
        if (rule != null)
            evidence.Add(new KindEvidence
            {
                Source = rule.Weak ? "title-weak" : "title", Kind = rule.Kind, Score = StrongTitleScore - WeakTitleStep * rule.Rank,
                Detail = $"{clues.Title}: {rule}",
            });
        else if (!string.IsNullOrWhiteSpace(clues.Title))
            evidence.Add(new KindEvidence { Source = "title-unlisted", Kind = TableKind.Other, Score = UnlistedTitleScore, Detail = $"{clues.Title}: no title rule" });

        var headerCells = clues.HeaderCells.ToList();
        if (KindOfHeader(headerCells) is { } byHeader)
            evidence.Add(new KindEvidence { Source = "header", Kind = byHeader, Score = HeaderScore, Detail = string.Join(" | ", headerCells.Take(12)) });
        if (clues.TocEntry is { Kind: { } tocKind } toc && tocKind != TableKind.Other)
            evidence.Add(new KindEvidence { Source = "number-in-toc", Kind = tocKind, Score = TocScore, Detail = $"toc entry: {toc.Title}" });

        // Codes: confirm the candidates coded so, contradict the candidates coded otherwise; never a kind on their own.
        if (clues.Codes.Majority is { } coded)
            foreach (var kind in evidence.Where(e => e.Score > 0).Select(e => e.Kind).Distinct().ToList())
                if (ExpectedClassification(kind) is { } expected)
                    evidence.Add(new KindEvidence
                    {
                        Source = "codes", Kind = kind, Score = SameFamily(expected, coded) ? CodesSupportScore : CodesContradictScore,
                        Detail = clues.Codes.ToString(),
                    });

        var totals = evidence.GroupBy(e => e.Kind).Select(g => (Kind: g.Key, Score: g.Sum(e => e.Score), First: evidence.FindIndex(e => e.Kind == g.Key && e.Score > 0)))
            .Where(x => evidence.Any(e => e.Kind == x.Kind && e.Score > 0))
            .OrderByDescending(x => x.Score).ThenBy(x => x.First).ToList();
        if (totals.Count == 0 || totals[0].Score <= 0)
            return new Decision(TableKind.Other, string.IsNullOrWhiteSpace(clues.Title) ? "none" : "title-unlisted", null, evidence);
        var winner = totals[0].Kind;
        var by = evidence.Where(e => e.Kind == winner && e.Score > 0).MaxBy(e => e.Score)!.Source;
        return new Decision(winner, by, rule?.Kind == winner ? rule : null, evidence);
    }

    static bool SameFamily(string expected, string coded) =>
        expected == coded || (expected == Classification.Economic && coded == Classification.EconomicGovernment);

    /// <summary>Kinds whose cells are amounts (so a table of them without any number holds no data).</summary>
    public static bool IsAmountTable(TableKind kind) =>
        kind is not (TableKind.PerformanceTargets or TableKind.Other or TableKind.Procurement or TableKind.ProjectExpenditure);

    /// <summary>The standard tables of a department or unit budget or final account (expected where no 目录 is printed).</summary>
    public static IReadOnlyList<(TableKind Kind, string BudgetTitle, string FinalTitle)> StandardSet => TableKinds.StandardSet;
}
