using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Tables whose rows are subjects (revenue, expenditure, general-expenditure, government-fund, state-capital,
/// general-basic-expenditure) and every other table: one row per data line, codes expanded, amounts per column.
/// Rows without codes keep their name (Code null).
/// </summary>
public static class CodedTableNormalizer
{
    public static void Fill(BudgetTable table, TableGrid grid, BudgetTable? continues = null)
    {
        var all = ColumnRoles.Assign(grid, continues);
        table.Columns.AddRange(all);
        var panels = Panels(all);
        for (var p = 0; p < panels.Count; p++)
            FillPanel(table, grid, panels[p], p == 0 ? continues : null);
        table.Rows.Sort((a, b) => a.Index.CompareTo(b.Index));

        table.Classification = ClassificationOf(table);
        foreach (var row in table.Rows) row.Classification = table.Classification;
        table.CodeTree.AddRange(CodeTreeBuilder.Build(table.Rows, table.Classification));
    }

    /// <summary>
    /// A table printed as side-by-side panels (类|款|名称|金额 twice: 人员经费 items left, 公用经费 items right) is
    /// read panel by panel; otherwise the whole table is one panel.
    /// </summary>
    static List<List<TableColumn>> Panels(List<TableColumn> columns)
    {
        var keys = columns.Select(c => (c.Role, Label: PrintedText.LabelKey(c.Label.Split('/').Last()))).ToList();
        for (var width = 2; width * 2 <= columns.Count; width++)
        {
            if (columns.Count % width != 0) continue;
            var first = keys.Take(width).ToList();
            if (!first.Any(k => k.Role is ColumnRole.Name or ColumnRole.Code or ColumnRole.CodePart)) continue;
            if (!first.Any(k => k.Role == ColumnRole.Amount)) continue;
            // a later panel's text column (a second name column) stands for the first panel's name column
            var repeats = Enumerable.Range(1, columns.Count / width - 1)
                .All(i => keys.Skip(i * width).Take(width).Select(k => k.Role == ColumnRole.Text ? k with { Role = ColumnRole.Name } : k)
                    .SequenceEqual(first));
            if (repeats) return columns.Chunk(width).Select(c => c.ToList()).ToList();
        }
        return new List<List<TableColumn>> { columns };
    }

    static void FillPanel(BudgetTable table, TableGrid grid, List<TableColumn> columns, BudgetTable? continues)
    {
        if (columns.Count > 0 && columns.All(c => c.Role != ColumnRole.Name) && columns.FirstOrDefault(c => c.Role == ColumnRole.Text) is { } text)
            text.Role = ColumnRole.Name;
        var codeColumns = columns.Where(c => c.Role == ColumnRole.Code).ToList();
        var partGroups = CodePartGroups(columns);
        var parts = partGroups.FirstOrDefault() ?? new List<TableColumn>();
        var nameColumn = columns.FirstOrDefault(c => c.Role == ColumnRole.Name);
        var textColumns = columns.Where(c => c.Role == ColumnRole.Text).ToList();
        var amountColumns = columns.Where(c => c.Role == ColumnRole.Amount).ToList();

        var itemsInFull = codeColumns.Concat(nameColumn is null ? [] : [nameColumn])
            .Any(col => grid.DataRows.Any(r => CodeCellParser.Parse(grid.At(r, col.Index)) is { Digits.Length: 7 }));
        var primary = new CodeExpander { ItemsPrintedInFull = itemsInFull };
        var partner = new CodeExpander();
        primary.ContinueAfter(continues?.Rows.LastOrDefault(r => r.Code is not null)?.Code);
        var unitNames = new[] { grid.Source.Caption.ReportingUnit, grid.Metadata.UnitName };

        foreach (var r in grid.DataRows)
        {
            var amounts = amountColumns.Select(col => grid.AmountAt(r, col)).ToList();
            var firstValue = amounts.FirstOrDefault(a => a.Value is not null)?.Value;
            var row = new TableRow { Index = r, Provenance = grid.ProvenanceAt(r, codeColumns.FirstOrDefault()?.Index ?? nameColumn?.Index ?? 0) };
            row.Provenance = row.Provenance with { Column = null };

            string? name = nameColumn is null ? null : grid.At(r, nameColumn.Index);
            CodeCell? code = null;
            if (codeColumns.Count > 0) code = CodeCellParser.Parse(grid.At(r, codeColumns[0].Index));
            if (code is null && name is { Length: > 0 } && CodeCellParser.ParseCodeAndName(name) is { } inName) { code = inName; name = inName.Name; }
            if (code?.Name is { Length: > 0 } printedName && string.IsNullOrEmpty(name)) name = printedName;

            var label = FirstText(grid, r, codeColumns, nameColumn, textColumns);
            if (code is null && (RowLabels.IsTotal(label) || RowLabels.IsUnitName(label, unitNames)) && partGroups.SelectMany(g => g).All(p => !grid.At(r, p.Index).Any(char.IsAsciiDigit)))
            {
                row.IsTotal = true;
                row.Level = 0;
                row.Name = label;
            }
            else
            {
                if (parts.Count > 0)
                {
                    var full = primary.ExpandParts(PartText(grid, r, parts, CodeWords.ClassLevel), PartText(grid, r, parts, CodeWords.SectionLevel), PartText(grid, r, parts, CodeWords.ItemLevel));
                    if (full is not null) { row.Code = full; row.PrintedCode = string.Join("|", parts.Select(p => grid.At(r, p.Index))); }
                    if (partGroups.Count > 1)
                        row.PartnerCode = partner.ExpandParts(PartText(grid, r, partGroups[1], CodeWords.ClassLevel), PartText(grid, r, partGroups[1], CodeWords.SectionLevel), PartText(grid, r, partGroups[1], CodeWords.ItemLevel));
                }
                else if (code is not null)
                {
                    row.Code = primary.Expand(code.Digits, firstValue);
                    row.PrintedCode = code.Printed;
                }
                row.Name = string.IsNullOrWhiteSpace(name) ? (row.Code is null ? label : null) : name.Trim();
                row.Level = CodeExpander.LevelOf(row.Code);
                row.ParentCode = CodeExpander.ParentOf(row.Code);
                row.CodeSource = row.Code is null ? null : CodeSource.Printed;
                if (codeColumns.Count > 1 && CodeCellParser.Parse(grid.At(r, codeColumns[1].Index)) is { } second)
                    row.PartnerCode = partner.Expand(second.Digits, firstValue);
            }

            if (row.Code is null && !row.IsTotal && string.IsNullOrWhiteSpace(row.Name) && amounts.All(a => a.Value is null && !a.IsDash)) continue;
            if (IsWrappedName(row, amounts, codeColumns.Count > 0 || parts.Count > 0) && table.Rows.Count > 0 && table.Rows[^1].Code is not null)
            {
                table.Rows[^1].Name += row.Name;
                continue;
            }
            row.Amounts.AddRange(amounts);
            table.Rows.Add(row);
        }
        UnitRowsBesideATotal(table);
    }

    /// <summary>
    /// A row taken for the grand total by its unit's name (the department printed as a whole) is one of the units when
    /// the table also prints a 合计 whose amounts it does not repeat: 杭州市交通运输局 6.00 beside 合计 873.20 is the
    /// department's own-level unit, one of the rows the 合计 adds up.
    /// </summary>
    static void UnitRowsBesideATotal(BudgetTable table)
    {
        var worded = table.Rows.Where(r => r.IsTotal && RowLabels.IsTotal(r.Name)).ToList();
        if (worded.Count == 0) return;
        foreach (var row in table.Rows.Where(r => r.IsTotal && !RowLabels.IsTotal(r.Name)))
            if (!worded.Any(t => SameValues(t, row))) { row.IsTotal = false; row.Level = null; }
    }

    /// <summary>The two rows print the same amounts column by column (a blank counting as the 0.00 the other prints).</summary>
    static bool SameValues(TableRow a, TableRow b) =>
        a.Amounts.Where(x => x.Value is not null and not 0).Select(x => (x.Column, x.Value)).ToHashSet()
            .SetEquals(b.Amounts.Where(x => x.Value is not null and not 0).Select(x => (x.Column, x.Value)));

    /// <summary>A name continued on the next line: no code, no amount, in a table that prints codes.</summary>
    static bool IsWrappedName(TableRow row, List<Amount> amounts, bool tableHasCodes) =>
        tableHasCodes && row.Code is null && !row.IsTotal && !string.IsNullOrWhiteSpace(row.Name)
        && amounts.All(a => a.Printed.Length == 0);

    static string FirstText(TableGrid grid, int r, List<TableColumn> codes, TableColumn? name, List<TableColumn> texts)
    {
        foreach (var col in codes.Concat(name is null ? [] : [name]).Concat(texts))
            if (grid.At(r, col.Index) is { Length: > 0 } t) return t;
        for (var c = 0; c < grid.ColumnCount; c++)
            if (grid.At(r, c) is { Length: > 0 } t && NumberParser.Parse(t) is null) return t;
        return "";
    }

    /// <summary>类|款|项 columns in groups: a second 类 opens the partner code (政府经济分类 beside 部门经济分类).</summary>
    static List<List<TableColumn>> CodePartGroups(List<TableColumn> columns)
    {
        var groups = new List<List<TableColumn>>();
        foreach (var col in columns.Where(c => c.Role == ColumnRole.CodePart))
        {
            var level = PrintedText.LabelKey(col.Label.Split('/').Last());
            if (groups.Count == 0 || (level == CodeWords.ClassLevel && groups[^1].Count > 0)) groups.Add(new List<TableColumn>());
            groups[^1].Add(col);
        }
        return groups;
    }

    static string? PartText(TableGrid grid, int r, List<TableColumn> parts, string level)
    {
        var col = parts.FirstOrDefault(p => PrintedText.LabelKey(p.Label.Split('/').Last()) == level);
        return col is null ? null : grid.At(r, col.Index);
    }

    /// <summary>function (2xx), economic (3xx), economic-government (5xx), revenue (1xx) by the codes' majority; by kind otherwise.</summary>
    public static Classification ClassificationOf(BudgetTable table)
    {
        var byPrefix = table.Rows.Where(r => r.Code is { Length: >= 3 }).GroupBy(r => r.Code![0])
            .OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        return byPrefix switch
        {
            '2' => Classification.Function,
            '3' => Classification.Economic,
            '5' => Classification.EconomicGovernment,
            '1' => Classification.Revenue,
            _ => table.Kind switch
            {
                TableKind.GeneralBasicExpenditure => Classification.Economic,
                TableKind.Revenue or TableKind.Expenditure or TableKind.GeneralExpenditure
                    or TableKind.GovernmentFundExpenditure or TableKind.StateCapitalExpenditure => Classification.Function,
                _ => Classification.None,
            },
        };
    }
}
