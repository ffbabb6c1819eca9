using Extractor.Vocabulary;

namespace Extractor.Normalization;

/// <summary>An item of a debt table: balance at the start, limit, new issues, repayment, balance at the end.</summary>
public enum DebtItem { Opening, Limit, New, Repaid, Closing }

/// <summary>
/// The one reading of a debt table's item labels (rows or columns: 上年末余额, 限额, 新增, 还本, 年末余额) and of the debt
/// kind a label names (一般债务, 专项债务, or both when it names neither), used by the debt check and the panel.
/// </summary>
public static class GovernmentDebtItems
{
    /// <summary>The debt kinds a table splits its items by (一般, 专项).</summary>
    public static IReadOnlyList<string> Kinds => GovernmentWords.DebtKinds;

    /// <summary>The item a label names, or null (interest, a new limit, anything else).</summary>
    public static DebtItem? ItemOf(string label)
    {
        var t = PrintedText.Label(label);
        if (GovernmentWords.DebtInterest.Any(t.Contains)) return null;
        bool Any(string[] words) => words.Any(t.Contains);
        if (Any(GovernmentRows.DebtOpening)) return DebtItem.Opening;
        if (t.Contains(GovernmentWords.DebtLimitWord)) return IsNewLimit(label) ? null : DebtItem.Limit;
        if (Any(GovernmentRows.DebtRepaid)) return DebtItem.Repaid;
        if (Any(GovernmentRows.DebtNew)) return DebtItem.New;
        if (Any(GovernmentRows.DebtClosing)) return DebtItem.Closing;
        return null;
    }

    /// <summary>
    /// The item a column label names among the table's columns: a group's 合计/小计 column is the total of its parts, so
    /// under a header whose other columns are all new limits (地方政府债务限额 / 合计 | 新增一般债务限额 | 新增专项债务限额)
    /// it is a new limit too, not the limit.
    /// </summary>
    public static DebtItem? ItemOf(string label, IReadOnlyCollection<string> columnLabels)
    {
        var item = ItemOf(label);
        if (item != DebtItem.Limit) return item;
        var cut = label.LastIndexOf('/');
        if (cut < 0 || !FacetWords.SubtotalEndings.Any(PrintedText.Label(label[(cut + 1)..]).EndsWith)) return item;
        var group = label[..(cut + 1)];
        var parts = columnLabels.Where(l => l != label && l.StartsWith(group, StringComparison.Ordinal)).ToList();
        return parts.Count > 0 && parts.All(IsNewLimit) ? null : item;
    }

    /// <summary>A new limit (新增…限额): neither the limit nor a new issue.</summary>
    static bool IsNewLimit(string label)
    {
        var t = PrintedText.Label(label);
        return t.Contains(GovernmentWords.DebtLimitWord) && t.Contains(GovernmentWords.DebtNewWord);
    }

    /// <summary>The debt kind a label names (一般 | 专项), or "" when it names neither (both kinds together).</summary>
    public static string KindOf(string label)
    {
        var t = PrintedText.Label(label);
        return Kinds.FirstOrDefault(t.Contains) ?? "";
    }
}
