using System.Text.RegularExpressions;
using Extractor.Vocabulary;

namespace Extractor.Normalization;

/// <summary>
/// A column of row numbers (序号, 行次, 栏次, or unlabelled 1, 2, 3 …): position, never an amount (DOMAIN.md section 9).
/// Known by its label, or by its cells alone: at least <see cref="MinimumRun"/> whole numbers, each one more than the
/// number above it.
/// </summary>
public static class OrdinalColumn
{
    /// <summary>Fewest consecutive integers that make an unlabelled column an ordinal.</summary>
    public const int MinimumRun = 3;
    /// <summary>The lowest subject code (101): a consecutive run starting there or above is codes, not row numbers.</summary>
    public const int FirstCode = 101;

    static readonly Regex WholeNumber = new(Measures.RowNumber, RegexOptions.Compiled);

    /// <summary>The deepest level of the header path is an ordinal label (序号, 行次, 栏次 …).</summary>
    public static bool IsOrdinalLabel(string? labelPath)
    {
        var last = (labelPath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is not null && Measures.OrdinalLabels.Contains(PrintedText.Label(last));
    }

    /// <summary>
    /// The column's non-empty cells, top to bottom, are whole numbers each one more than the one above, at least
    /// <see cref="MinimumRun"/> of them (a two-sided table's 行次 may start anywhere: 1 … 20 on the left, 21 … 40 on the right).
    /// </summary>
    public static bool IsConsecutive(IEnumerable<string> cells)
    {
        var values = new List<int>();
        foreach (var cell in cells)
        {
            var t = PrintedText.Label(cell);
            if (t.Length == 0) continue;
            if (!WholeNumber.IsMatch(t) || t[0] == '0') return false; // 01, 02 … are the parts of a code (款, 项)
            values.Add(int.Parse(t.TrimEnd(Measures.RowNumberMarks)));
        }
        // subject codes run 101 upwards (201, 202, 203 …): a run of row numbers starts lower
        if (values.Count < MinimumRun || values[0] >= FirstCode) return false;
        for (var i = 1; i < values.Count; i++)
            if (values[i] != values[i - 1] + 1) return false;
        return true;
    }

    /// <summary>An ordinal column by its label, or by its cells when they are a run of consecutive integers.</summary>
    public static bool Is(string? labelPath, IEnumerable<string> cells) => IsOrdinalLabel(labelPath) || IsConsecutive(cells);
}
