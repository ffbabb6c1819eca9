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
/// - its place in the document's own 目录 (the entry with its number, else the entry with its title, else the entry
///   after the previous table's);
/// - the measures its column headers name (人员经费 + 公用经费, 基本支出 + 项目支出, 因公出国 + 公务接待, revenue
///   sources), read through the header vocabulary where the header words name no kind.
/// The kind with the highest total wins; every piece is kept (<see cref="KindEvidence"/>) so the JSON says why.
/// </summary>
public static class TableKindCatalog
{
    /// <summary>Scores of the evidence sources. A strong title outweighs any other single source; header and 目录
    /// decide where the title names no kind; codes confirm or contradict.</summary>
    public const int StrongTitleScore = 10, WeakTitleStep = 2, UnlistedTitleScore = 3, HeaderScore = 6, TocScore = 4;
    /// <summary>The 目录 entry found only by order (the one after the previous table's): weaker than by number or title,
    /// and only for a kind other evidence already speaks for.</summary>
    public const int TocOrderScore = 2;
    /// <summary>The measures the column headers name, where the header words name no kind: above a title no rule knows.</summary>
    public const int ColumnsScore = 4;
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
    public static Classification? ExpectedClassification(TableKind kind) => kind switch
    {
        TableKind.Revenue or TableKind.Expenditure or TableKind.GeneralExpenditure or TableKind.GovernmentFundExpenditure
            or TableKind.StateCapitalExpenditure => Classification.Function,
        TableKind.GeneralBasicExpenditure => Classification.Economic,
        _ => null,
    };

    /// <summary>The evidence of one table, as recognition has read it.</summary>
    public sealed record Clues(string? Title, IEnumerable<string> HeaderCells, CodeProfile Codes, TocPlace? Toc);

    /// <summary>A table's entry in the document's 目录 and how it was found: number | title | order.</summary>
    public sealed record TocPlace(TocEntry Entry, int Position, string How)
    {
        public const string ByNumber = "number", ByTitle = "title", ByOrder = "order";
    }

    /// <summary>
    /// Where a table stands in the document's own 目录: the entry its printed number points to (表3 → the third), else
    /// the entry printing its title, else — for a table with neither — the entry after the one of the table before
    /// it (<paramref name="before"/>: the document's tables so far, continuations and the 目录 itself left out).
    /// Entries naming no standard kind place the table but give no evidence.
    /// </summary>
    public static TocPlace? PlaceInToc(IReadOnlyList<TocEntry> toc, string? number, string? title, IEnumerable<(string? Number, string? Title)> before)
    {
        if (toc.Count == 0) return null;
        if (PositionOfNumber(toc, number) is { } n) return new TocPlace(toc[n], n, TocPlace.ByNumber);
        if (PositionOfTitle(toc, title) is { } t) return new TocPlace(toc[t], t, TocPlace.ByTitle);
        if (number is not null) return null;
        var previous = before.LastOrDefault();
        if (previous == default) return null;
        if ((PositionOfNumber(toc, previous.Number) ?? PositionOfTitle(toc, previous.Title)) is { } p && p + 1 < toc.Count)
            return new TocPlace(toc[p + 1], p + 1, TocPlace.ByOrder);
        return null;
    }

    /// <summary>The 目录 position a printed number points to: its last run of digits (表3, 公开表3, 附表1-3 → 3), 1-based.</summary>
    static int? PositionOfNumber(IReadOnlyList<TocEntry> toc, string? number)
    {
        if (number == null) return null;
        var digits = new string(number.Reverse().SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).Reverse().ToArray());
        return int.TryParse(digits, out var n) && n >= 1 && n <= toc.Count ? n - 1 : null;
    }

    /// <summary>The one 目录 entry printing the title (compared in matching form, year and negations kept), or null.</summary>
    static int? PositionOfTitle(IReadOnlyList<TocEntry> toc, string? title)
    {
        var key = PrintedText.ForMatching(title);
        if (key.Length == 0) return null;
        var hits = Enumerable.Range(0, toc.Count).Where(i => PrintedText.ForMatching(toc[i].Title) == key).ToList();
        return hits.Count == 1 ? hits[0] : null;
    }

    /// <summary>The measures a header names, each cell read whole through the header vocabulary (Vocabulary/Measures).</summary>
    public static IReadOnlySet<Measure> MeasuresOfHeader(IEnumerable<string> headerCells)
    {
        var found = new HashSet<Measure>();
        foreach (var cell in headerCells)
        {
            var key = PrintedText.LabelKey(cell);
            if (key.Length == 0) continue;
            foreach (var (pattern, measure) in HeaderMeasureRules)
                if (pattern.IsMatch(key)) { found.Add(measure); break; }
        }
        return found;
    }

    static readonly (System.Text.RegularExpressions.Regex Pattern, Measure Measure)[] HeaderMeasureRules =
        Measures.HeaderRules.Select(r => (new System.Text.RegularExpressions.Regex("^(?:" + r.Pattern + ")$", System.Text.RegularExpressions.RegexOptions.Compiled), r.Measure)).ToArray();

    static readonly Measure[] RevenueSourceMeasures =
    {
        Measure.Appropriation, Measure.GeneralBudget, Measure.GovernmentFund, Measure.StateCapital, Measure.SpecialAccount,
        Measure.BusinessIncome, Measure.OperatingIncome, Measure.SubsidiaryIncome, Measure.SuperiorSubsidy, Measure.OtherIncome,
    };

    /// <summary>
    /// The kinds the column measures speak for: 出国 + 接待 (+ 用车) the 三公 table; 人员 + 公用 the basic table;
    /// 基本 + 项目 the expenditure tables (all funds or 一般公共预算: both, the title or 目录 tells which); two or more
    /// revenue sources and no 基本/项目 the revenue table. Empty when the measures name none.
    /// </summary>
    public static IReadOnlyList<TableKind> KindsOfColumns(IReadOnlySet<Measure> m)
    {
        if (new[] { Measure.Outbound, Measure.Reception, Measure.Vehicles, Measure.VehiclePurchase, Measure.VehicleOperation }.Count(m.Contains) >= 2)
            return new[] { TableKind.ThreePublic };
        if (m.Contains(Measure.Personnel) && m.Contains(Measure.Public) && !m.Contains(Measure.Project))
            return new[] { TableKind.GeneralBasicExpenditure };
        var sources = RevenueSourceMeasures.Count(m.Contains);
        if (m.Contains(Measure.Basic) && m.Contains(Measure.Project) && sources == 0)
            return new[] { TableKind.Expenditure, TableKind.GeneralExpenditure };
        if (sources >= 2 && !m.Contains(Measure.Basic) && !m.Contains(Measure.Project))
            return new[] { TableKind.Revenue };
        return Array.Empty<TableKind>();
    }

    /// <summary>The decision: the winning kind, the source that weighed most for it, and every piece of evidence.</summary>
    public sealed record Decision(TableKind Kind, KindSource RecognisedBy, TitleRule? TitleRule, List<KindEvidence> Evidence);

    /// <summary>Weighs every piece of evidence; the kind with the highest total wins (ties: title, header, 目录 order).</summary>
    public static Decision Decide(Clues clues)
    {
        var evidence = new List<KindEvidence>();
        var rule = RuleOfTitle(clues.Title);
        WithoutNegations(clues.Title, out var negated);
        foreach (var q in negated)
            evidence.Add(new KindEvidence { Source = KindSource.TitleQualifier, Kind = TableKind.Other, Score = 0, Detail = $"negated qualifier ignored: {q}" });
        if (rule != null)
            evidence.Add(new KindEvidence
            {
                Source = rule.Weak ? KindSource.TitleWeak : KindSource.Title, Kind = rule.Kind, Score = StrongTitleScore - WeakTitleStep * rule.Rank,
                Detail = $"{clues.Title}: {rule}",
            });
        else if (!string.IsNullOrWhiteSpace(clues.Title))
            evidence.Add(new KindEvidence { Source = KindSource.TitleUnlisted, Kind = TableKind.Other, Score = UnlistedTitleScore, Detail = $"{clues.Title}: no title rule" });

        var headerCells = clues.HeaderCells.ToList();
        if (KindOfHeader(headerCells) is { } byHeader)
            evidence.Add(new KindEvidence { Source = KindSource.Header, Kind = byHeader, Score = HeaderScore, Detail = string.Join(" | ", headerCells.Take(12)) });
        else if (MeasuresOfHeader(headerCells) is { Count: > 0 } measures)
            foreach (var kind in KindsOfColumns(measures))
                evidence.Add(new KindEvidence { Source = KindSource.Columns, Kind = kind, Score = ColumnsScore, Detail = "column measures: " + string.Join(" + ", measures.Select(m => m.Text()).Order(StringComparer.Ordinal)) });
        // the entry found only by order never makes a kind on its own: it adds to a kind other evidence speaks for
        if (clues.Toc is { Entry.Kind: { } tocKind } toc && tocKind != TableKind.Other
            && (toc.How != TocPlace.ByOrder || evidence.Any(e => e.Kind == tocKind && e.Score > 0)))
            evidence.Add(new KindEvidence
            {
                Source = toc.How switch { TocPlace.ByNumber => KindSource.NumberInToc, TocPlace.ByTitle => KindSource.TitleInToc, _ => KindSource.OrderInToc },
                Kind = tocKind, Score = toc.How == TocPlace.ByOrder ? TocOrderScore : TocScore,
                Detail = $"toc entry {toc.Position + 1}: {toc.Entry.Title}",
            });

        // Codes: confirm the candidates coded so, contradict the candidates coded otherwise; never a kind on their own.
        if (clues.Codes.Majority is { } coded)
            foreach (var kind in evidence.Where(e => e.Score > 0).Select(e => e.Kind).Distinct().ToList())
                if (ExpectedClassification(kind) is { } expected)
                    evidence.Add(new KindEvidence
                    {
                        Source = KindSource.Codes, Kind = kind, Score = SameFamily(expected, coded) ? CodesSupportScore : CodesContradictScore,
                        Detail = clues.Codes.ToString(),
                    });

        var totals = evidence.GroupBy(e => e.Kind).Select(g => (Kind: g.Key, Score: g.Sum(e => e.Score), First: evidence.FindIndex(e => e.Kind == g.Key && e.Score > 0)))
            .Where(x => evidence.Any(e => e.Kind == x.Kind && e.Score > 0))
            .OrderByDescending(x => x.Score).ThenBy(x => x.First).ToList();
        if (totals.Count == 0 || totals[0].Score <= 0)
            return new Decision(TableKind.Other, string.IsNullOrWhiteSpace(clues.Title) ? KindSource.None : KindSource.TitleUnlisted, null, evidence);
        var winner = totals[0].Kind;
        var by = evidence.Where(e => e.Kind == winner && e.Score > 0).MaxBy(e => e.Score)!.Source;
        return new Decision(winner, by, rule?.Kind == winner ? rule : null, evidence);
    }

    static bool SameFamily(Classification expected, Classification coded) =>
        expected == coded || (expected == Classification.Economic && coded == Classification.EconomicGovernment);

    /// <summary>Kinds whose cells are amounts (so a table of them without any number holds no data).</summary>
    public static bool IsAmountTable(TableKind kind) =>
        kind is not (TableKind.PerformanceTargets or TableKind.Other or TableKind.Procurement or TableKind.ProjectExpenditure);

    /// <summary>The standard tables of a department or unit budget or final account (expected where no 目录 is printed).</summary>
    public static IReadOnlyList<(TableKind Kind, string BudgetTitle, string FinalTitle)> StandardSet => TableKinds.StandardSet;
}
