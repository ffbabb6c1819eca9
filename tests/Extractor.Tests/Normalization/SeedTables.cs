using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Normalization;
using Extractor.Raw;
using Extractor.Recognition;
using Extractor.Tests.Support;

namespace Extractor.Tests.Normalization;

/// <summary>
/// Test stand-in for the text source and recognition: the seed's tab-separated lines grouped into raw tables (one
/// cell per tab field, Line = 1-based line number, page 1), each wrapped with the title, number, unit and note
/// printed above it, and the kind its title names.
/// </summary>
public static class SeedTables
{
    public static readonly DocumentMetadata Metadata = new()
    {
        UnitName = "景德镇市12345政务服务便民热线管理中心", UnitCode = "166003", FiscalYear = 2025,
        Phase = Phase.Budget, Scope = Scope.Unit, ParentDepartment = "景德镇市政务服务数据管理局", ParentCode = "166",
    };

    static readonly (string Title, TableKind Kind)[] Kinds =
    {
        ("单位收入汇总表", TableKind.Revenue), ("单位支出汇总表", TableKind.Expenditure),
        ("一般公共预算基本支出表", TableKind.GeneralBasicExpenditure), ("一般公共预算支出表", TableKind.GeneralExpenditure),
        ("三公", TableKind.ThreePublic), ("政府性基金预算支出表", TableKind.GovernmentFundExpenditure),
        ("国有资本经营预算支出表", TableKind.StateCapitalExpenditure), ("项目绩效目标表", TableKind.PerformanceTargets),
    };

    public static List<RecognizedTable> Read(string? path = null) => FromLines(File.ReadAllLines(path ?? RepoPaths.Seed));

    public static List<RecognizedTable> FromLines(string[] lines)
    {
        var tables = new List<RecognizedTable>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains('\t')) continue;
            var start = i;
            while (i < lines.Length && lines[i].Trim().Length > 0) i++;
            var raw = ToRawTable(lines, start, i);
            tables.Add(Wrap(raw, lines, start));
        }
        return tables;
    }

    /// <summary>One raw table from a few tab-separated lines (tests of single shapes).</summary>
    public static RawTable Table(params string[] lines) => ToRawTable(lines, 0, lines.Length);

    public static RecognizedTable Recognized(TableKind kind, string unit, params string[] lines) =>
        new() { Table = Table(lines), Kind = kind, Caption = { AmountUnit = unit, Title = kind.Text() } };

    static RawTable ToRawTable(string[] lines, int start, int end)
    {
        var table = new RawTable { Page = 1, Line = start + 1, Method = "text-tabs", LastPage = 1 };
        var columns = 0;
        for (var r = 0; r < end - start; r++)
        {
            var fields = lines[start + r].Split('\t');
            columns = Math.Max(columns, fields.Length);
            for (var c = 0; c < fields.Length; c++)
                table.Cells.Add(new RawCell { Row = r, Col = c, Text = fields[c], Page = 1, Line = start + r + 1 });
        }
        table.RowCount = end - start;
        table.ColumnCount = columns;
        return table;
    }

    static RecognizedTable Wrap(RawTable raw, string[] lines, int start)
    {
        var recognized = new RecognizedTable { Table = raw };
        for (var k = start - 1; k >= 0 && k >= start - 10; k--)
        {
            var text = lines[k].Trim();
            if (text.Contains('\t') || Regex.IsMatch(text, @"^单位公开表\s*\d+$") && recognized.Number is not null) break;
            if (text.Length == 0) continue;
            if (Regex.IsMatch(text, @"^单位公开表\s*\d+$")) { recognized.Caption.Number = text; break; }
            if (text.StartsWith("单位：") || text.StartsWith("单位:")) recognized.Caption.AmountUnit = AmountUnits.Find(text);
            else if (text.StartsWith("注：")) recognized.Caption.Note = text;
            else if (text.Contains("166003")) recognized.Caption.ReportingUnit = Regex.Replace(text, @"^(填报单位[：:]?)?\[166003\]", "");
            else if (recognized.Title is null && text.EndsWith("表")) recognized.Caption.Title = text;
        }
        recognized.Caption.Title ??= raw.Cells.FirstOrDefault()?.Text.Trim();
        recognized.Kind = Kinds.Where(k => recognized.Title?.Contains(k.Title) == true).Select(k => k.Kind).DefaultIfEmpty(TableKind.Other).First();
        recognized.Caption.AmountUnit ??= recognized.Kind == TableKind.PerformanceTargets ? AmountUnits.TenThousand : null;
        recognized.Caption.ReportingUnitCode = recognized.Caption.ReportingUnit is null ? null : "166003";
        recognized.DeclaredEmpty = recognized.Caption.Note?.Contains("空表") == true && !raw.Cells.Any(c => NumberParser.Parse(c.Text) is { Value: not null } && c.Text.Contains('.'));
        var year = Regex.Match(string.Join(" ", raw.Cells.Select(c => c.Text)), @"(\d{4})年(预算数|基本支出)");
        if (year.Success) { recognized.Caption.Year = int.Parse(year.Groups[1].Value); recognized.Caption.YearText = year.Value; }
        return recognized;
    }

    /// <summary>The seed as a canonical document built from these stand-in tables (no checks, no narrative).</summary>
    public static BudgetDocument Document()
    {
        var doc = new BudgetDocument { Document = Path.GetFileName(RepoPaths.Seed), Format = "text", Metadata = Metadata, PageCount = 1 };
        foreach (var t in Read())
        {
            var table = TableNormalizer.Normalize(t, Metadata);
            table.Index = doc.Tables.Count + 1;
            doc.Tables.Add(table);
        }
        return doc;
    }
}
