using System.Text.RegularExpressions;
using Extractor.Raw;
using static Extractor.Vocabulary.ColumnMarkers;

namespace Extractor.Recognition;

/// <summary>
/// Looks inside a raw table for what recognition needs: caption rows printed inside the grid (title, (2025年度), 单位：万元),
/// the column-number row (** ** 1 2 3 …), where the header ends, whether any data row follows, note rows at the bottom,
/// and the year printed in the header.
/// </summary>
public sealed partial class TableLayoutProbe
{
    /// <summary>Most leading rows looked at for caption lines inside the grid.</summary>
    public const int MaxCaptionRows = 4;
    /// <summary>Most rows looked at for the header and its column-number row.</summary>
    public const int MaxHeaderRows = 8;

    public string[][] Grid { get; }
    /// <summary>Leading rows that are caption lines, not header or data.</summary>
    public int CaptionRowCount { get; }
    public List<CaptionLine> CaptionRows { get; } = new();
    /// <summary>Trailing rows that are notes (注：…).</summary>
    public int FooterRowCount { get; }
    public List<CaptionLine> FooterRows { get; } = new();
    /// <summary>Index of the column-number row, or -1.</summary>
    public int ColumnNumberRow { get; } = -1;
    /// <summary>First row after the header.</summary>
    public int HeaderEnd { get; }
    public bool HasNumbers { get; }
    /// <summary>Rows after the header and before the notes that hold any text.</summary>
    public int DataRowCount { get; }
    /// <summary>Data rows whose amounts are all zero or blank.</summary>
    public bool AllAmountsZeroOrBlank { get; }

    public TableLayoutProbe(RawTable table)
    {
        Grid = table.ToTextGrid().Select(r => r.Select(PrintedText.Tidy).ToArray()).ToArray();
        var rows = Grid.Length;

        // Caption rows: every distinct text of the row is table context.
        for (var r = 0; r < Math.Min(rows, MaxCaptionRows); r++)
        {
            var texts = Distinct(Grid[r]);
            if (texts.Count == 0) { if (CaptionRowCount == r) CaptionRowCount = r + 1; continue; }
            if (texts.Count > 3) break;
            var lines = texts.Select(CaptionParser.Parse).ToList();
            if (!lines.All(l => l.IsCaption) || lines.Any(l => l.IsNote)) break;
            CaptionRows.AddRange(lines);
            CaptionRowCount = r + 1;
        }

        // Footer rows: single-text rows that are notes.
        for (var r = rows - 1; r >= CaptionRowCount; r--)
        {
            var texts = Distinct(Grid[r]);
            if (texts.Count == 0) { FooterRowCount++; continue; }
            if (texts.Count > 1) break;
            var line = CaptionParser.Parse(texts[0]);
            if (!line.IsNote) break;
            FooterRows.Insert(0, line);
            FooterRowCount++;
        }
        var bodyEnd = rows - FooterRowCount;

        for (var r = CaptionRowCount; r < Math.Min(bodyEnd, CaptionRowCount + MaxHeaderRows); r++)
            if (IsColumnNumberRow(Grid[r])) { ColumnNumberRow = r; break; }

        HasNumbers = false;
        var firstNumberRow = -1;
        for (var r = CaptionRowCount; r < bodyEnd; r++)
        {
            if (r == ColumnNumberRow) continue;
            if (Grid[r].Any(NumberParser.LooksLikeAmount)) { HasNumbers = true; if (firstNumberRow < 0) firstNumberRow = r; }
        }

        if (ColumnNumberRow >= 0) HeaderEnd = ColumnNumberRow + 1;
        else if (firstNumberRow >= 0) HeaderEnd = FirstDataRow(firstNumberRow);
        else HeaderEnd = bodyEnd;

        var zeroOrBlank = true;
        for (var r = HeaderEnd; r < bodyEnd; r++)
        {
            if (Grid[r].All(string.IsNullOrEmpty)) continue;
            DataRowCount++;
            foreach (var cell in Grid[r])
                if (NumberParser.LooksLikeAmount(cell) && NumberParser.ValueOf(cell) != 0) zeroOrBlank = false;
        }
        AllAmountsZeroOrBlank = zeroOrBlank;
    }

    /// <summary>The header rows (after the caption rows, before the data).</summary>
    public IEnumerable<string[]> HeaderRows => Grid.Skip(CaptionRowCount).Take(Math.Max(0, HeaderEnd - CaptionRowCount));

    /// <summary>The header's texts, for the header-row fallback of the kind catalog.</summary>
    public IEnumerable<string> HeaderTexts => HeaderRows.SelectMany(r => r).Where(t => t.Length > 0).Distinct();

    /// <summary>
    /// The latest year printed in the header (2025年预算数), with its cell text: a table comparing 2025 with 2026
    /// is a 2026 table.
    /// </summary>
    public (int Year, string Text)? HeaderYear()
    {
        (int Year, string Text)? latest = null;
        foreach (var text in HeaderTexts)
            foreach (Match m in PeriodWords.YearMention().Matches(PrintedText.Compact(text)))
            {
                var year = int.Parse(m.Groups[1].Value);
                if (latest == null || year > latest.Value.Year) latest = (year, text);
            }
        return latest;
    }

    /// <summary>A row of column numbers: 1 2 3 … with **, 栏次, 行次, 甲/乙 markers, nothing else.</summary>
    public static bool IsColumnNumberRow(string[] row)
    {
        var ints = 0;
        var markers = 0;
        foreach (var raw in row)
        {
            var t = PrintedText.Compact(raw);
            if (t.Length == 0) continue;
            if (ColumnMarker().IsMatch(t)) { markers++; continue; }
            if (SmallInteger().IsMatch(t)) { ints++; continue; }
            return false;
        }
        return ints >= 2 || (ints == 1 && markers >= 1);
    }


    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex SmallInteger();


    /// <summary>The first data row at or before the first row holding a number: code rows and 合计 rows count as data.</summary>
    int FirstDataRow(int firstNumberRow)
    {
        var r = firstNumberRow;
        while (r - 1 >= CaptionRowCount && LooksLikeDataRowWithoutNumbers(Grid[r - 1])) r--;
        return r;
    }

    static bool LooksLikeDataRowWithoutNumbers(string[] row)
    {
        var first = row.FirstOrDefault(t => t.Length > 0);
        return first != null && CodeCell().IsMatch(PrintedText.Compact(first));
    }

    [GeneratedRegex(@"^\[?\d{3,7}\]?")]
    private static partial Regex CodeCell();

    static List<string> Distinct(string[] row) => row.Where(t => t.Length > 0).Distinct().ToList();
}
