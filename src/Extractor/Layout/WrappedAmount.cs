namespace Extractor.Layout;

/// <summary>
/// An amount too wide for its cell wraps inside the cell: "370,219.2" on one line and "5" under it are one amount,
/// 370,219.25, not two rows. The lower text completes the upper one when both are parts of a number (digits, group
/// separators, one point), the two joined read as one number, and the upper part fills its cell: a line cut by the
/// cell's edge leaves no more free width than the cell's paddings and less than one more character
/// (<see cref="LayoutSettings.WrappedAmountSlackRatio"/>). Ruled rows (<see cref="RowSplitter"/>) and unruled rows
/// (<see cref="WrappedLineMerger"/>) both keep such a line with the line above.
/// </summary>
public static class WrappedAmount
{
    /// <summary>True when <paramref name="lower"/> (the next line of the same cell or column) completes the amount
    /// <paramref name="upper"/> printed <paramref name="upperWidth"/> wide in a cell (or column) <paramref name="cellWidth"/> wide.</summary>
    public static bool Completes(string upper, double upperWidth, string lower, double cellWidth, double fontSize, LayoutSettings s)
    {
        if (!IsPart(upper, signed: true) || !IsPart(lower, signed: false)) return false;
        if (cellWidth - upperWidth > s.WrappedAmountSlackRatio * fontSize) return false;
        var joined = upper.Replace(" ", "") + lower.Replace(" ", "");
        return joined.Count(c => c == '.') <= 1 && !AfterPoint(joined, ',') && StreamTableFinder.IsNumber(joined);
    }

    /// <summary>A piece of a printed number: digits with group separators and at most one point (a leading minus on the first piece).</summary>
    public static bool IsPart(string text, bool signed)
    {
        var t = text.Replace(" ", "");
        if (t.Length == 0 || !t.Any(char.IsDigit)) return false;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (char.IsAsciiDigit(c) || c is ',' or '.') continue;
            if (signed && i == 0 && c is '-') continue;
            return false;
        }
        return t.Count(c => c == '.') <= 1;
    }

    static bool AfterPoint(string s, char c)
    {
        var point = s.IndexOf('.');
        return point >= 0 && s.IndexOf(c, point) > point;
    }
}
