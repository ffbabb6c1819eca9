using System.Text.RegularExpressions;
using Extractor.Model;
using static Extractor.Vocabulary.UnitWords;

namespace Extractor.Recognition;

/// <summary>
/// The unit of each row, for tables that print one per row instead of (or besides) a 单位名称 line above the table:
/// <list type="bullet">
/// <item>a 预算单位 column naming the unit on the first row of its group, blank below (Shenzhen: 深圳市水务局（本级）
/// then its coded rows); the name holds until the next one, over page breaks and continuation parts;</item>
/// <item>rows that are units (单位名称 column of a 三公 or 收入总表 by unit: 合计, 湖州市交通运输局, 湖州交通技师学院 …),
/// each with its 单位编码 when printed.</item>
/// </list>
/// A row totalling several units (合计, 总计) belongs to no single unit; it ends the group above it.
/// </summary>
public static partial class RowUnitReader
{
    /// <summary>
    /// Reads the row units of every table, in order, once recognition has settled each table's kind and whether it
    /// continues the table before (<see cref="RecognizedTable.ContinuationOf"/>). A continuation part is read in the light
    /// of the part before it (its unit column, the unit running over the page break): context for reading what the
    /// part prints, not a join; the rows are joined once, in normalization (<see cref="Normalization.ContinuationJoiner"/>).
    /// </summary>
    public static void ReadAll(IReadOnlyList<RecognizedTable> tables)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var before = table.ContinuationOf != null && i > 0 ? tables[i - 1] : null;
            Read(table, new TableLayoutProbe(table.Table), before, tables.Take(i).ToList());
        }
    }

    /// <summary>Finds the unit columns in the table's header and reads the unit of every data row into table.RowUnits.
    /// A continuation part printed without header takes the columns of the part it continues, and its leading rows
    /// the last unit of that part.</summary>
    public static void Read(RecognizedTable table, TableLayoutProbe probe, RecognizedTable? continues) =>
        Read(table, probe, continues, Array.Empty<RecognizedTable>());

    /// <summary>As above; <paramref name="earlier"/> are the document's tables before this one: where a column mixes
    /// units with their projects and prints no unit code, the units these tables list (收入总表 by unit) tell which
    /// rows are units.</summary>
    public static void Read(RecognizedTable table, TableLayoutProbe probe, RecognizedTable? continues, IReadOnlyList<RecognizedTable> earlier)
    {
        if (table.Kind == TableKind.PerformanceTargets) return; // a form: 部门（单位）名称 labels the cell beside it
        var grid = probe.Grid;
        var (nameCol, codeCol, mixed) = FindColumns(probe);
        RowUnit? current = null;
        // the part's column printed where the part before has the given one (as normalization takes its columns)
        int? Own(int? before) => before is int b ? ContinuedColumns.PartColumnOf(table.ContinuedColumns, b, table.Table.ColumnCount) : null;
        if (nameCol == null && continues?.UnitColumn is int inherited
            && (table.ContinuedColumns != null || continues.Table.ColumnCount == table.Table.ColumnCount) && Own(inherited) is int own)
        {
            nameCol = own;
            codeCol = Own(continues.UnitCodeColumn);
            mixed = continues.UnitColumnHoldsProjects;
        }
        if (nameCol == null) return;
        if (continues != null && Own(continues.UnitColumn) == nameCol && continues.RowUnits.Count > 0)
            current = continues.RowUnits[continues.RowUnits.Keys.Max()];
        table.UnitColumn = nameCol;
        table.UnitCodeColumn = codeCol;
        table.UnitColumnHoldsProjects = mixed;

        HashSet<string>? known = null;
        if (mixed && codeCol == null)
        {
            known = earlier.Where(t => !t.UnitColumnHoldsProjects).SelectMany(t => t.RowUnits.Values).Select(u => UnitKey(u.Name)).ToHashSet();
            if (known.Count == 0) known = null;
        }

        var bodyEnd = grid.Length - probe.FooterRowCount;
        var groupStart = -1;
        var previousRow = -1;
        var groups = new List<(int Start, List<int> Rows)>();
        string[]? totalBeforeGroups = null;
        for (var r = probe.HeaderEnd; r < bodyEnd; r++)
        {
            var row = grid[r];
            if (row.All(string.IsNullOrEmpty)) continue;
            var name = At(row, nameCol.Value);
            var code = codeCol is int cc ? At(row, cc) : "";
            if (!mixed && current != null && groupStart >= 0 && previousRow == groupStart && name.Length > 0 && IsWrappedRest(row, nameCol.Value, name))
            {
                // The unit's name wrapped onto a row of its own (杭州市综合交通运输研究 / 中心).
                current = current with { Name = current.Name + name };
                table.RowUnits[groupStart] = current;
                table.RowUnits[r] = current;
                previousRow = r;
                continue;
            }
            previousRow = r;
            if (name.Length > 0 || code.Length > 0)
            {
                if (IsTotalLabel(name) || (name.Length == 0 && IsTotalLabel(code)))
                {
                    if (groups.Count == 0) totalBeforeGroups = row;
                    current = null;
                    continue;
                }
                var unitCode = code.Length > 0 && IsUnitCode(code) ? code : null;
                var namesUnit = codeCol != null ? unitCode != null : known?.Contains(UnitKey(name)) ?? LooksLikeInstitution(name);
                if (mixed && !namesUnit) { } // a project or spending class of the unit above
                else if (name.Length > 0 && !IsUnitNameText(name)) { current = null; continue; }
                else if (name.Length > 0) { current = new RowUnit(name, unitCode); groupStart = r; groups.Add((r, new List<int>())); }
            }
            if (current != null)
            {
                table.RowUnits[r] = current;
                if (groups.Count > 0 && groupStart >= 0) groups[^1].Rows.Add(r);
            }
        }
        if (!MostlyInstitutions(table.RowUnits.Values))
        {
            // A form (部门（单位）名称 | 年度主要任务完成情况 …), not a column of units.
            table.RowUnits.Clear();
            table.UnitColumn = table.UnitCodeColumn = null;
            table.UnitColumnHoldsProjects = false;
            return;
        }
        RemoveDepartmentAggregate(table, grid, groups, totalBeforeGroups, nameCol.Value, codeCol);
    }

    /// <summary>
    /// The first unit group may be the department as a whole, printed before its units: its row repeats the 合计 row
    /// above it (湖州市交通运输局 = 合计, then 湖州市交通运输局 again for the 本级 unit), or, without a 合计 row, a later
    /// group is the same name's 本级 (深圳市水务局, then 深圳市水务局（本级）). Those rows total several units, so they
    /// belong to no single one: their unit is dropped, as on 合计 rows.
    /// </summary>
    static void RemoveDepartmentAggregate(RecognizedTable table, string[][] grid, List<(int Start, List<int> Rows)> groups, string[]? totalBeforeGroups, int nameCol, int? codeCol)
    {
        if (groups.Count < 2) return;
        var first = groups[0];
        var firstUnit = table.RowUnits[first.Start];
        var aggregate = totalBeforeGroups != null
            ? SameAmounts(grid[first.Start], totalBeforeGroups, nameCol, codeCol)
            : groups.Skip(1).Any(g => table.RowUnits[g.Start] is var u && u.Name != firstUnit.Name && UnitKey(u.Name) == UnitKey(firstUnit.Name));
        if (!aggregate) return;
        foreach (var r in first.Rows) table.RowUnits.Remove(r);
    }

    /// <summary>At least half the distinct names read as institutions' (<see cref="LooksLikeInstitution"/>).</summary>
    static bool MostlyInstitutions(IEnumerable<RowUnit> units)
    {
        var names = units.Select(u => u.Name).Distinct().ToList();
        return names.Count == 0 || 2 * names.Count(LooksLikeInstitution) >= names.Count;
    }

    /// <summary>Two rows print the same amounts in every column but the unit's (at least one amount).</summary>
    static bool SameAmounts(string[] a, string[] b, int nameCol, int? codeCol)
    {
        var amounts = 0;
        for (var c = 0; c < Math.Max(a.Length, b.Length); c++)
        {
            if (c == nameCol || c == codeCol) continue;
            var x = PrintedText.Compact(At(a, c));
            if (x != PrintedText.Compact(At(b, c))) return false;
            if (NumberParser.LooksLikeAmount(x)) amounts++;
        }
        return amounts > 0;
    }

    static (int? Name, int? Code, bool Mixed) FindColumns(TableLayoutProbe probe)
    {
        int? name = null, code = null;
        var mixed = false;
        foreach (var row in probe.HeaderRows)
            for (var c = 0; c < row.Length; c++)
            {
                var label = PrintedText.ForMatching(row[c]);
                if (label.Length == 0) continue;
                // A label spanning several columns is read at its first one; the name column must hold names below.
                var first = c == 0 || PrintedText.ForMatching(row[c - 1]) != label;
                if (name == null && first && UnitOrProjectLabels.Contains(label)) { name = c; mixed = true; }
                if (name == null && first && UnitNameLabels.Contains(label)) name = c;
                if (code == null && first && UnitCodeLabels.Contains(label)) code = c;
            }
        if (name != null && name == code) code = null;
        return (name, code, mixed);
    }

    static string At(string[] row, int col) => col < row.Length ? row[col] : "";

    /// <summary>Most characters of the rest of a unit name wrapped onto the next row.</summary>
    public const int MaxWrappedRestLength = 8;

    /// <summary>A row holding nothing but a short text in the unit column, which is no unit name of its own.</summary>
    static bool IsWrappedRest(string[] row, int nameCol, string name)
    {
        var c = PrintedText.Compact(name);
        if (c.Length > MaxWrappedRestLength || IsTotalLabel(c)) return false;
        for (var i = 0; i < row.Length; i++)
            if (i != nameCol && row[i].Length > 0 && row[i] != name) return false;
        return true;
    }

    /// <summary>Rows totalling several units: 合计, 总计, 小计, 部门合计.</summary>
    public static bool IsTotalLabel(string text) => TotalLabel().IsMatch(PrintedText.ForMatching(text));

    /// <summary>A unit name has CJK text and is not an amount or a code.</summary>
    static bool IsUnitNameText(string text)
    {
        var c = PrintedText.Compact(text);
        return c.Count(PrintedText.IsIdeograph) >= 2 && !NumberParser.LooksLikeAmount(c);
    }

    /// <summary>A unit name compared across tables: compact, without a trailing （本级）.</summary>
    public static string UnitKey(string name)
    {
        var c = PrintedText.Compact(name);
        foreach (var suffix in OwnLevelSuffixes)
            if (c.EndsWith(suffix) && c.Length > suffix.Length) return c[..^suffix.Length];
        return c;
    }


    /// <summary>A name that reads as an institution's: an institution ending, and no ending of a project or spending class.</summary>
    public static bool LooksLikeInstitution(string name)
    {
        var c = PrintedText.Compact(name);
        return c.Length is >= 4 and <= 60 && UnitNameSuffix().IsMatch(c) && !NotAUnitEnding().IsMatch(c);
    }

    static bool IsUnitCode(string text) => UnitCode().IsMatch(PrintedText.Compact(text));

    [GeneratedRegex(@"^\[?[0-9A-Za-z\-]{2,20}\]?$")]
    private static partial Regex UnitCode();
}
