using Extractor.Model;
using Extractor.Recognition.Narrative;

namespace Extractor.Tests.Checks;

/// <summary>
/// Builds normalised tables from compact text, standing in for the normalizer in check tests:
/// columns "合计:total 基本支出:basic 项目支出:project"; rows "code | name | amount | amount …" (blank code = 合计 row,
/// blank amount = blank cell). Abbreviated 款/项 codes (41 under 201) are expanded; level and parent follow from the code.
/// </summary>
public static class TableText
{
    public static BudgetTable Build(int index, TableKind kind, string columns, string rows, string unit = "万元",
        Classification classification = Classification.Function, int? firstLine = null)
    {
        var table = new BudgetTable { Index = index, Kind = kind, AmountUnit = unit, Classification = classification, FirstLine = firstLine };
        var cols = columns.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split(':')).ToArray();
        table.Columns.Add(new TableColumn { Index = 0, Label = "科目编码", Role = ColumnRole.Code });
        table.Columns.Add(new TableColumn { Index = 1, Label = "科目名称", Role = ColumnRole.Name });
        for (var i = 0; i < cols.Length; i++)
            table.Columns.Add(new TableColumn { Index = i + 2, Label = cols[i][0], Measure = Canonical.Parse<Measure>(cols[i][1]), Role = ColumnRole.Amount });

        string? cls = null, kuan = null;
        var rowIndex = 0;
        foreach (var line in rows.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var fields = line.Split('|').Select(f => f.Trim()).ToArray();
            AddRow(table, rowIndex++, fields[0], fields[1], fields.Skip(2).ToArray(), cols, unit, classification, ref cls, ref kuan, null);
        }
        Extractor.Normalization.CanonicalFacets.Apply(table);
        return table;
    }

    public static void AddRow(BudgetTable table, int rowIndex, string printedCode, string name, string[] values, string[][] cols,
        string unit, Classification classification, ref string? cls, ref string? kuan, int? line)
    {
        var isTotal = printedCode.Length == 0 || !printedCode.All(char.IsDigit);
        string? code = null, parent = null;
        int level = 0;
        if (!isTotal)
        {
            code = printedCode.Length == 2 && cls is not null ? cls + printedCode : printedCode;
            level = code.Length switch { 3 => 1, 5 => 2, _ => 3 };
            parent = level switch { 1 => null, 2 => code[..3], _ => code[..5] };
            if (level == 1) cls = code;
            if (level == 2) kuan = code;
        }
        var row = new TableRow
        {
            Index = rowIndex, Code = code, PrintedCode = isTotal ? null : printedCode, Name = isTotal ? (name.Length > 0 ? name : printedCode) : name,
            Level = level, ParentCode = parent, IsTotal = isTotal, Classification = classification,
            Provenance = new Provenance { Row = rowIndex, Line = line },
        };
        for (var i = 0; i < cols.Length; i++)
        {
            var printed = i < values.Length ? values[i] : "";
            var value = NumberParser.ValueOf(printed);
            row.Amounts.Add(new Amount
            {
                Column = i + 2, Measure = Canonical.Parse<Measure>(cols[i][1]), ColumnLabel = cols[i][0], Printed = printed, Value = value, Unit = unit,
                IsDash = NumberParser.Parse(printed) is { IsDash: true },
                Yuan = AmountUnits.ToYuan(value, unit), Provenance = new Provenance { Row = rowIndex, Column = i + 2, Line = line },
            });
        }
        table.Rows.Add(row);
    }

    public static BudgetDocument Document(params BudgetTable[] tables)
    {
        var doc = new BudgetDocument { Document = "test.txt", Format = "text" };
        doc.Metadata.FiscalYear = 2025;
        doc.Metadata.Phase = Phase.Budget;
        doc.Tables.AddRange(tables);
        // the facets normalization sets (a test may have renamed a row or retitled a table since Build)
        foreach (var t in tables) Extractor.Normalization.CanonicalFacets.Apply(t);
        return doc;
    }
}
