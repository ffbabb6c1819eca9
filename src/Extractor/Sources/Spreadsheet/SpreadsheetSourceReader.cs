using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Extractor.Raw;
using Extractor.Sources.Tabular;
using Extractor.Model;

namespace Extractor.Sources.Spreadsheet;

/// <summary>
/// Reads .xls and .xlsx workbooks: every visible sheet becomes one raw page (Name = sheet name) holding its title and
/// unit rows as text blocks, then its grid as a raw table (Method "sheet"), merged cells as spans. Numbers come from
/// the stored cell values (RawCell.Value); Text is the value printed with the cell's number format. Hidden rows,
/// hidden columns and hidden sheets (finance-system metadata such as DEBT_T_XXGK_* or VALID#) stay out of the grid and
/// are listed in RawTable.Omitted and as hidden-content issues. RawCell.Line and TextBlock.Line are 1-based sheet rows.
/// </summary>
public sealed class SpreadsheetSourceReader : ISourceReader
{
    static SpreadsheetSourceReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public IReadOnlyCollection<string> Formats { get; } = new[] { "xlsx", "xls" };

    /// <summary>Decompressed part sizes, shared strings, sheets and cells a workbook may reach.</summary>
    public SourceLimits Limits { get; init; } = SourceLimits.Default;

    public RawDocument Read(string path, string format, CancellationToken cancel = default)
    {
        var raw = new RawDocument { SourcePath = path, Format = format };
        var sheets = new List<SheetData>();
        // An .xlsx is a ZIP: its parts are measured as they decompress before the reader allocates for them.
        if (format == "xlsx") Limits.CheckPackage(path, "xlsx workbook", cancel);
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration
            {
                LeaveOpen = false,
                // Old BIFF files without a CODEPAGE record are, in this domain, Chinese: GBK rather than Windows-1252.
                FallbackEncoding = Encoding.GetEncoding(936),
            });
            do
            {
                cancel.ThrowIfCancellationRequested();
                Limits.CheckPages(sheets.Count + 1, "sheets");
                sheets.Add(SheetData.Load(reader, Limits, cancel));
            } while (reader.NextResult());
        }
        catch (BadInputException) { throw; }
        catch (InvalidPasswordException e)
        {
            throw new BadInputException("password-protected workbook: remove the password and save it again", e);
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or NotSupportedException or EndOfStreamException
                                      or ArgumentException or IndexOutOfRangeException or InvalidOperationException or FormatException or NullReferenceException
                                      or System.Xml.XmlException or OverflowException or KeyNotFoundException)
        {
            throw new BadInputException($"damaged or unsupported {format} workbook: {e.Message}", e);
        }

        raw.Properties["sheets"] = string.Join(" | ", sheets.Select(s => s.Name));
        var hiddenSheets = sheets.Where(s => s.Hidden).ToList();
        foreach (var s in hiddenSheets)
            raw.Issues.Add(new SourceIssue(IssueCode.HiddenContent,
                $"hidden sheet '{s.Name}' ({s.Rows.Count} rows) left out: {Summary(s.Rows.SelectMany(r => r.Cells))}"));

        var number = 0;
        foreach (var sheet in sheets.Where(s => !s.Hidden))
        {
            cancel.ThrowIfCancellationRequested();
            var page = new RawPage { Number = ++number, Name = sheet.Name };
            raw.Pages.Add(page);
            BuildPage(sheet, page, raw, Limits);
        }

        if (sheets.All(s => s.Rows.All(r => r.Cells.All(c => c.IsEmpty))))
            throw new BadInputException("empty workbook: no sheet holds any cell");
        return raw;
    }

    static void BuildPage(SheetData sheet, RawPage page, RawDocument raw, SourceLimits limits)
    {
        // Merged areas are expanded cell by cell below: their total area is bounded first.
        limits.CheckCells(sheet.Merges.Sum(m => (long)(m.ToRow - m.FromRow + 1) * (m.ToColumn - m.FromColumn + 1)), $"the merged cells of sheet '{sheet.Name}'");
        var grid = new CellGrid();
        var covered = new HashSet<(int, int)>();
        foreach (var m in sheet.Merges)
        {
            for (var r = m.FromRow; r <= m.ToRow; r++)
                for (var c = m.FromColumn; c <= m.ToColumn; c++)
                    if (r != m.FromRow || c != m.FromColumn) covered.Add((r, c));
        }
        var merges = sheet.Merges.ToDictionary(m => (m.FromRow, m.FromColumn));

        var columnCount = Math.Max(sheet.Rows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max(),
            sheet.Merges.Select(m => m.ToColumn + 1).DefaultIfEmpty(0).Max());
        var rowCount = Math.Max(sheet.Rows.Count, sheet.Merges.Select(m => m.ToRow + 1).DefaultIfEmpty(0).Max());
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (covered.Contains((r, c))) continue;
                var cell = row.Cells[c];
                var (rs, cs) = merges.TryGetValue((r, c), out var m) ? (m.ToRow - m.FromRow + 1, m.ToColumn - m.FromColumn + 1) : (1, 1);
                grid.Add(new GridCell { Row = r, Col = c, RowSpan = rs, ColSpan = cs, Text = cell.Text, Source = cell.Source, Value = cell.Value, Line = r + 1,
                    Sheet = sheet.Name, Address = ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture) });
            }
        }
        // Merged areas reaching beyond the last stored row or column still belong to the grid.
        grid.RowCount = Math.Max(grid.RowCount, rowCount);
        grid.ColumnCount = Math.Max(grid.ColumnCount, columnCount);
        if (grid.RowCount == 0)
        {
            page.Quality = PageQuality.Empty;
            page.QualityReason = "empty sheet";
            return;
        }

        // Hidden rows and columns leave the grid; what they held is listed.
        var omitted = new List<string>();
        var keepRow = new bool[grid.RowCount];
        for (var r = 0; r < grid.RowCount; r++)
        {
            keepRow[r] = r >= sheet.Rows.Count || !sheet.Rows[r].Hidden;
            if (!keepRow[r] && sheet.Rows[r].Cells.Any(c => !c.IsEmpty))
                omitted.Add($"row {r + 1}: {Summary(sheet.Rows[r].Cells)}");
        }
        var keepCol = new bool[grid.ColumnCount];
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            keepCol[c] = !sheet.HiddenColumns.Contains(c);
            var cells = sheet.Rows.Where(r => !r.Hidden && c < r.Cells.Count).Select(r => r.Cells[c]).ToList();
            if (!keepCol[c] && cells.Any(x => !x.IsEmpty))
                omitted.Add($"column {ColumnName(c)}: {Summary(cells)}");
        }
        grid.Keep(keepRow, keepCol);

        var blocks = TableShaper.ShapeStacked(grid, page.Number, "sheet", 1);
        page.Blocks.AddRange(blocks);
        if (omitted.Count > 0)
        {
            var table = blocks.OfType<RawTable>().FirstOrDefault();
            table?.Omitted.AddRange(omitted);
            raw.Issues.Add(new SourceIssue(IssueCode.HiddenContent,
                $"sheet '{sheet.Name}': {omitted.Count} hidden row(s)/column(s) left out of the table: " +
                string.Join("; ", omitted.Select(o => o.Length > 80 ? o[..80] + "…" : o).Take(8)) + (omitted.Count > 8 ? "; …" : ""),
                page.Number));
        }
        if (page.Blocks.Count == 0)
        {
            page.Quality = PageQuality.Empty;
            page.QualityReason = "empty sheet";
        }
    }

    static string Summary(IEnumerable<SheetCell> cells)
    {
        var text = string.Join(" | ", cells.Where(c => !c.IsEmpty).Select(c => c.Text));
        return text.Length > TableShapingRules.OmittedTextLength ? text[..TableShapingRules.OmittedTextLength] + "…" : text;
    }

    /// <summary>Spreadsheet column letters: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    sealed record SheetCell(string Text, decimal? Value, string? Source = null)
    {
        public bool IsEmpty => Text.Length == 0 && Value is null;
    }

    sealed record SheetRow(List<SheetCell> Cells, bool Hidden);

    static readonly List<SheetCell> NoCells = new();
    static readonly SheetCell EmptyCell = new("", null);

    /// <summary>One sheet as ExcelDataReader streams it.</summary>
    sealed class SheetData
    {
        public string Name { get; init; } = "";
        public bool Hidden { get; init; }
        public List<SheetRow> Rows { get; } = new();
        public List<CellRange> Merges { get; } = new();
        public HashSet<int> HiddenColumns { get; } = new();

        /// <summary>Row × column slots scanned per cell allowed (rows formatted out to column XFD are common and cheap).</summary>
        const long SlotsPerCell = 64;

        public static SheetData Load(IExcelDataReader reader, SourceLimits limits, CancellationToken cancel)
        {
            long cellCount = 0, slots = 0;
            var sheet = new SheetData
            {
                Name = reader.Name ?? "",
                Hidden = !string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(reader.VisibleState),
            };
            var maxFields = 0;
            var lastWithContent = -1;
            while (reader.Read())
            {
                List<SheetCell> cells = NoCells;
                for (var i = reader.FieldCount - 1; i >= 0; i--)
                {
                    // Read right to left so a row formatted out to column XFD costs one list of its printed width.
                    var cell = ReadCell(reader, i);
                    if (cell.IsEmpty && cells.Count == 0) continue;
                    if (cells.Count == 0) cells = new List<SheetCell>(new SheetCell[i + 1]);
                    cells[i] = cell;
                }
                if (cells.Count > 0)
                {
                    for (var i = 0; i < cells.Count; i++) cells[i] ??= EmptyCell;
                    lastWithContent = sheet.Rows.Count;
                }
                sheet.Rows.Add(new SheetRow(cells, reader.RowHeight <= 0));
                cellCount += cells.Count + 1;
                // Every row costs its FieldCount slots to scan, printed or not (a cell at XFD1048576 makes a sheet of 17 billion).
                slots += Math.Max(1, reader.FieldCount);
                if (slots > limits.MaxCellsPerTable * SlotsPerCell)
                    throw SourceLimits.TooLarge($"sheet '{sheet.Name}' spans more than {limits.MaxCellsPerTable * SlotsPerCell:N0} row × column slots, which",
                        "cells per table (× " + SlotsPerCell + " slots)", limits.MaxCellsPerTable.ToString("N0", CultureInfo.InvariantCulture));
                if ((sheet.Rows.Count & 1023) == 0)
                {
                    limits.CheckCells(cellCount, $"sheet '{sheet.Name}'");
                    cancel.ThrowIfCancellationRequested();
                }
                maxFields = Math.Max(maxFields, cells.Count);
            }
            limits.CheckCells(cellCount, $"sheet '{sheet.Name}'");
            // Rows formatted but empty at the bottom of the sheet are not part of it.
            sheet.Rows.RemoveRange(lastWithContent + 1, sheet.Rows.Count - lastWithContent - 1);
            if (reader.MergeCells != null) sheet.Merges.AddRange(reader.MergeCells);
            for (var i = 0; i < maxFields; i++)
            {
                double width;
                try { width = reader.GetColumnWidth(i); }
                catch (Exception) { continue; }
                if (width <= 0) sheet.HiddenColumns.Add(i);
            }
            return sheet;
        }

        static SheetCell ReadCell(IExcelDataReader reader, int i)
        {
            var value = reader.GetValue(i);
            switch (value)
            {
                case null:
                    return new SheetCell("", null);
                case string s:
                    return new SheetCell(PrintedText.Clean(s), null, s.Contains('\n') ? s.Replace("\r\n", "\n").Replace('\n', PrintedText.LineBreak) : null);
                case double or float or int or long or decimal or short:
                    var d = ToDecimal(value);
                    if (d is null) return new SheetCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", null);
                    string? format = null;
                    try { format = reader.GetNumberFormatString(i); } catch (Exception) { }
                    return new SheetCell(ExcelNumberFormatter.Format(d.Value, format), d);
                case DateTime dt:
                    return new SheetCell(dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), null);
                case bool b:
                    return new SheetCell(b ? "TRUE" : "FALSE", null);
                default:
                    return new SheetCell(PrintedText.Clean(Convert.ToString(value, CultureInfo.InvariantCulture)), null);
            }
        }

        /// <summary>A stored double as the decimal it was typed as (15 significant digits, as Excel keeps them).</summary>
        static decimal? ToDecimal(object value)
        {
            try
            {
                return value switch
                {
                    double d when double.IsFinite(d) => decimal.Parse(d.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
                    float f when float.IsFinite(f) => decimal.Parse(((double)f).ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
                    int or long or short or decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                    _ => null,
                };
            }
            catch (OverflowException) { return null; }
        }
    }
}
