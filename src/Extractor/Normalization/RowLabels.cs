using System.Text.RegularExpressions;

namespace Extractor.Normalization;

/// <summary>Row labels with a fixed meaning: grand totals of coded and two-sided tables.</summary>
public static class RowLabels
{
    /// <summary>True for 合计, 总计, 收入总计, 支出合计, 本年收入合计 and the like (spaces and brackets ignored).</summary>
    public static bool IsTotal(string? label) => TotalRowWords.Total.IsMatch(PrintedText.LabelKey(label));

    /// <summary>True for 总计, 收入总计, 支出总计: the last line of a two-sided table.</summary>
    public static bool IsGrandTotal(string? label) => TotalRowWords.GrandTotal.IsMatch(PrintedText.LabelKey(label));

    /// <summary>True when the label is the reporting unit's own name (a grand total labelled with the unit).</summary>
    public static bool IsUnitName(string? label, params string?[] unitNames)
    {
        var key = PrintedText.Label(label);
        if (key.Length < 4) return false;
        key = StripCode(key);
        // a label that is only a unit code (116003) names no unit: every name ends with ""
        if (key.Length < 4) return false;
        foreach (var name in unitNames)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            var n = StripCode(PrintedText.Label(name));
            if (n.Length >= 4 && (key == n || key.EndsWith(n) || n.EndsWith(key))) return true;
        }
        return false;
    }

    static string StripCode(string s) => Regex.Replace(s, @"^\[?\d+\]?[-—]?", "");
}
