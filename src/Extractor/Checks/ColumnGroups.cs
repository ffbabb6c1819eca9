using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Checks;

/// <summary>
/// Header groups of amount columns ("本年收入/一般公共预算": group 本年收入, level 一般公共预算), for deciding which
/// columns without a canonical measure (`other`) are parts of a row's whole.
/// </summary>
public static class ColumnGroups
{
    /// <summary>Header depth of a column: the number of levels above it.</summary>
    public static int Depth(Amount? a) => a is null ? 0 : a.ColumnLabel.Count(c => c == '/');

    /// <summary>The header path above a column ("本年收入" of "本年收入/小计"), "" at the top.</summary>
    public static string ParentPath(string label) => label.LastIndexOf('/') is var i && i > 0 ? label[..i] : "";

    /// <summary>A group's own subtotal column (…/小计, …/合计).</summary>
    public static bool IsSubtotal(Amount a) => a.Part == ColumnPart.Subtotal;

    /// <summary>
    /// Whether an `other` column adds into <paramref name="whole"/>: beside the whole (same header depth) it does.
    /// Under a group it does only when the group is counted column by column: a counted part stands beside it in
    /// the same group, and no counted part is the 小计 of that group or of a group above it (本年收入/小计 is a total,
    /// not a source, so 本年收入/一般公共预算 | 本年收入/财政专户管理资金 are each counted). A group holding no counted
    /// part (2026年政府采购项目/…) is a breakdown beside the whole, not inside it; an "of which" level (其中：…) is never
    /// a part; nor is anything beside a 三公 total.
    /// </summary>
    public static bool OtherIsPart(Amount other, Amount? whole, IReadOnlyCollection<Amount> countedParts)
    {
        if (whole is null || whole.Group == ColumnGroup.ThreePublic) return false;
        var depth = Depth(other);
        var wholeDepth = Depth(whole);
        if (depth == wholeDepth) return true;
        if (depth < wholeDepth) return false;
        var wholeParent = ParentPath(whole.ColumnLabel!);
        if (wholeParent.Length > 0 && !other.ColumnLabel.StartsWith(wholeParent + "/", StringComparison.Ordinal)) return false;
        // an "of which" level below the whole's group: a part of a part
        if (other.OfWhichLevel >= wholeDepth) return false;
        var parent = ParentPath(other.ColumnLabel);
        if (!countedParts.Any(p => !IsSubtotal(p) && ParentPath(p.ColumnLabel) == parent)) return false;
        for (var group = parent; group.Length > wholeParent.Length; group = ParentPath(group))
            if (countedParts.Any(p => IsSubtotal(p) && ParentPath(p.ColumnLabel) == group)) return false;
        return true;
    }
}
