using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>Decides each column's role (code, code-part, name, amount, text) and measure from its label and its cells.</summary>
public static class ColumnRoles
{
    public static List<TableColumn> Assign(TableGrid grid, BudgetTable? continues = null)
    {
        // a part on the next page printed without its header takes the columns of the part it continues: by index, or,
        // when it is laid out differently, each the column printed at its place (RecognizedTable.ContinuedColumns); a
        // column continuing none is read from its cells like a column without label
        var inherited = new Dictionary<int, TableColumn>();
        if (continues is { Columns.Count: > 0 } && grid.Header.HeaderRows.Count == 0)
        {
            if (grid.Source.ContinuedColumns is not { } map)
                return continues.Columns.Where(c => c.Index < grid.ColumnCount).Select(c => Inherit(c, c.Index)).ToList();
            for (var c = 0; c < map.Length; c++)
                if (map[c] is int p && continues.Columns.FirstOrDefault(x => x.Index == p) is { } column)
                    inherited[c] = Inherit(column, c);
        }
        var columns = new List<TableColumn>();
        var dataRows = grid.DataRows.ToList();
        var seenName = false;
        // an earlier year means the prior year only beside a column of the document's own year
        var currentYearShown = grid.Header.Paths.Any(p => YearOf(p) is { } y && y == grid.Metadata.FiscalYear);
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            if (inherited.TryGetValue(c, out var continued))
            {
                columns.Add(continued);
                seenName |= continued.Role == ColumnRole.Name;
                continue;
            }
            var label = grid.Header.Paths.ElementAtOrDefault(c) ?? "";
            var cells = dataRows.Select(r => grid.At(r, c)).Where(t => t.Length > 0).ToList();
            if (label.Length == 0 && cells.Count == 0) continue;
            var column = new TableColumn { Index = c, Label = label };
            column.Role = RoleOf(label, cells, c, seenName, columns);
            if (column.Role == ColumnRole.Amount && GovernmentHeaderReader.IsOrdinal(label, grid)) column.Role = ColumnRole.Text;
            if (column.Role == ColumnRole.Name) seenName = true;
            if (column.Role == ColumnRole.Amount)
                column.Measure = GovernmentHeaderReader.MeasureOf(label, grid, cells) ?? MeasureOf(label, currentYearShown ? grid.Metadata.FiscalYear : null);
            columns.Add(column);
        }
        return columns;
    }

    static TableColumn Inherit(TableColumn column, int index) =>
        new() { Index = index, Label = column.Label, Role = column.Role, Measure = column.Measure, Side = column.Side };

    /// <summary>The catalog's measure, except that a column headed by an earlier year than the document's (2025年预算数 in a
    /// 2026 budget) holds the prior year.</summary>
    public static Measure MeasureOf(string label, int? fiscalYear)
    {
        var measure = HeaderCatalog.MeasureOf(label);
        if (fiscalYear is { } fy && YearOf(label) is { } year && year < fy && year >= fy - 2 && measure is not (Measure.Change or Measure.Other))
            return Measure.PriorYear;
        return measure;
    }

    static int? YearOf(string label)
    {
        var m = System.Text.RegularExpressions.Regex.Match(label, Vocabulary.Measures.YearMention);
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    static ColumnRole RoleOf(string label, List<string> cells, int index, bool seenName, List<TableColumn> before)
    {
        // a column of row numbers: by its label (序号, 行次, 栏次), or unlabelled or unknown-labelled by its cells (1, 2, 3 …)
        if (OrdinalColumn.IsOrdinalLabel(label)) return ColumnRole.Ordinal;
        if (OrdinalColumn.IsConsecutive(cells) && (label.Length == 0 || HeaderCatalog.MeasureOf(label) == Measure.Other)
            && !HeaderCatalog.IsCodeLabel(label) && !HeaderCatalog.IsCodePartLabel(label))
            return ColumnRole.Ordinal;
        if (label.Length > 0)
        {
            if (HeaderCatalog.IsCodePartLabel(label)) return ColumnRole.CodePart;
            if (HeaderCatalog.IsUnitColumnLabel(label)) return ColumnRole.Text;
            if (HeaderCatalog.IsCodeLabel(label)) return ColumnRole.Code;
            if (HeaderCatalog.IsNameLabel(label)) return seenName ? ColumnRole.Text : ColumnRole.Name;
            if (HeaderCatalog.MeasureOf(label) != Measure.Other && cells.All(t => NumberParser.Parse(t) is not null)) return ColumnRole.Amount;
        }
        if (cells.Count == 0) return ColumnRole.Amount;
        var numeric = cells.Count(t => NumberParser.Parse(t) is not null);
        var noAmountYet = before.All(b => b.Role != ColumnRole.Amount);
        if (numeric >= cells.Count * NormalizationSettings.AmountColumnShare)
        {
            var codes = cells.Count(t => CodeCellParser.ParseCodeOnly(t) is { Digits.Length: 3 or 5 or 7 } && !t.Contains('.'));
            if (noAmountYet && !seenName && codes >= cells.Count * NormalizationSettings.AmountColumnShare) return ColumnRole.Code;
            return ColumnRole.Amount;
        }
        var combined = cells.Count(t => CodeCellParser.ParseCodeAndName(t) is not null);
        if (noAmountYet && !seenName && combined >= cells.Count / 2.0 && combined > 0) return ColumnRole.Code;
        return seenName ? ColumnRole.Text : ColumnRole.Name;
    }
}
