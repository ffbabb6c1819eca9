using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Extractor.Tests.Formats;

/// <summary>Writes small .xlsx workbooks for reader tests: values, number formats, merges, hidden rows, columns and sheets.</summary>
internal sealed class XlsxBuilder
{
    /// <summary>Cell styles the builder knows: 0 General, 1 "#,##0.00", 2 "0.00", 3 "0.0%".</summary>
    public const uint General = 0, Thousands2 = 1, Fixed2 = 2, Percent1 = 3;

    public sealed class Sheet(string name)
    {
        public string Name { get; } = name;
        public bool Hidden { get; set; }
        public Dictionary<(int Row, int Col), (object Value, uint Style)> Cells { get; } = new();
        public List<string> Merges { get; } = new();
        public HashSet<int> HiddenRows { get; } = new();
        public HashSet<int> HiddenColumns { get; } = new();

        /// <summary>Sets a cell (0-based row and column).</summary>
        public Sheet Set(int row, int col, object value, uint style = General) { Cells[(row, col)] = (value, style); return this; }
        public Sheet Merge(string range) { Merges.Add(range); return this; }
    }

    readonly List<Sheet> _sheets = new();

    public Sheet AddSheet(string name)
    {
        var s = new Sheet(name);
        _sheets.Add(s);
        return s;
    }

    public string Save()
    {
        var path = TempFiles.Create(".xlsx");
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 4 });
        var sheets = wb.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var s in _sheets)
        {
            var part = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var ws = new Worksheet();
            var maxCol = s.Cells.Keys.Select(k => k.Col).DefaultIfEmpty(0).Max();
            var columns = new Columns();
            for (var c = 0; c <= maxCol; c++)
                columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = 12, CustomWidth = true, Hidden = s.HiddenColumns.Contains(c) });
            ws.Append(columns);
            foreach (var rowGroup in s.Cells.GroupBy(k => k.Key.Row).OrderBy(g => g.Key))
            {
                var row = new Row { RowIndex = (uint)rowGroup.Key + 1 };
                if (s.HiddenRows.Contains(rowGroup.Key)) row.Hidden = true;
                foreach (var cell in rowGroup.OrderBy(k => k.Key.Col))
                {
                    var reference = ColumnName(cell.Key.Col) + (cell.Key.Row + 1);
                    var (value, style) = cell.Value;
                    var c = new Cell { CellReference = reference, StyleIndex = style };
                    if (value is string text) { c.DataType = CellValues.InlineString; c.InlineString = new InlineString(new SheetText(text)); }
                    else c.CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                    row.Append(c);
                }
                data.Append(row);
            }
            ws.Append(data);
            if (s.Merges.Count > 0) ws.Append(new MergeCells(s.Merges.Select(m => new MergeCell { Reference = m })));
            part.Worksheet = ws;
            sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
            {
                Id = wb.GetIdOfPart(part), SheetId = id++, Name = s.Name,
                State = s.Hidden ? SheetStateValues.Hidden : null,
            });
        }
        return path;
    }

    static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
