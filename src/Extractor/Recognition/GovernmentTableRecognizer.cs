using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Raw;
using Extractor.Vocabulary;

namespace Extractor.Recognition;

/// <summary>
/// The government-level family (DOMAIN.md section 3b): decides whether a document is a government's budget or final
/// account, whose government it is (level: province / city / county) and what it covers (全市 region vs 本级 own level),
/// and gives its tables the government kinds. Runs after the department-oriented recognition and only changes a
/// document it finds to be a government's. The rules are data in <see cref="GovernmentTables"/> and
/// <see cref="GovernmentLevels"/>.
/// </summary>
public static partial class GovernmentTableRecognizer
{
    /// <summary>Government table titles needed to call a document with no scope a government's.</summary>
    public const int MinGovernmentTitles = 2;

    /// <summary>Mentions of a government's budget words (预算执行情况, 政府债务 …) in the first blocks needed to call a document
    /// with no scope and no government title a government's: one passing mention (a 法治政府建设报告 naming 政府债务) is not.</summary>
    public const int MinProseMentions = 3;

    /// <summary>Applies the family to a recognised document whose metadata has been read.</summary>
    public static void Apply(RecognizedDocument doc)
    {
        var meta = doc.Metadata;
        if (meta.Scope is null && IsGovernmentDocument(doc)) (meta.Scope, meta.ScopeFrom) = (Scope.Government, MetadataSource.GovernmentWording);
        if (meta.Scope != Scope.Government) return;

        var reading = GovernmentLevelReader.Read(doc);
        if (reading.Name is { } name) meta.UnitName = name;
        // a government's document names a place, not a unit: a name read as a department's is no name here
        else if (meta.UnitName is { } unit && !IsPlaceName(PrintedText.Compact(unit))) meta.UnitName = null;
        meta.GovernmentLevel = reading.Level;
        meta.GovernmentLevelEvidence = reading.Evidence;
        meta.GovernmentCoverage = CoverageOf(doc);

        // each table's government kind, read in order with its continuation settled (TableContextReader owns that)
        TableContextReader.SettleGovernmentParts(doc);
        (meta.Phase, meta.PhaseFrom) = GovernmentPhaseReader.Read(doc, meta.Phase, meta.PhaseFrom);
        for (var i = 0; i < doc.Tables.Count; i++)
            if (doc.Tables[i].Kind != TableKind.Other) doc.Tables[i].Coverage = TableCoverage(doc, i);
        for (var i = 0; i < doc.TableOfContents.Count; i++)
        {
            var entry = doc.TableOfContents[i];
            if (KindOfTitle(entry.Title) is { } kind) doc.TableOfContents[i] = entry with { Kind = kind };
            else if (entry.Kind is { } k && DepartmentToGovernment(k) is { } mapped) doc.TableOfContents[i] = entry with { Kind = mapped };
        }
    }

    /// <summary>Rules from this weight up name a fund, debt or transfers: words a department's tables do not print.</summary>
    public const int SpecificRuleWeight = 50;

    /// <summary>The government kind of a printed title, or null when no government rule matches.</summary>
    public static TableKind? KindOfTitle(string? title) => RuleOfTitle(title)?.Kind;

    /// <summary>The government rule a printed title matches (highest weight), or null.</summary>
    public static GovernmentKindRule? RuleOfTitle(string? title)
    {
        var t = PrintedText.ForMatching(title);
        if (t.Length == 0) return null;
        GovernmentKindRule? best = null;
        foreach (var rule in GovernmentTables.TitleRules)
            if (rule.AllOf.All(t.Contains) && (rule.AnyOf.Length == 0 || rule.AnyOf.Any(t.Contains)) && !rule.NoneOf.Any(t.Contains)
                && (best is null || rule.Weight > best.Weight))
                best = rule;
        return best;
    }

    /// <summary>
    /// A line printed over a table that is a government title without the 表 a title ends in: it names a fund, the
    /// general budget, debt or transfers (a rule from <see cref="SpecificRuleWeight"/> up) and ends in its figures
    /// (预算草案, 执行情况, 决算 …).
    /// </summary>
    public static bool IsUnendedTitle(string? text)
    {
        var t = PrintedText.ForMatching(text);
        return t.Length <= CaptionParser.MaxTitleLength && GovernmentTables.UnendedTitleEndings.Any(t.EndsWith)
            && RuleOfTitle(text) is { Kind: not TableKind.Other } rule && rule.Weight >= SpecificRuleWeight;
    }

    /// <summary>A department kind read by the standard catalog, in a government document (收支总表 → balance …).</summary>
    public static TableKind? DepartmentToGovernment(TableKind kind) => kind switch
    {
        TableKind.Summary or TableKind.AppropriationSummary => TableKind.Balance,
        TableKind.Revenue => TableKind.GovernmentGeneralRevenue,
        TableKind.Expenditure or TableKind.GeneralExpenditure => TableKind.GovernmentGeneralExpenditure,
        TableKind.GeneralBasicExpenditure => TableKind.GovernmentGeneralBasicExpenditure,
        _ => null,
    };

    /// <summary>A government table's own kind, from its title, else its rows, else its department kind mapped (null: none).</summary>
    public static (TableKind? Kind, KindSource? By) KindOf(RecognizedTable table)
    {
        if (KindOfTitle(table.Title) is { } byTitle) return (byTitle, KindSource.GovernmentTitle);
        if (KindOfRows(table) is { } byRows) return (byRows, KindSource.GovernmentRows);
        if (table.Kind != TableKind.Other && DepartmentToGovernment(table.Kind) is { } mapped) return (mapped, InGovernment(table.RecognisedBy));
        return (null, null);
    }

    /// <summary>How a department kind was recognised, in a government document where it is mapped to a government kind.</summary>
    static KindSource InGovernment(KindSource? by) => by switch
    {
        KindSource.Title => KindSource.GovernmentTitle,
        KindSource.Header => KindSource.GovernmentHeader,
        KindSource.Columns => KindSource.GovernmentColumns,
        KindSource.Codes => KindSource.GovernmentCodes,
        KindSource.NumberInToc => KindSource.GovernmentNumberInToc,
        KindSource.TitleInToc => KindSource.GovernmentTitleInToc,
        KindSource.OrderInToc => KindSource.GovernmentOrderInToc,
        _ => throw new InvalidOperationException($"a table of a department kind recognised by {by.Text() ?? "nothing"} has no government source"),
    };

    /// <summary>The kind a recognised table's row names and header words stand for, or null.</summary>
    public static TableKind? KindOfRows(RecognizedTable table) => KindOfRows(table.Table, table.CaptionRowCount + table.HeaderRowCount);

    /// <summary>The kind the row names and header words of an untitled table stand for, or null.</summary>
    public static TableKind? KindOfRows(RawTable raw, int firstDataRow)
    {
        var grid = raw.ToTextGrid();
        var header = string.Concat(grid.Take(Math.Min(firstDataRow + 1, grid.Length)).SelectMany(r => r).Select(PrintedText.Compact));
        if (GovernmentTables.DebtHeaderWords.Any(header.Contains)) return TableKind.Debt;
        // 收入 … 支出 side by side over one header row: a two-sided 平衡表 whatever its rows name
        if (grid.Take(Math.Min(firstDataRow + 1, grid.Length)).Any(IsTwoSided)) return TableKind.Balance;
        // a row's name: its first cell with no digit once an ordinal prefix is cut (1.利润收入, (1)保险费收入)
        var names = grid.Skip(firstDataRow).Select(r => r.Select(c => PrintedText.ForMatching(PrintedText.WithoutOrdinal(c)))
            .FirstOrDefault(c => c.Length > 0 && !c.Any(char.IsAsciiDigit)) ?? "").ToList();
        var counts = GovernmentTables.RowEvidence
            .Select(e => (e.Kind, Count: names.Count(n => n.Length > 0 && e.Names.Any(n.EndsWith)))).ToList();
        var best = counts.OrderByDescending(e => e.Count).FirstOrDefault();
        if (best.Count < GovernmentTables.MinRowEvidence) return null;
        // revenue rows and expenditure rows of one budget (一、收入 … 二、支出 …): both sides, a 平衡表
        bool Named(TableKind kind) => counts.Any(c => c.Kind == kind && c.Count >= GovernmentTables.MinRowEvidence);
        return GovernmentTables.BudgetSides.Any(s => (best.Kind == s.Revenue || best.Kind == s.Expenditure) && Named(s.Revenue) && Named(s.Expenditure))
            ? TableKind.Balance : best.Kind;
    }

    /// <summary>A header row with an income column (收入, 收入项目) and, after it, an expenditure column (支出, 支出项目).</summary>
    static bool IsTwoSided(string[] row)
    {
        var cells = row.Select(PrintedText.Compact).ToList();
        var income = cells.FindIndex(GovernmentTables.BalanceHeaderIncome.Contains);
        return income >= 0 && cells.Skip(income + 1).Any(GovernmentTables.BalanceHeaderExpenditure.Contains);
    }

    /// <summary>No scope from the title: the document's words and tables decide.</summary>
    static bool IsGovernmentDocument(RecognizedDocument doc)
    {
        var title = PrintedText.Compact(doc.Metadata.Title);
        if (GovernmentLevels.DocumentWords.Any(title.Contains)) return true;
        var prose = string.Concat(doc.Raw.Blocks.OfType<TextBlock>().Take(DocumentMetadataReader.ScopeSearchBlocks).Select(b => PrintedText.Compact(b.Text)));
        var government = GovernmentLevels.DocumentWords.Sum(w => PrintedText.Mentions(prose, w));
        var department = GovernmentLevels.DepartmentWords.Sum(w => PrintedText.Mentions(prose, w));
        var titled = doc.Tables.Count(t => t.Title is not null);
        // a title only a government prints: a government-only kind by a specific rule (not the 收入表/收支表 a department
        // prints too), or a government kind with 全市/本级 in the title
        // a table the department catalog gave a department-only kind (绩效目标表 …) is a department's, whatever else it names
        var govTitles = doc.Tables.Count(t => (t.Kind == TableKind.Other || DepartmentToGovernment(t.Kind) is not null)
            && RuleOfTitle(t.Title) is { } r && r.Kind != TableKind.Other
            && ((IsGovernmentOnly(r.Kind) && r.Weight >= SpecificRuleWeight)
                || (r.Kind != TableKind.Balance && GovernmentLevels.RegionWords.Concat(GovernmentLevels.OwnLevelWords).Any(PrintedText.Compact(t.Title).Contains))));
        return (government >= MinProseMentions && government > department) || (department == 0 && govTitles > 0 && (govTitles >= MinGovernmentTitles || govTitles * 2 >= titled));
    }

    /// <summary>The revenue and expenditure kinds of the four budgets, whose rows tell them apart.</summary>
    public static bool IsRevenueOrSpending(TableKind kind) => kind is TableKind.GovernmentGeneralRevenue or TableKind.GovernmentGeneralExpenditure
        or TableKind.GovernmentFundRevenue or TableKind.GovernmentFundExpenditure or TableKind.StateCapitalRevenue
        or TableKind.StateCapitalExpenditure or TableKind.SocialInsuranceRevenue or TableKind.SocialInsuranceExpenditure;

    /// <summary>Kinds only a government publishes.</summary>
    static bool IsGovernmentOnly(TableKind kind) => kind is TableKind.GovernmentGeneralRevenue or TableKind.GovernmentFundRevenue
        or TableKind.StateCapitalRevenue or TableKind.SocialInsuranceRevenue or TableKind.SocialInsuranceExpenditure
        or TableKind.TransferPayments or TableKind.Debt;

    /// <summary>Longest line (compact characters) read as a title naming the government.</summary>
    public const int MaxNameLineLength = 60;

    static bool IsPlaceName(string name) => PlaceName().Match(name) is { Success: true } m && m.Length == name.Length
        && GovernmentLevels.NameEndings.Any(e => name.EndsWith(e.Ending));

    static Regex PlaceName() => GovernmentWords.PlaceName();

    static Regex LeadingWords() => GovernmentWords.LeadingWords();

    /// <summary>The government's name and level: the first place name printed (a municipality or province by its name,
    /// else by the ending: 省/自治区 province, 市/州/盟/地区 city, 县/区/旗 county).</summary>
    public static (string Name, GovernmentLevel Level)? GovernmentName(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var l = LeadingWords().Replace(line, "");
            if (l.Length > MaxNameLineLength || !GovernmentLevels.NameLineWords.Any(l.Contains)) continue;
            (int At, string Name, GovernmentLevel Level)? best = null;
            foreach (var p in GovernmentLevels.Municipalities.Concat(GovernmentLevels.Provinces))
            {
                var at = l.IndexOf(p, StringComparison.Ordinal);
                if (at < 0 || (best is { } b && b.At <= at)) continue;
                // 广东省东莞市: the province only frames the city's name
                var rest = l[(at + p.Length)..];
                var suffix = GovernmentWords.ProvinceSuffix().Match(rest);
                var after = rest[suffix.Length..];
                if (PlaceName().Match(after) is { Success: true, Index: 0 } inner && !GovernmentLevels.RegionWords.Any(w => after.StartsWith(w))
                    && !GovernmentLevels.OwnLevelWords.Any(w => after.StartsWith(w)) && !GovernmentWords.Conjunctions.Any(after.StartsWith)
                    && !GovernmentLevels.Municipalities.Contains(p))
                    continue;
                best = (at, p + suffix.Value, GovernmentLevel.Province);
            }
            foreach (Match m in PlaceName().Matches(l))
            {
                // 2025年度和田地区: the name starts after the last character no place name holds
                var cut = m.Value.LastIndexOfAny(GovernmentLevels.NameStopChars.ToCharArray()) + 1;
                // 财政决算报表宁夏回族自治区: a province's name inside the match starts the government's name
                var inner = GovernmentLevels.Municipalities.Concat(GovernmentLevels.Provinces)
                    .Select(p => m.Value.IndexOf(p, cut, StringComparison.Ordinal)).Where(i => i > cut).DefaultIfEmpty(-1).Min();
                if (inner > 0) cut = inner;
                var name = m.Value[cut..];
                if (best is { } b && b.At <= m.Index + cut) break;
                if (name.Length < 3 || GovernmentTables.NotRegionNames.Contains(name) || GovernmentTables.ByRegionTitleWords.Any(name.Contains)
                    || GovernmentLevels.RegionWords.Any(name.StartsWith) || GovernmentLevels.OwnLevelWords.Any(name.EndsWith)) continue;
                var level = GovernmentLevels.NameEndings.First(e => name.EndsWith(e.Ending)).Level;
                best = (m.Index + cut, name, level);
                break;
            }
            if (best is { } found) return (found.Name, found.Level);
        }
        return null;
    }

    /// <summary>region when the title (else every government table title) speaks of the whole region only, own-level when
    /// only of 本级, null when both or neither.</summary>
    static GovernmentCoverage? CoverageOf(RecognizedDocument doc)
    {
        var title = PrintedText.Compact(doc.Metadata.Title);
        var byTitle = Coverage(title);
        if (title.Length > 0 && (byTitle is not null || Has(title, GovernmentLevels.RegionWords) || Has(title, GovernmentLevels.OwnLevelWords))) return byTitle;
        var titles = doc.Tables.Where(t => t.Title != null).Select(t => PrintedText.Compact(t.Title)).ToList();
        var region = titles.Any(t => Has(t, GovernmentLevels.RegionWords));
        var own = titles.Any(t => Has(t, GovernmentLevels.OwnLevelWords));
        return region == own ? null : region ? GovernmentCoverage.Region : GovernmentCoverage.OwnLevel;
    }

    /// <summary>
    /// A table's coverage: from its own title (全市 / 本级), else the document's when it covers one only, else the part it
    /// continues (an untitled next part, a page's continuation), else region when its title names the government itself
    /// with no own-level word (2021年河北省一般公共预算收入决算表 beside 省级 tables: the whole province).
    /// </summary>
    static GovernmentCoverage? TableCoverage(RecognizedDocument doc, int index)
    {
        var table = doc.Tables[index];
        var title = PrintedText.Compact(table.Title);
        if ((Coverage(title) ?? doc.Metadata.GovernmentCoverage) is { } coverage) return coverage;
        if (table.ContinuationOf is { } root && root < index) return doc.Tables[root].Coverage;
        if (table.RecognisedBy == KindSource.GovernmentFollows && index > 0) return doc.Tables[index - 1].Coverage;
        var name = PrintedText.Compact(doc.Metadata.UnitName);
        return name.Length > 0 && title.Contains(name) ? GovernmentCoverage.Region : null;
    }

    static GovernmentCoverage? Coverage(string text)
    {
        var region = Has(text, GovernmentLevels.RegionWords);
        var own = Has(text, GovernmentLevels.OwnLevelWords);
        return region == own ? null : region ? GovernmentCoverage.Region : GovernmentCoverage.OwnLevel;
    }

    static bool Has(string text, string[] words) => words.Any(text.Contains);
}
