using Extractor.Model;
using Extractor.Raw;
using Extractor.Recognition;

namespace Extractor.Normalization;

/// <summary>A recognised table prepared for normalization: text grid, cell grid, header layout, unit.</summary>
public sealed class TableGrid
{
    public RecognizedTable Source { get; }
    public DocumentMetadata Metadata { get; }
    public string[][] Text { get; }
    public RawCell?[][] Cells { get; }
    public HeaderLayout Header { get; }
    /// <summary>The printed amount unit; a table may state it in a cell (项目资金（万元）) when no unit line is printed.</summary>
    public string? Unit { get; set; }
    public int ColumnCount => Source.Table.ColumnCount;

    public TableGrid(RecognizedTable source, DocumentMetadata metadata)
    {
        Source = source;
        Metadata = metadata;
        Cells = source.Table.ToGrid();
        Text = Cells.Select(row => row.Select(c => c?.Text?.Trim() ?? "").ToArray()).ToArray();
        Header = HeaderAnalyzer.Analyze(source.Table, Text);
        Unit = AmountUnits.Find(source.Caption.AmountUnit) ?? source.Caption.AmountUnit;
    }

    public IEnumerable<int> DataRows => Enumerable.Range(0, Text.Length).Where(Header.IsDataRow);

    public string At(int row, int col) => col < Text[row].Length ? Text[row][col] : "";

    /// <summary>One printed amount with its provenance; blank and dash kept as such.</summary>
    public Amount AmountAt(int row, TableColumn column, Side? side = null)
    {
        var cell = column.Index < Cells[row].Length ? Cells[row][column.Index] : null;
        var printed = cell?.Text?.Trim() ?? "";
        // a wrapped name's last characters printed before the amount (入 70656) do not hide the amount
        var parsed = NumberParser.Parse(printed) ?? NumberParser.AfterNameTail(printed);
        var value = parsed?.Value ?? (parsed is { IsDash: true } ? null : cell?.Value);
        var unit = parsed is { IsPercent: true } ? AmountUnits.Percent : ColumnUnit(column.Label);
        return new Amount
        {
            Column = column.Index,
            Measure = column.Measure ?? Measure.Other,
            ColumnLabel = column.Label,
            Printed = printed,
            Value = value,
            IsDash = parsed?.IsDash ?? false,
            Unit = unit,
            Yuan = AmountUnits.ToYuan(value, unit),
            Side = side ?? column.Side,
            Provenance = ProvenanceAt(row, column.Index, cell),
        };
    }

    /// <summary>
    /// The unit a column's amounts are read in (a cell printing % is read in %, whatever this says). A ratio column
    /// (为预算%, 增长率, 抚养比: <see cref="CanonicalFacets.IsRatio"/>) is no money whatever the table's unit: % when its
    /// header names a percentage, else a non-money unit its header prints, else none. Any other column is read in the
    /// unit its header prints (发行量（亿元）, 债务平均年限（年）, 预算数（单位：万元）), which beats the table's unit line,
    /// else in the table's unit; neither printed, no unit.
    /// </summary>
    public string? ColumnUnit(string? label)
    {
        var printed = AmountUnits.InHeader(label);
        if (!CanonicalFacets.IsRatio(label)) return printed ?? Unit;
        return CanonicalFacets.IsPercentage(label) ? AmountUnits.Percent : AmountUnits.IsNotMoney(printed) ? printed : null;
    }

    public Provenance ProvenanceAt(int row, int col, RawCell? cell = null)
    {
        cell ??= col < Cells[row].Length ? Cells[row][col] : null;
        return new Provenance
        {
            Page = cell?.Page ?? Source.Table.Page,
            Line = cell?.Line ?? RowLine(row),
            Row = row,
            Column = col,
            Box = cell?.Box,
            Sheet = cell?.Sheet,
            Cell = cell?.Address,
        };
    }

    /// <summary>Line of any cell of the row (text sources put one row per line).</summary>
    public int? RowLine(int row) => Cells[row].FirstOrDefault(c => c?.Line is not null)?.Line;

    public int RowPage(int row) => Cells[row].FirstOrDefault(c => c is not null)?.Page ?? Source.Table.Page;
}
