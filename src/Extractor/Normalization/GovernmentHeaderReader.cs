using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Vocabulary;

namespace Extractor.Normalization;

/// <summary>
/// Column headers of government-level tables to measures (<see cref="GovernmentMeasures"/>): 预算数 → budget, 调整预算数 →
/// adjusted-budget, 执行数/完成数 → execution, 决算数 → final, 为预算% → percent-of-budget, 比上年增长% → growth-percent,
/// 上年… → prior-year. A year printed in the header stays in the label (2025年执行数 is execution). A column naming no
/// figure type (a region, a fund, a transfer item, 一般债务) holds the figures the table's title names (…预算表 →
/// budget, …执行情况表 → execution, …决算表 → final), else those of the document's phase.
/// </summary>
public static class GovernmentHeaderReader
{
    static readonly (Regex Pattern, Measure Measure)[] Percent = Build(GovernmentMeasures.Percent);
    static readonly (Regex Pattern, Measure Measure)[] Amounts = Build(GovernmentMeasures.Amounts);

    /// <summary>Whether the government reading applies: a government document, or a table of a government kind.</summary>
    public static bool Applies(TableGrid grid) => grid.Metadata.Scope == Scope.Government || IsGovernmentKind(grid.Source.Kind);

    public static bool IsGovernmentKind(TableKind kind) => kind is TableKind.GovernmentGeneralRevenue or TableKind.GovernmentGeneralExpenditure
        or TableKind.GovernmentGeneralBasicExpenditure or TableKind.GovernmentFundRevenue or TableKind.StateCapitalRevenue
        or TableKind.SocialInsuranceRevenue or TableKind.SocialInsuranceExpenditure or TableKind.Balance
        or TableKind.TransferPayments or TableKind.Debt;

    /// <summary>The measure of an amount column of a government table, or null when the government reading does not apply.</summary>
    public static Measure? MeasureOf(string label, TableGrid grid, IReadOnlyList<string> cells)
    {
        if (!Applies(grid)) return null;
        var measure = MeasureOf(label, grid.Source.Title, grid.Metadata.Phase, cells);
        // a debt table's column naming a debt item (年末余额, 限额, 新增, 还本 …) holds that item, not the title's figures
        if (grid.Source.Kind == TableKind.Debt && measure != Measure.Other && !IsPercent(measure)
            && GovernmentDebtItems.ItemOf(label, grid.Header.Paths) is { } item) return item;
        return measure;
    }

    static bool IsPercent(Measure m) => Percent.Any(p => p.Measure == m);

    /// <summary>An ordinal column (序号, 行次) of a government table: not an amount.</summary>
    public static bool IsOrdinal(string label, TableGrid grid) =>
        Applies(grid) && GovernmentMeasures.Ordinals.Contains(PrintedText.LabelKey(label.Split('/').LastOrDefault()));

    public static Measure MeasureOf(string label, string? title, Phase? phase, IReadOnlyList<string> cells)
    {
        var levels = label.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(PrintedText.LabelKey).Where(l => l.Length > 0).ToList();
        var joined = string.Concat(levels);
        if (GovernmentMeasures.NotMoney.Any(joined.Contains)) return Measure.Other;
        foreach (var (pattern, measure) in Percent)
            if (pattern.IsMatch(joined)) return measure;
        // a ratio no percent measure names (抚养比, 替代率): never a figure of the table
        if (CanonicalFacets.IsRatio(label)) return Measure.Other;
        var filled = cells.Where(c => c.Trim().Length > 0).ToList();
        // a ratio the header does not explain: never a figure of the table
        if (filled.Count > 0 && filled.All(c => c.IndexOfAny(GovernmentWords.PercentSigns) >= 0)) return Measure.Other;
        for (var i = levels.Count - 1; i >= 0; i--)
            foreach (var (pattern, measure) in Amounts)
                if (pattern.IsMatch(levels[i])) return measure;
        return FigureTypeOf(title, phase);
    }

    /// <summary>Whether one header level names a figure, a percent or a total (预算数, 增长%, 合计): no region, fund or item.</summary>
    public static bool NamesFigure(string level)
    {
        var key = PrintedText.LabelKey(level);
        return Percent.Any(p => p.Pattern.IsMatch(key)) || Amounts.Any(p => p.Pattern.IsMatch(key));
    }

    /// <summary>The figures a table holds by its title (预算表 → budget …), else by the document's phase.</summary>
    public static Measure FigureTypeOf(string? title, Phase? phase)
    {
        // 一般公共预算, 政府性基金预算 …: a budget's name, no figure (一般公共预算对下转移支付表 in a final account)
        var t = GovernmentMeasures.BudgetNames.Aggregate(PrintedText.Label(title), (text, name) => text.Replace(name, ""));
        foreach (var (word, measure) in GovernmentMeasures.TitleFigureType)
            if (t.Contains(word)) return measure;
        return phase == Phase.Final ? Measure.Final : Measure.Budget;
    }

    static (Regex, Measure)[] Build((string Pattern, Measure Measure)[] entries) =>
        entries.Select(e => (new Regex("^" + e.Pattern + "$", RegexOptions.Compiled), e.Measure)).ToArray();
}
