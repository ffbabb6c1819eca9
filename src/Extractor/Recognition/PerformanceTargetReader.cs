using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Recognition.Performance;
using Extractor.Raw;
using Extractor.Recognition.Narrative;

namespace Extractor.Recognition;

/// <summary>
/// Reads 项目支出绩效目标表 into projects and indicator trees. Works on the raw grid: labelled cells (项目名称, 主管部门及代码,
/// 年度资金总额 …) take the next filled cell to their right; the indicator header (一级指标 / 二级指标 / 三级指标 / 指标值)
/// fixes the columns; blank 一级/二级 cells carry down; rows that lost leading cells are right-aligned on their value.
/// Several projects in one table start anew at each 项目名称.
/// </summary>
public static class PerformanceTargetReader
{
    public static IEnumerable<PerformanceTarget> Read(RecognizedTable table)
    {
        var raw = table.Table;
        var grid = raw.ToGrid();
        var texts = grid.Select(r => r.Select(c => c?.Text?.Trim() ?? "").ToArray()).ToArray();
        if (ProjectListForm.TryRead(raw, texts) is { } listed) return listed;
        var targets = new List<PerformanceTarget>();
        PerformanceTarget? current = null;
        IndicatorColumns? columns = null;
        string? level1 = null, level2 = null;
        var expectGoalBelow = false;

        PerformanceTarget Current(int row)
        {
            if (current is not null) return current;
            current = new PerformanceTarget { Provenance = CellProvenance(grid, raw, row, 0) };
            targets.Add(current);
            return current;
        }

        for (var r = 0; r < texts.Length; r++)
        {
            var row = texts[r];
            if (row.All(string.IsNullOrEmpty)) continue;

            if (expectGoalBelow)
            {
                expectGoalBelow = false;
                var goal = FirstFilled(row);
                if (goal is not null && !IsAnyLabel(goal) && Current(r).AnnualGoal is null) { current!.AnnualGoal = goal; continue; }
            }

            if (FindHeader(row) is { } header) { columns = header; level1 = level2 = null; continue; }

            if (FindLabel(row, PerformanceLabels.ProjectName) is { } nameAt)
            {
                if (current is not null && (current.ProjectName is not null || current.Indicators.Count > 0)) current = null;
                Current(r).ProjectName = ValueRightOf(row, nameAt);
                current!.Provenance = CellProvenance(grid, raw, r, nameAt);
                columns = null;
                ReadLabelledCells(texts, r, current, ref expectGoalBelow); // 主管部门 may share the row
                continue;
            }

            if (columns is null)
            {
                ReadLabelledCells(texts, r, Current(r), ref expectGoalBelow);
                continue;
            }

            // A new block of labels after indicators (a second project without 项目名称 first) is read as labels.
            if (FindLabel(row, PerformanceLabels.Department) is not null || FindLabel(row, PerformanceLabels.FundsTotal.Take(2).ToArray()) is not null)
            {
                ReadLabelledCells(texts, r, Current(r), ref expectGoalBelow);
                continue;
            }

            var cells = Align(row, columns);
            var l1 = cells[columns.Level1];
            var l2 = columns.Level2 >= 0 ? cells[columns.Level2] : "";
            var l3 = columns.Level3 >= 0 ? cells[columns.Level3] : "";
            var printed = cells[columns.Value];
            if (l1.Length > 0) { level1 = l1; level2 = null; }
            if (l2.Length > 0) level2 = l2;
            if (l3.Length == 0 && printed.Length == 0) continue;

            var value = IndicatorValueParser.Parse(printed);
            var comparator = value.Comparator;
            var unit = value.Unit;
            if (columns.Nature >= 0) comparator = IndicatorValueParser.ParseComparator(cells[columns.Nature]) ?? comparator;
            if (columns.Unit >= 0 && cells[columns.Unit].Length > 0) unit = cells[columns.Unit];
            var valueCol = Array.IndexOf(row, printed) is var at && at >= 0 && printed.Length > 0 ? at : columns.Value;
            Current(r).Indicators.Add(new PerformanceIndicator
            {
                Level1 = level1, Level2 = level2, Level3 = l3.Length > 0 ? l3 : null,
                Comparator = comparator, Value = value.Value, Unit = unit, Printed = printed,
                Provenance = CellProvenance(grid, raw, r, valueCol),
            });
        }
        return targets.Where(t => t.ProjectName is not null || t.Indicators.Count > 0 || t.FundsTotal is not null);
    }

    sealed record IndicatorColumns(int Level1, int Level2, int Level3, int Value, int Nature, int Unit, int Width);

    static IndicatorColumns? FindHeader(string[] row)
    {
        var l1 = FindLabel(row, PerformanceLabels.Level1, exact: true);
        var value = FindLabel(row, PerformanceLabels.Value, exact: true);
        if (l1 is null || value is null) return null;
        return new IndicatorColumns(l1.Value, FindLabel(row, PerformanceLabels.Level2, exact: true) ?? -1,
            FindLabel(row, PerformanceLabels.Level3, exact: true) ?? -1, value.Value,
            FindLabel(row, PerformanceLabels.Nature, exact: true) ?? -1, FindLabel(row, PerformanceLabels.Unit, exact: true) ?? -1,
            row.Length);
    }

    /// <summary>
    /// The row's cells in header positions. A row whose value column is blank while an earlier cell reads as a value
    /// lost leading cells (blank 一级 cell not printed): its filled cells are shifted right so the value lands in place.
    /// </summary>
    static string[] Align(string[] row, IndicatorColumns columns)
    {
        var width = Math.Max(row.Length, columns.Width);
        var cells = new string[width];
        for (var i = 0; i < width; i++) cells[i] = i < row.Length ? row[i] : "";
        var valueAt = columns.Value;
        if (cells[valueAt].Length > 0) return cells;
        var lastFilled = Array.FindLastIndex(cells, c => c.Length > 0);
        if (lastFilled < 0 || lastFilled >= valueAt || !IndicatorValueParser.LooksLikeValue(cells[lastFilled])) return cells;
        var shift = valueAt - lastFilled;
        var shifted = new string[width];
        for (var i = 0; i < width; i++) shifted[i] = i - shift >= 0 && i - shift < width ? cells[i - shift] : "";
        return shifted;
    }

    static void ReadLabelledCells(string[][] texts, int r, PerformanceTarget target, ref bool expectGoalBelow)
    {
        var row = texts[r];
        for (var c = 0; c < row.Length; c++)
        {
            var label = PrintedText.Compact(row[c]);
            if (label.Length == 0) continue;
            if (Matches(label, PerformanceLabels.Department))
            {
                var v = ValueRightOf(row, c);
                if (v is null) continue;
                var m = PerformanceLabels.CodeAndName.Match(v.Trim());
                if (m.Success) { target.DepartmentCode = m.Groups["code"].Value; target.Department = m.Groups["name"].Value.Trim(); }
                else target.Department = v;
            }
            else if (Matches(label, PerformanceLabels.ImplementingUnit)) target.ImplementingUnit ??= ValueRightOf(row, c);
            else if (Matches(label, PerformanceLabels.AnnualGoal))
            {
                var v = ValueRightOf(row, c);
                if (v is null) expectGoalBelow = true;
                else target.AnnualGoal ??= v;
            }
            else if (StartsWithAny(label, PerformanceLabels.FundsBlock))
            {
                target.FundsUnit ??= PerformanceLabels.FundsUnits.FirstOrDefault(label.Contains);
            }
            else if (Matches(label, PerformanceLabels.FundsTotal)) target.FundsTotal ??= NumberRightOf(texts, r, c);
            else if (Matches(label, PerformanceLabels.FundsAppropriation)) target.FundsAppropriation ??= NumberRightOf(texts, r, c);
            else if (Matches(label, PerformanceLabels.FundsOther)) target.FundsOther ??= NumberRightOf(texts, r, c);
            else if (Matches(label, PerformanceLabels.FundsCarryover)) target.FundsCarryover ??= NumberRightOf(texts, r, c);
        }
    }

    static bool Matches(string compactLabel, string[] labels)
    {
        var l = compactLabel.TrimEnd(':');
        if (l.StartsWith(PerformanceLabels.OfWhich)) l = l[PerformanceLabels.OfWhich.Length..];
        return labels.Any(x => l == PrintedText.Compact(x) || l == PrintedText.Compact(x).Replace(PerformanceLabels.OfWhich, ""));
    }

    static bool StartsWithAny(string compactLabel, string[] labels) => labels.Any(l => compactLabel.StartsWith(l, StringComparison.Ordinal));

    static bool IsAnyLabel(string text)
    {
        var c = PrintedText.Compact(text);
        return Matches(c, PerformanceLabels.ProjectName) || Matches(c, PerformanceLabels.Level1) || Matches(c, PerformanceLabels.Department);
    }

    static int? FindLabel(string[] row, string[] labels, bool exact = true)
    {
        for (var c = 0; c < row.Length; c++)
            if (row[c].Length > 0 && Matches(PrintedText.Compact(row[c]), labels)) return c;
        return null;
    }

    static string? FirstFilled(string[] row) => row.FirstOrDefault(c => c.Length > 0);

    static string? ValueRightOf(string[] row, int col)
    {
        for (var c = col + 1; c < row.Length; c++)
            if (row[c].Length > 0 && row[c] != row[col]) return IsAnyLabel(row[c]) ? null : row[c];
        return null;
    }

    /// <summary>The number right of a label, or, when the cell to the right is another label, the number below it.</summary>
    static decimal? NumberRightOf(string[][] texts, int r, int col)
    {
        var row = texts[r];
        for (var c = col + 1; c < row.Length; c++)
        {
            if (row[c].Length == 0 || row[c] == row[col]) continue;
            if (NumberParser.ValueOf(row[c]) is { } v) return v;
            break;
        }
        if (r + 1 < texts.Length && col < texts[r + 1].Length) return NumberParser.ValueOf(texts[r + 1][col]);
        return null;
    }

    static Provenance CellProvenance(RawCell?[][] grid, RawTable raw, int row, int col)
    {
        var cell = col < grid[row].Length ? grid[row][col] : null;
        return new Provenance { Page = cell?.Page ?? raw.Page, Line = cell?.Line, Row = row, Column = col, Box = cell?.Box };
    }
}
