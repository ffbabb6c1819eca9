using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Raw;
using Extractor.Recognition.Narrative;

namespace Extractor.Recognition.Performance;

/// <summary>
/// The list form of a performance-targets table: one row per project, with columns 项目名称 | 总计 | 财政拨款 | … | 其他资金 |
/// 绩效目标 | 绩效指标, the indicators written out in one cell as
/// "1、1－产出指标，11－数量指标，项目专职环保员数量；实施周期指标值：≦核定人数，年度指标值：≦核定人数；2、…".
/// </summary>
public static class ProjectListForm
{
    sealed record Columns(int Name, int Total, int Appropriation, int Other, int Carryover, int Goal, int Indicators);

    /// <summary>The header's columns when the row is a list-form header, else null.</summary>
    static Columns? Header(string[] row)
    {
        int Find(params string[] words) => Array.FindIndex(row, c => words.Any(w => PrintedText.Compact(c).StartsWith(w, StringComparison.Ordinal)));
        var name = Find(PerformanceLabels.ListName);
        var total = Find(PerformanceLabels.ListTotal);
        var indicators = Find(PerformanceLabels.ListIndicators);
        if (name < 0 || total < 0 || indicators < 0) return null;
        return new Columns(name, total, Find(PerformanceLabels.ListAppropriation), Find(PerformanceLabels.ListOther), Find(PerformanceLabels.ListCarryover), Find(PerformanceLabels.ListGoal), indicators);
    }

    /// <summary>Reads the table when it is in the list form; null when it is not.</summary>
    public static List<PerformanceTarget>? TryRead(RawTable raw, string[][] texts)
    {
        Columns? columns = null;
        var start = -1;
        for (var r = 0; r < texts.Length && columns is null; r++)
            if (Header(texts[r]) is { } h) { columns = h; start = r; }
        if (columns is null) return null;

        var targets = new List<PerformanceTarget>();
        var unit = texts.Take(start + 1).SelectMany(r => r).Select(c => PrintedText.Compact(c))
            .Select(c => PerformanceLabels.ListUnit.Match(c)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        for (var r = start + 1; r < texts.Length; r++)
        {
            var row = texts[r];
            string Cell(int c) => c >= 0 && c < row.Length ? row[c].Trim() : "";
            if (Header(row) is not null) continue; // repeated header on a later page
            var name = Cell(columns.Name);
            var indicatorText = Cell(columns.Indicators);
            var goal = Cell(columns.Goal);
            if (name.Length == 0 || indicatorText.Length == 0 && goal.Length == 0) continue; // 合计 and per-unit subtotal rows
            var target = new PerformanceTarget
            {
                ProjectName = name, FundsTotal = NumberParser.ValueOf(Cell(columns.Total)),
                FundsAppropriation = NumberParser.ValueOf(Cell(columns.Appropriation)), FundsOther = NumberParser.ValueOf(Cell(columns.Other)),
                FundsCarryover = NumberParser.ValueOf(Cell(columns.Carryover)), FundsUnit = unit,
                AnnualGoal = goal.Length > 0 ? goal : null,
                Provenance = Provenance(raw, r, columns.Name),
            };
            foreach (Match m in PerformanceLabels.ListIndicator.Matches(indicatorText))
            {
                var printed = m.Groups["value"].Value.Trim();
                var value = IndicatorValueParser.Parse(printed);
                target.Indicators.Add(new PerformanceIndicator
                {
                    Level1 = m.Groups["l1"].Value.Trim(), Level2 = m.Groups["l2"].Value.Trim(), Level3 = m.Groups["l3"].Value.Trim(),
                    Comparator = value.Comparator, Value = value.Value, Unit = value.Unit, Printed = printed,
                    Provenance = Provenance(raw, r, columns.Indicators),
                });
            }
            targets.Add(target);
        }
        return targets;
    }

    static Provenance Provenance(RawTable raw, int row, int col)
    {
        var cell = raw.At(row, col);
        return new Provenance { Page = cell?.Page ?? raw.Page, Line = cell?.Line, Row = row, Column = col, Box = cell?.Box };
    }
}
