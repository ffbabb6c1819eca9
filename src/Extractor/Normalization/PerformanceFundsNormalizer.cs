using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Performance-target tables: only the project funds become amounts (年度资金总额 total, 其中：财政拨款 appropriation,
/// 其他资金 other, 上年结转 carryover), one row per project named by 项目名称. The indicator rows are read elsewhere.
/// </summary>
public static class PerformanceFundsNormalizer
{

    public static void Fill(BudgetTable table, TableGrid grid)
    {
        table.Columns.Add(new TableColumn { Index = 0, Label = PerformanceLabels.ProjectFunds, Role = ColumnRole.Text });
        table.Classification = Classification.None;
        if (grid.Unit is null && UnitInCells(grid) is { } unit)
        {
            grid.Unit = unit;
            table.AmountUnit ??= unit;
        }
        TableRow? project = null;
        var seen = new HashSet<(int, int)>();
        for (var r = 0; r < grid.Text.Length; r++)
        {
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var key = PrintedText.LabelKey(grid.At(r, c));
                if (key.Length == 0) continue;
                if (PerformanceLabels.ProjectNameRow.IsMatch(key) && NextText(grid, r, c) is { } nameCol)
                {
                    project = new TableRow { Index = r, Name = grid.At(r, nameCol), Classification = Classification.None, Provenance = grid.ProvenanceAt(r, nameCol) };
                    table.Rows.Add(project);
                    break;
                }
                var measure = PerformanceLabels.Funds.Where(f => f.Label.IsMatch(key)).Select(f => (Measure?)f.Measure).FirstOrDefault();
                if (measure is null) continue;
                var at = ValueBeside(grid, r, c) ?? ValueBelow(grid, r, c);
                if (at is not { } pos || !seen.Add(pos)) continue;
                if (project is null)
                {
                    project = new TableRow { Index = r, Name = grid.Source.Title, Classification = Classification.None, Provenance = grid.ProvenanceAt(r, c) };
                    table.Rows.Add(project);
                }
                var column = new TableColumn { Index = pos.Col, Label = grid.At(r, c), Role = ColumnRole.Amount, Measure = measure };
                project.Amounts.Add(grid.AmountAt(pos.Row, column));
            }
        }
    }

    /// <summary>The unit printed beside the funds (项目资金（万元）, 年度资金总额(元)), or null.</summary>
    static string? UnitInCells(TableGrid grid) =>
        grid.Text.SelectMany(row => row).Where(t => PerformanceLabels.FundsCellWords.Any(t.Contains))
            .Select(t => PerformanceLabels.BracketedUnit.Match(t)).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    static int? NextText(TableGrid grid, int r, int c)
    {
        for (var k = c + 1; k < grid.ColumnCount; k++)
            if (grid.At(r, k).Length > 0 && !ReferenceEquals(grid.Cells[r][k], grid.Cells[r][c])) return k;
        return null;
    }

    static (int Row, int Col)? ValueBeside(TableGrid grid, int r, int c)
    {
        for (var k = c + 1; k < grid.ColumnCount; k++)
        {
            var t = grid.At(r, k);
            if (t.Length == 0 || ReferenceEquals(grid.Cells[r][k], grid.Cells[r][c])) continue;
            return NumberParser.Parse(t) is not null ? (r, k) : null;
        }
        return null;
    }

    static (int Row, int Col)? ValueBelow(TableGrid grid, int r, int c)
    {
        if (r + 1 >= grid.Text.Length) return null;
        return NumberParser.Parse(grid.At(r + 1, c)) is { Value: not null } ? (r + 1, c) : null;
    }
}
