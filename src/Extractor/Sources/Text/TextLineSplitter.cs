using System.Text;
using Extractor.Raw;

namespace Extractor.Sources.Text;

/// <summary>
/// Splits decoded text into blocks. Consecutive separated lines (tabs, or commas for CSV) make one raw table; every
/// other non-empty line is a text block with a hint (heading, list item, paragraph). Line numbers are 1-based.
/// </summary>
public static class TextLineSplitter
{
    public enum Separator { Tab, Comma }

    public static List<RawBlock> Split(string text, Separator separator = Separator.Tab)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var blocks = new List<RawBlock>();
        var tableRows = new List<(int Line, List<string> Fields)>();

        void FlushTable()
        {
            if (tableRows.Count == 0) return;
            blocks.Add(BuildTable(tableRows));
            tableRows.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            var fields = SplitFields(line, separator);
            if (fields != null)
            {
                tableRows.Add((lineNumber, fields));
                continue;
            }
            FlushTable();
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            var hint = TextLineHints.HintFor(trimmed, out var textWithoutMarker);
            blocks.Add(new TextBlock { Text = textWithoutMarker, Hint = hint, Page = 1, Line = lineNumber, LastLine = lineNumber });
        }
        FlushTable();
        return blocks;
    }

    /// <summary>The fields of a table line, or null when the line is not one.</summary>
    static List<string>? SplitFields(string line, Separator separator)
    {
        if (separator == Separator.Tab)
            return line.Contains('\t') ? line.Split('\t').Select(f => f.Trim()).ToList() : null;
        return line.Contains(',') ? SplitCsvLine(line) : null;
    }

    /// <summary>One CSV record on one line: double quotes protect commas, "" is a quote.</summary>
    static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString().Trim()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString().Trim());
        return fields;
    }

    static RawTable BuildTable(List<(int Line, List<string> Fields)> rows)
    {
        var table = new RawTable
        {
            Method = "text-tabs",
            Page = 1,
            LastPage = 1,
            Line = rows[0].Line,
            RowCount = rows.Count,
            ColumnCount = rows.Max(r => r.Fields.Count),
        };
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Fields.Count; c++)
                table.Cells.Add(new RawCell { Row = r, Col = c, Text = rows[r].Fields[c], Page = 1, Line = rows[r].Line });
        return table;
    }
}
