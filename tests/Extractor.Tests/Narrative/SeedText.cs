using Extractor.Raw;
using Extractor.Recognition;
using Extractor.Tests.Support;

namespace Extractor.Tests.Narrative;

/// <summary>
/// Inputs built straight from the seed's lines, standing in for the text source and the recogniser: prose blocks
/// (non-tab, non-empty lines outside the table part) and raw tables (one cell per tab field).
/// </summary>
public static class SeedText
{
    public static readonly string[] Lines = File.ReadAllLines(RepoPaths.Seed);

    /// <summary>1-based line number of the first line equal to (or starting with) the text, searching from a line.</summary>
    public static int LineOf(string startsWith, int from = 1)
    {
        for (var i = from - 1; i < Lines.Length; i++)
            if (Lines[i].StartsWith(startsWith, StringComparison.Ordinal)) return i + 1;
        throw new InvalidOperationException($"no line starts with {startsWith}");
    }

    /// <summary>Prose blocks: the 目录, the 概况, and from the second 第三部分 on; the table part is left out.</summary>
    public static List<TextBlock> NarrativeBlocks()
    {
        var tablePartStart = LineOf("单位公开表");
        var explanationStart = LineOf("第三部分", tablePartStart);
        var blocks = new List<TextBlock>();
        for (var i = 0; i < Lines.Length; i++)
        {
            var line = i + 1;
            if (line >= tablePartStart && line < explanationStart) continue;
            var text = Lines[i];
            if (text.Contains('\t') || string.IsNullOrWhiteSpace(text)) continue;
            blocks.Add(new TextBlock { Text = text.Trim(), Line = line, LastLine = line, Page = 1,
                                       Hint = text.StartsWith("- ") ? TextHint.ListItem : TextHint.Paragraph });
        }
        return blocks;
    }

    public static RecognizedDocument Recognized()
    {
        var doc = new RecognizedDocument { Raw = new RawDocument { SourcePath = RepoPaths.Seed, Format = "text" } };
        doc.NarrativeBlocks.AddRange(NarrativeBlocks());
        return doc;
    }

    /// <summary>A raw table of the tab lines from the first tab line at or after a line up to the next non-tab, non-empty line.</summary>
    public static RawTable TabTable(int fromLine)
    {
        var table = new RawTable { Method = "text-tabs", Page = 1, Line = fromLine, LastPage = 1 };
        var row = 0;
        var i = fromLine - 1;
        while (i < Lines.Length && !Lines[i].Contains('\t')) i++;
        for (; i < Lines.Length && Lines[i].Contains('\t'); i++)
        {
            var fields = Lines[i].Split('\t');
            for (var c = 0; c < fields.Length; c++)
                table.Cells.Add(new RawCell { Row = row, Col = c, Text = fields[c].Trim(), Line = i + 1, Page = 1 });
            table.ColumnCount = Math.Max(table.ColumnCount, fields.Length);
            row++;
        }
        table.RowCount = row;
        return table;
    }

    /// <summary>单位公开表 10 as a recognised performance-targets table.</summary>
    public static RecognizedTable PerformanceTable() => new()
    {
        Table = TabTable(LineOf("单位公开表 10")),
        Kind = Extractor.Model.TableKind.PerformanceTargets,
        Caption = { Title = "项目绩效目标表", Number = "单位公开表 10" },
    };
}
