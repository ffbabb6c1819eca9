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
        if (t.Contains(GovernmentWords.DebtLimitWord)) return t.Contains(GovernmentWords.DebtNewWord) ? null : DebtItem.Limit;
        if (Any(GovernmentRows.DebtRepaid)) return DebtItem.Repaid;
        if (Any(GovernmentRows.DebtNew)) return DebtItem.New;
        if (Any(GovernmentRows.DebtClosing)) return DebtItem.Closing;
        return null;
    }

    /// <summary>The debt kind a label names (一般 | 专项), or "" when it names neither (both kinds together).</summary>
    public static string KindOf(string label)
    {
        var t = PrintedText.Label(label);
        return Kinds.FirstOrDefault(t.Contains) ?? "";
    }
}
