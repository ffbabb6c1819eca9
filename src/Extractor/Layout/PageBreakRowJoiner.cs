using System.Text.RegularExpressions;
using Extractor.Raw;
using static Extractor.Vocabulary.LayoutPatterns;

namespace Extractor.Layout;

/// <summary>
/// A row broken by a page break: the first row of a table's continuation is the rest of the previous page's last row
/// when it prints only text (no code, no amount), only in text cells that the last row also fills, does not open a
/// row of its own (一、, （二）, 3., 其中, 合计 …), and the last row's text was cut at a cell's right edge. Where the
/// last row prints no amount either, every one of its cells must be cut and the rest must be a short tail (出, 支出).
/// Anything else is a row of its own. A step of <see cref="TableStitcher"/> (its only caller): the cut is judged on the
/// printed grid (cell edges, whether a cell's last line was full), which only layout still sees.
/// </summary>
public static partial class PageBreakRowJoiner
{
    /// <summary>Whether row <paramref name="firstRow"/> of <paramref name="next"/> continues the last row of <paramref name="open"/>.</summary>
    public static bool Continues(RawTable open, RawTable next, int firstRow)
    {
        if (open.RowCount < 2 || firstRow >= next.RowCount) return false;
        var lastRow = open.RowCount - 1;
        var rest = next.Cells.Where(c => c.Row == firstRow && c.Text.Length > 0).OrderBy(c => c.Col).ToList();
        if (rest.Count == 0 || OpensARow().IsMatch(rest[0].Text.Replace(" ", ""))) return false;
        var last = open.Cells.Where(c => c.Row <= lastRow && c.Row + c.RowSpan > lastRow).ToList();
        var lastPrintsAmounts = last.Any(c => c.Row == lastRow && IsFigure(c.Text));
        var cut = 0;
        foreach (var part in rest)
        {
            if (part.RowSpan > 1 || IsFigure(part.Text) || !part.Text.Any(char.IsLetter)) return false;
            var head = last.FirstOrDefault(c => c.Col == part.Col);
            if (head == null || head.ColSpan != part.ColSpan || head.Text.Length == 0 || IsFigure(head.Text)) return false;
            if (head.LastLineFull == true) cut++;
            // without amounts on either side, only a short tail under text cut at every cell's edge
            else if (!lastPrintsAmounts) return false;
            if (!lastPrintsAmounts && part.Text.Length > MaxTailWithoutAmounts) return false;
        }
        // amounts on the last row's side: the text of at least one of its cells was cut at the edge (or the source
        // does not say, as in unruled tables)
        return cut > 0 || rest.All(p => last.First(c => c.Col == p.Col).LastLineFull == null);
    }

    /// <summary>Longest rest of a row, in characters, joined when neither part prints an amount.</summary>
    public const int MaxTailWithoutAmounts = 4;

    /// <summary>Appends the texts of row <paramref name="firstRow"/> of <paramref name="next"/> to the cells of open's last row.</summary>
    public static void Join(RawTable open, RawTable next, int firstRow)
    {
        var lastRow = open.RowCount - 1;
        foreach (var part in next.Cells.Where(c => c.Row == firstRow && c.Text.Length > 0))
        {
            var i = open.Cells.FindIndex(c => c.Col == part.Col && c.Row <= lastRow && c.Row + c.RowSpan > lastRow);
            var head = open.Cells[i];
            open.Cells[i] = new RawCell
            {
                Row = head.Row, Col = head.Col, RowSpan = head.RowSpan, ColSpan = head.ColSpan, Box = head.Box, Page = head.Page,
                Line = head.Line, Value = head.Value, LastLineFull = part.LastLineFull,
                Text = TextAssembler.JoinLines(new[] { head.Text, part.Text }),
            };
        }
    }

    /// <summary>A number (an amount, a code, a percentage) rather than words.</summary>
    static bool IsFigure(string text) => Figure().IsMatch(text.Replace(" ", ""));
}
