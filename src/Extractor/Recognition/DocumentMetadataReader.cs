using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Raw;
using static Extractor.Vocabulary.DocumentWords;

namespace Extractor.Recognition;

/// <summary>
/// The document's own facts: title, unit, its code, parent department, fiscal year, phase (预算/决算) and scope
/// (单位/部门/政府), from the cover lines, the tables' reporting units and 主管部门 cells.
/// </summary>
public static partial class DocumentMetadataReader
{
    /// <summary>Text blocks at the start of the document searched for the title.</summary>
    public const int TitleSearchBlocks = 15;
    /// <summary>Longest title accepted (compact characters).</summary>
    public const int MaxTitleLength = 70;


    public static DocumentMetadata Read(IReadOnlyList<RawBlock> blocks, RecognizedDocument doc)
    {
        var meta = new DocumentMetadata();
        meta.Title = CoverTitle(blocks);
        var title = meta.Title ?? "";
        var compactTitle = PrintedText.Compact(title);

        meta.FiscalYear = FiscalYear(compactTitle) ?? MostCommonYear(doc);
        var prose = Prose(doc);
        (meta.Phase, meta.PhaseFrom) = PhaseOf(compactTitle) is { } p ? ((Phase?)p, MetadataSource.Title)
            : PhaseOfDocument(doc) is { } t ? (t, MetadataSource.Tables)
            // the prose decides only a document of prose alone (its tables published apart): where tables are printed and
            // none names a phase, a mention of 部门预算 is no proof the document is one (a disclosure checklist)
            : doc.Tables.Count == 0 && PhaseOfProse(prose) is { } w ? (w, MetadataSource.Prose)
            : (null, prose.Length == 0 && doc.Tables.Count == 0 ? MetadataSource.NoText : MetadataSource.NoPhase);
        (meta.Scope, meta.ScopeFrom) = ScopeOf(compactTitle) is { } s ? ((Scope?)s, MetadataSource.Title)
            : ScopeOfProse(prose) is { } sp ? (sp, MetadataSource.Prose)
            : ScopeOfTables(doc) is { } st ? (st, MetadataSource.Tables)
            : (null, prose.Length == 0 && doc.Tables.Count == 0 ? MetadataSource.NoText : MetadataSource.NoScope);

        // Unit: the reporting unit printed most often with a code, else the name in the title.
        var coded = doc.Tables.Where(t => t.Caption.ReportingUnit != null)
            .GroupBy(t => (t.Caption.ReportingUnitCode, Name: PrintedText.Compact(t.Caption.ReportingUnit)))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(t => doc.Tables.IndexOf(t)))
            .FirstOrDefault();
        var titleName = UnitNameFromTitle(title);
        var coverUnit = titleName == null ? CoverUnit(blocks) : null;
        if (coverUnit != null)
        {
            meta.UnitName = coverUnit;
            meta.UnitCode = coded != null && coded.Key.Name == PrintedText.Compact(coverUnit) ? coded.Key.ReportingUnitCode : null;
        }
        else if (coded != null && (meta.Scope == Scope.Unit || titleName == null || PrintedText.Compact(titleName) == coded.Key.Name))
        {
            meta.UnitName = coded.First().Caption.ReportingUnit;
            meta.UnitCode = coded.Key.ReportingUnitCode;
        }
        else
        {
            meta.UnitName = titleName;
            var same = doc.Tables.Select(t => t.Caption).FirstOrDefault(t => t.ReportingUnitCode != null && PrintedText.Compact(t.ReportingUnit) == PrintedText.Compact(titleName));
            meta.UnitCode = same?.ReportingUnitCode;
        }

        var (parentCode, parentName) = ParentDepartment(blocks);
        // A department document's 主管部门 is the department itself: no parent to report.
        if (parentName != null && PrintedText.Compact(parentName) != PrintedText.Compact(meta.UnitName))
        {
            meta.ParentDepartment = parentName;
            meta.ParentCode = parentCode;
        }
        return meta;
    }

    /// <summary>部门名称：… / 预算单位：… printed on the cover, before the 目录.</summary>
    static string? CoverUnit(IReadOnlyList<RawBlock> blocks)
    {
        foreach (var block in blocks.Take(TitleSearchBlocks))
        {
            if (block is RawTable) break;
            if (block is not TextBlock tb) continue;
            if (PrintedText.Compact(tb.Text) is HeadingWords.TableOfContentsWord or HeadingWords.TableOfContentsFirst) break;
            if (CaptionParser.Parse(tb.Text).Caption is { ReportingUnit: { } unit, Title: null }) return unit;
        }
        return null;
    }

    static bool IsTitleLike(string line)
    {
        var c = PrintedText.Compact(line);
        return c.Length is > 4 and <= MaxTitleLength && (c.Contains(Budget) || c.Contains(FinalAccounts)) &&
               PeriodWords.YearMention().IsMatch(c) && !c.EndsWith(Punctuation.FullStop) && !c.EndsWith(CaptionPatterns.TableSuffix) && !c.StartsWith(Ordinal);
    }

    /// <summary>Most cover lines joined into one title (2026 年度 / 福州市民政局(本级) / 单位预算).</summary>
    public const int MaxTitleLines = 4;

    /// <summary>
    /// The title on the cover: the fewest consecutive short lines before the 目录 (or the first table) that together
    /// name a year and 预算/决算, with a name line just above joined in (长沙市公安局 / 2025年部门预算公开).
    /// </summary>
    public static string? CoverTitle(IReadOnlyList<RawBlock> blocks)
    {
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            if (block is RawTable) break;
            if (block is not TextBlock tb) continue;
            foreach (var raw in tb.Text.Split('\n'))
            {
                var line = PrintedText.Tidy(raw);
                if (line.Length > 0) lines.Add(line);
            }
            if (lines.Count >= TitleSearchBlocks || PrintedText.Compact(tb.Text) is HeadingWords.TableOfContentsWord or HeadingWords.TableOfContentsFirst) break;
        }
        for (var len = 1; len <= MaxTitleLines; len++)
            for (var i = 0; i + len <= lines.Count; i++)
            {
                var window = lines.GetRange(i, len);
                if (!window.All(IsCoverLine)) continue;
                var joined = string.Concat(window);
                if (!IsTitleLike(joined)) continue;
                if (i > 0 && IsNameLine(lines[i - 1]) && !PrintedText.Compact(joined).StartsWith(PrintedText.Compact(lines[i - 1])))
                    joined = lines[i - 1] + joined;
                return joined;
            }
        return null;
    }

    static bool IsCoverLine(string line)
    {
        var c = PrintedText.Compact(line);
        return c.Length <= MaxTitleLength && !c.Contains(Punctuation.FullWidthColon) && !c.Contains(':') && !CaptionParser.IsProse(line)
               && !(CaptionParser.LooksLikeTitle(line) && TableKindCatalog.KindOfTitle(line) != null) && !c.StartsWith(HeadingWords.TableOfContentsWord);
    }

    static bool IsNameLine(string line)
    {
        var c = PrintedText.Compact(line);
        return c.Length is >= 4 and <= 30 && c.Count(PrintedText.IsIdeograph) >= 4 && !c.Any(char.IsDigit) && IsCoverLine(line)
               && !c.Contains(Budget) && !c.Contains(FinalAccounts) && !c.StartsWith(Annex) && !c.StartsWith(Ordinal);
    }

    /// <summary>The year the document is about: the year before 预算/决算 (the 预算草案 year in a government report).</summary>
    public static int? FiscalYear(string compactTitle)
    {
        var draft = compactTitle.IndexOf(Draft, StringComparison.Ordinal);
        if (draft >= 0)
        {
            var before = PeriodWords.YearMention().Matches(compactTitle[..draft]);
            if (before.Count > 0) return int.Parse(before[^1].Groups[1].Value);
        }
        var m = YearBeforePhase().Match(compactTitle);
        if (m.Success) return int.Parse(m.Groups[1].Value);
        return PeriodWords.FirstYear(compactTitle);
    }

    public static Phase? PhaseOf(string compactTitle)
    {
        if (compactTitle.Contains(Draft) || compactTitle.Contains(Execution)) return Phase.Budget;
        var budget = compactTitle.LastIndexOf(Budget, StringComparison.Ordinal);
        var final = compactTitle.LastIndexOf(FinalAccounts, StringComparison.Ordinal);
        if (final >= 0 && final > budget) return Phase.Final;
        if (budget >= 0) return Phase.Budget;
        return null;
    }

    public static Scope? ScopeOf(string compactTitle)
    {
        if (GovernmentScope().IsMatch(compactTitle)) return Scope.Government;
        if (UnitBudget.Any(compactTitle.Contains)) return Scope.Unit;
        if (DepartmentTitle.Any(compactTitle.Contains)) return Scope.Department;
        return null;
    }

    static Phase? PhaseOfDocument(RecognizedDocument doc)
    {
        var titles = doc.Tables.Select(t => t.Caption.Title).Concat(doc.TableOfContents.Select(e => e.Title)).Where(t => t != null).Select(t => t!).ToList();
        var finals = titles.Count(t => t.Contains(FinalAccounts));
        var budgets = titles.Count(t => t.Contains(Budget));
        if (finals == 0 && budgets == 0) return null;
        return finals > budgets ? Phase.Final : Phase.Budget;
    }

    /// <summary>The first text blocks, compact: where the document's own wording (部门预算, 单位决算) is counted.</summary>
    static string Prose(RecognizedDocument doc) =>
        string.Concat(doc.Raw.Blocks.OfType<TextBlock>().Take(ScopeSearchBlocks).Select(b => PrintedText.Compact(b.Text)));

    /// <summary>The phase the prose names most often (部门预算/单位预算 against 部门决算/单位决算), or null.</summary>
    static Phase? PhaseOfProse(string prose)
    {
        var words = UnitBudget.Concat(DepartmentBudget).ToList();
        var finals = words.Where(w => w.Contains(FinalAccounts)).Sum(w => PrintedText.Mentions(prose, w));
        var budgets = words.Where(w => !w.Contains(FinalAccounts)).Sum(w => PrintedText.Mentions(prose, w));
        if (finals == budgets) return null;
        return finals > budgets ? Phase.Final : Phase.Budget;
    }

    static Scope? ScopeOfProse(string prose)
    {
        var unitMentions = UnitBudget.Sum(w => PrintedText.Mentions(prose, w));
        var deptMentions = DepartmentBudget.Sum(w => PrintedText.Mentions(prose, w));
        if (unitMentions != deptMentions) return unitMentions > deptMentions ? Scope.Unit : Scope.Department;
        return null;
    }

    static Scope? ScopeOfTables(RecognizedDocument doc)
    {
        var numbers = doc.Tables.Select(t => t.Caption.Number ?? "").Concat(doc.Tables.Select(t => t.Caption.Title ?? "")).ToList();
        var unit = numbers.Count(n => n.StartsWith(UnitPrefix));
        var dept = numbers.Count(n => n.StartsWith(DepartmentPrefix));
        if (unit == 0 && dept == 0) return null;
        return unit > dept ? Scope.Unit : Scope.Department;
    }

    /// <summary>Text blocks read to count 部门预算 against 单位预算 when the title does not say.</summary>
    public const int ScopeSearchBlocks = 300;

    static int? MostCommonYear(RecognizedDocument doc) =>
        doc.Tables.Select(t => t.Caption).Where(t => t.Year != null).GroupBy(t => t.Year).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>"景德镇市 12345 政务服务便民热线管理中心 2025 年单位预算" → 景德镇市12345政务服务便民热线管理中心.</summary>
    public static string? UnitNameFromTitle(string title)
    {
        var t = PrintedText.Tidy(title);
        var m = NameBeforeYear().Match(t);
        if (m.Success && PrintedText.Compact(m.Groups[1].Value).Length >= 2) return Strip(m.Groups[1].Value);
        m = YearBeforeName().Match(t);
        if (m.Success && PrintedText.Compact(m.Groups[2].Value).Length >= 2) return Strip(m.Groups[2].Value);
        return null;

        static string Strip(string s) => PrintedText.Compact(s.Trim(' ', Punctuation.FullWidthColon, ':', '“', '”', '"'));
    }

    static bool IsName(string name) => name.Count(PrintedText.IsIdeograph) >= 4 && !CaptionParser.IsProse(name);

    /// <summary>主管部门及代码 166-景德镇市政务服务数据管理局, in a cell (value in the next cell) or a line.</summary>
    public static (string? Code, string? Name) ParentDepartment(IReadOnlyList<RawBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is TextBlock tb)
            {
                if (!tb.Text.Contains(ParentDepartmentLabel, StringComparison.Ordinal)) continue;
                var m = ParentLine().Match(PrintedText.Tidy(tb.Text));
                if (m.Success && m.Groups[1].Value.Length > 1 && m.Groups[1].Value.Length < 40)
                {
                    var (code, name) = CaptionParser.SplitCode(m.Groups[1].Value);
                    if (IsName(name)) return (code, name);
                }
            }
            else if (block is RawTable table)
            {
                var grid = table.ToTextGrid();
                foreach (var row in grid)
                    for (var c = 0; c < row.Length; c++)
                    {
                        if (!row[c].Contains(ParentDepartmentLabel, StringComparison.Ordinal)) continue;
                        var cell = PrintedText.Tidy(row[c]);
                        var m = ParentLine().Match(cell);
                        if (!m.Success) continue;
                        var value = m.Groups[1].Value.Length > 1 ? m.Groups[1].Value
                            : row.Skip(c + 1).Select(PrintedText.Tidy).FirstOrDefault(v => v.Length > 0 && v != cell) ?? "";
                        if (value.Length == 0) continue;
                        var (code, name) = CaptionParser.SplitCode(value);
                        if (IsName(name)) return (code, name);
                    }
            }
        }
        return (null, null);
    }
}
