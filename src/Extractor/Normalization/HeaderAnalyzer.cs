using System.Text.RegularExpressions;
using Extractor.Raw;

namespace Extractor.Normalization;

/// <summary>
/// Finds the header rows of a raw table (the rows before the first row holding a code or an amount), drops the
/// column-number rows, and turns multi-row headers into one label path per column. Spans come from the source
/// (RowSpan/ColSpan) or, in text tables, are implied: a label followed by empty cells with labels under them.
/// </summary>
public static class HeaderAnalyzer
{
    static readonly Regex CodeLike = new(Vocabulary.Measures.LeadingCode, RegexOptions.Compiled);

    public static HeaderLayout Analyze(RawTable table, string[][] grid)
    {
        var layout = new HeaderLayout();
        var columns = table.ColumnCount;
        var first = grid.Length;
        for (var r = 0; r < grid.Length; r++)
        {
            if (ColumnNumberRow.Is(grid[r])) { layout.ColumnNumberRows.Add(r); continue; }
            if (IsDataRow(grid[r])) { first = r; break; }
            layout.HeaderRows.Add(r);
        }
        layout.FirstDataRow = first;

        var header = layout.HeaderRows.Select(r => grid[r].ToArray()).ToList();
        if (!table.Cells.Any(c => c.RowSpan > 1 || c.ColSpan > 1)) ImplySpans(header);
        layout.Paths = Enumerable.Range(0, columns).Select(c => PathOf(header, c)).ToArray();

        var headerTexts = layout.HeaderRows.Select(r => Signature(grid[r])).Where(s => s.Length > 0).ToHashSet();
        for (var r = first; r < grid.Length; r++)
        {
            if (ColumnNumberRow.Is(grid[r])) layout.ColumnNumberRows.Add(r);
            else if (grid[r].FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) is { } lead && IsNote(lead)) layout.RepeatedHeaderRows.Add(r);
            else if (!IsDataRow(grid[r]) && headerTexts.Contains(Signature(grid[r]))) layout.RepeatedHeaderRows.Add(r);
        }
        return layout;
    }

    /// <summary>A row holding an amount, a subject code, or a total label.</summary>
    public static bool IsDataRow(IReadOnlyList<string> row)
    {
        if (ColumnNumberRow.Is(row)) return false;
        var firstText = row.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        if (firstText is null || IsNote(firstText)) return false;
        if (row.Any(t => NumberParser.IsNumber(t) && !IsSplitYear(row, t))) return true;
        if (CodeLike.IsMatch(firstText.Trim())) return true;
        return RowLabels.IsTotal(firstText) && row.Any(t => NumberParser.Parse(t) is { IsDash: true });
    }

    static readonly Regex Note = new(Vocabulary.Measures.NoteLine, RegexOptions.Compiled);

    /// <summary>A note printed under the table (注：…): never data.</summary>
    public static bool IsNote(string text) => Note.IsMatch(text.Trim());

    /// <summary>A year split from its 年 by the source ("2026" | "年预算数"): a header word, not an amount.</summary>
    static bool IsSplitYear(IReadOnlyList<string> row, string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text.Trim(), @"^(19|20)\d{2}$") && row.Any(t => t.Contains(Vocabulary.Measures.YearSuffix));

    /// <summary>Text tables: a label over empty cells that have labels beneath spans those columns.</summary>
    static void ImplySpans(List<string[]> header)
    {
        for (var r = 0; r < header.Count - 1; r++)
        {
            var row = header[r];
            var below = header[r + 1];
            for (var c = 0; c < row.Length; c++)
            {
                if (string.IsNullOrWhiteSpace(row[c]) || c >= below.Length || string.IsNullOrWhiteSpace(below[c])) continue;
                for (var k = c + 1; k < row.Length && k < below.Length; k++)
                {
                    if (!string.IsNullOrWhiteSpace(row[k]) || string.IsNullOrWhiteSpace(below[k])) break;
                    row[k] = row[c];
                }
            }
        }
    }

    static string PathOf(List<string[]> header, int column)
    {
        var levels = new List<string>();
        foreach (var row in header)
        {
            if (column >= row.Length) continue;
            var text = row[column].Trim();
            if (text.Length == 0 || (levels.Count > 0 && levels[^1] == text)) continue;
            levels.Add(text);
        }
        return string.Join("/", levels);
    }

    static string Signature(IReadOnlyList<string> row) => string.Join("|", row.Select(PrintedText.Label)).Trim('|');
}
