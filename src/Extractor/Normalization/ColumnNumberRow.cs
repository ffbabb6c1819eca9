using System.Text.RegularExpressions;

namespace Extractor.Normalization;

/// <summary>
/// The row of column numbers under a header ("** ** 1 2 3 …", "栏次 1 2 3", "甲 乙 1 2 …"), recognised even when the
/// numbering is garbled ("1 2 3 4 5 2 3 4 5 6 7 8 9"): every non-empty cell is a marker or a small integer.
/// </summary>
public static class ColumnNumberRow
{
    static readonly HashSet<string> Markers = new() { "*", "**", "***", "栏次", "行次", "栏", "甲", "乙", "丙", "丁", "—", "-", "序号" };
    static readonly Regex SmallInteger = new(@"^(\d{1,2})栏?$", RegexOptions.Compiled);

    public static bool Is(IReadOnlyList<string> row)
    {
        int numbers = 0, markers = 0;
        foreach (var cell in row)
        {
            var t = PrintedText.Label(cell);
            if (t.Length == 0) continue;
            if (SmallInteger.IsMatch(t)) numbers++;
            else if (Markers.Contains(t)) markers++;
            else return false;
        }
        return numbers >= 2 || (numbers >= 1 && markers >= 1);
    }
}
