using Extractor.Model;

namespace Extractor.Checks;

/// <summary>
/// Gives each finding the printed cells it involves, from what the check recorded: the checked cell (table, row,
/// column), the parts added up (tree sums: <see cref="CheckFinding.PartRows"/> in the same column; row sums:
/// <see cref="CheckFinding.PartColumns"/> in the same row), and any cells the check named itself (the other table's
/// total). Evidence writers box these cells; nothing here changes a finding's verdict.
/// </summary>
public static class FindingEvidence
{
    public static void Attach(BudgetDocument doc)
    {
        var tables = doc.Tables.GroupBy(t => t.Index).ToDictionary(g => g.Key, g => g.First());
        foreach (var finding in doc.Checks)
        {
            if (finding.TableIndex is not { } index || !tables.TryGetValue(index, out var table)) continue;
            var rows = table.Rows.GroupBy(r => r.Index).ToDictionary(g => g.Key, g => g.First());
            var own = new List<FindingCell>();
            if (finding.Row is { } row && rows.TryGetValue(row, out var wholeRow))
            {
                if (finding.Column is { } column)
                {
                    Add(own, table, wholeRow, column, FindingCellRole.Checked);
                    foreach (var r in finding.PartRows ?? new List<int>())
                        if (rows.TryGetValue(r, out var part)) Add(own, table, part, column, FindingCellRole.Part);
                    foreach (var c in finding.PartColumns ?? new List<int>())
                        Add(own, table, wholeRow, c, FindingCellRole.Part);
                }
            }
            // cells the check named itself (the other table's figure) come after the checked cell
            var named = finding.Cells.Where(c => own.All(o => o.TableIndex != c.TableIndex || o.Row != c.Row || o.Column != c.Column)).ToList();
            if (own.Count > 0 || named.Count != finding.Cells.Count)
                finding.Cells = own.Concat(named).ToList();
        }
        FindingIds.Assign(doc);
    }

    static void Add(List<FindingCell> cells, BudgetTable table, TableRow row, int column, FindingCellRole role)
    {
        var amount = row.Amounts.FirstOrDefault(a => a.Column == column);
        if (amount is null || cells.Any(c => c.Row == row.Index && c.Column == column)) return;
        cells.Add(Cell(table, row, amount, role));
    }

    /// <summary>A finding cell for a printed amount.</summary>
    public static FindingCell Cell(BudgetTable table, TableRow row, Amount amount, FindingCellRole role) => new()
    {
        Role = role, TableIndex = table.Index, Row = amount.Provenance.Row ?? row.Index, Column = amount.Provenance.Column ?? amount.Column,
        Printed = amount.Printed, Provenance = amount.Provenance,
    };
}
