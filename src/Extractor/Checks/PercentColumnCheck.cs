using Extractor.Vocabulary;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Checks;

/// <summary>
/// Percent columns of government tables recomputed from the amounts of their row: 为预算% = 执行数 (决算数) ÷ 预算数
/// (调整预算数 when the header says so) × 100; 比上年增长% = (本年 ÷ 上年 − 1) × 100, or 本年 ÷ 上年 × 100 when printed
/// as 为上年%. Equal within the rounding of the printed figures. A row without both amounts, or with a zero
/// denominator, is not evaluated.
/// </summary>
public sealed class PercentColumnCheck : ICheck
{
    public string Rule => CheckRules.PercentColumns;

    static readonly Measure[] Outturns = { Measure.Final, Measure.Execution };
    static readonly Measure[] Currents = { Measure.Final, Measure.Execution, Measure.Budget, Measure.AdjustedBudget, Measure.Total };

    public void Run(CheckContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => !t.DeclaredEmpty))
            foreach (var row in table.Rows)
                foreach (var percent in row.Amounts.Where(a => a.Measure is Measure.PercentOfBudget or Measure.GrowthPercent && a.Value is not null))
                {
                    var pool = row.Amounts.Where(a => a.Side == percent.Side && a != percent && a.Unit != "%" && !TableView.IsRatio(a)).ToList();
                    if (percent.Measure == Measure.PercentOfBudget) OfBudget(context, table, row, percent, pool);
                    else Growth(context, table, row, percent, pool);
                }
    }

    static void OfBudget(CheckContext context, BudgetTable table, TableRow row, Amount percent, List<Amount> pool)
    {
        var (head, tail) = Split(percent.ColumnLabel);
        var adjusted = GovernmentWords.AdjustedWords.Any(tail.Contains);
        var denominator = Pick(pool, percent, adjusted ? Measure.AdjustedBudget : Measure.Budget, null)
                          ?? Pick(pool, percent, adjusted ? Measure.Budget : Measure.AdjustedBudget, null);
        var named = Named(head);
        var numerator = (named is Measure.Final or Measure.Execution ? Pick(pool, percent, named.Value, null) : null)
                        ?? Outturns.Select(m => Pick(pool, percent, m, null)).FirstOrDefault(a => a is not null);
        if (numerator?.Value is not { } n || denominator?.Value is not { } d || d == 0) return;
        Compare(context, table, row, percent, n / d * 100m, numerator, denominator, "÷");
    }

    static void Growth(CheckContext context, BudgetTable table, TableRow row, Amount percent, List<Amount> pool)
    {
        var label = PrintedText.Label(percent.ColumnLabel);
        var ratio = label.Contains(GovernmentWords.RatioToPriorYear) || GovernmentWords.RatioToPriorYearPattern().IsMatch(label);
        var (head, tail) = Split(percent.ColumnLabel);
        var current = (Named(head) is { } m ? Pick(pool, percent, m, null) : null)
                      ?? (TableView.Group(percent) is { } group ? pool.FirstOrDefault(a => TableView.Group(a) == group && Currents.Contains(a.Measure)) : null)
                      ?? Currents.Select(c => Pick(pool, percent, c, null)).FirstOrDefault(a => a is not null);
        if (current is null) return;
        var baseMeasure = Named(tail);
        var prior = pool.Where(a => a.Measure == Measure.PriorYear).OrderBy(a => BaseRank(a, baseMeasure)).ThenBy(a => Distance(a, percent)).FirstOrDefault()
                    ?? EarlierYear(pool, current, baseMeasure);
        if (current.Value is not { } c || prior?.Value is not { } p || p == 0) return;
        var expected = ratio ? c / p * 100m : (c / p - 1m) * 100m;
        Compare(context, table, row, percent, expected, current, prior, ratio ? "÷" : "growth over");
    }

    /// <summary>The header cut at its comparison word: 预算数比上年执行数增长% → (预算数, 上年执行数增长%).</summary>
    static (string Head, string Tail) Split(string label)
    {
        var c = PrintedText.Label(label);
        var at = GovernmentWords.ComparisonWord().Match(c);
        return at.Success ? (c[..at.Index], c[at.Index..]) : (c, "");
    }

    /// <summary>The figure a header part names: 决算 → final, 执行/完成 → execution, 调整预算 → adjusted, 预算/安排 → budget.</summary>
    static Measure? Named(string part) =>
        GovernmentWords.FigureWords.Where(f => f.Words.Any(part.Contains)).Select(f => (Measure?)f.Measure).FirstOrDefault();

    /// <summary>The column of a measure that belongs with the percent column: the same header group, the same year,
    /// then the nearest printed before it.</summary>
    static Amount? Pick(List<Amount> pool, Amount percent, Measure measure, int? year)
    {
        var group = TableView.Group(percent);
        var y = year ?? YearOf(percent.ColumnLabel);
        return pool.Where(a => a.Measure == measure)
            .OrderBy(a => group is not null && TableView.Group(a) == group ? 0 : 1)
            .ThenBy(a => y is not null && YearOf(a.ColumnLabel) == y ? 0 : 1)
            .ThenBy(a => Distance(a, percent)).FirstOrDefault();
    }

    static int Distance(Amount a, Amount percent) => a.Column < percent.Column ? percent.Column - a.Column : 1000 + a.Column - percent.Column;

    static int BaseRank(Amount a, Measure? baseMeasure) => baseMeasure is null || Named(PrintedText.Label(a.ColumnLabel)) == baseMeasure ? 0 : 1;

    /// <summary>A column of the year before the current one, of the base figure the header names when it names one.</summary>
    static Amount? EarlierYear(List<Amount> pool, Amount current, Measure? baseMeasure)
    {
        if (YearOf(current.ColumnLabel) is not { } year) return null;
        return pool.Where(a => a != current && YearOf(a.ColumnLabel) is { } y && y == year - 1 && Currents.Contains(a.Measure))
            .OrderBy(a => baseMeasure is not null && a.Measure == baseMeasure ? 0 : 1)
            .ThenBy(a => Array.IndexOf(Currents, a.Measure)).FirstOrDefault();
    }

    static int? YearOf(string label)
    {
        var m = GovernmentWords.HeaderYear().Match(label);
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    static void Compare(CheckContext context, BudgetTable table, TableRow row, Amount percent, decimal expected, Amount numerator, Amount denominator, string how)
    {
        var printed = percent.Value!.Value;
        // half a unit of the percent's last digit, plus what rounding the two amounts can move the ratio
        var percentDigit = NumberParser.HalfLastDigit(percent.Value.Value);
        var n = Math.Abs(numerator.Value ?? 0); var d = Math.Abs(denominator.Value ?? 0);
        var amountError = d == 0 ? 0 : 100m * (NumberParser.HalfLastDigit(numerator.Value!.Value) / d + n * NumberParser.HalfLastDigit(denominator.Value!.Value) / (d * d));
        var tolerance = percentDigit + amountError;
        // printed to its own precision, the recomputed ratio must read the same; within the tolerance it is rounding
        var rounded = Math.Round(expected, Math.Min(10, (int)percent.Value.Value.Scale), MidpointRounding.AwayFromZero);
        if (rounded != printed && Math.Abs(expected - printed) <= tolerance) rounded = expected;
        context.Compare(CheckRules.PercentColumns, rounded, printed, tolerance, () => new CheckFinding
        {
            TableKind = table.Kind, TableIndex = table.Index, Row = row.Index, Column = percent.Column,
            Location = TableView.Describe(table, row, percent),
            Expected = CheckContext.Format(Math.Round(expected, 2)), Actual = percent.Printed,
            Message = $"{TableView.RowName(row)} {TableView.ColumnName(percent)} is {percent.Printed} but {TableView.ColumnName(numerator)} " +
                      $"{CheckContext.Format(numerator.Value!.Value)} {how} {TableView.ColumnName(denominator)} {CheckContext.Format(denominator.Value!.Value)} gives {CheckContext.Format(Math.Round(expected, 2))}",
            Provenance = TableView.ProvenanceOf(row, percent),
        }, Severity.Warning);
    }
}
