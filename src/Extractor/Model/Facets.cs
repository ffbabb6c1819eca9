namespace Extractor.Model;

/// <summary>Canonical row roles (<see cref="TableRow.Role"/>), set by normalization from the row's label.</summary>
public enum RowRole
{
    /// <summary>The grand total of a side of a two-sided table (收入总计, 支出总计).</summary>
    GrandTotal,
    /// <summary>Money carried over between years (上年结转, 年终结转结余).</summary>
    Carryover,
}

/// <summary>The period a column speaks of (<see cref="Amount.Period"/>); null is the document's own year.</summary>
public enum ColumnPeriod
{
    PriorYear,
}

/// <summary>A column's part in its header group (<see cref="Amount.Part"/>).</summary>
public enum ColumnPart
{
    /// <summary>The group's own total (…/小计, …/合计, …/总计).</summary>
    Subtotal,
}

/// <summary>A named column group whose parts do not add the usual way (<see cref="Amount.Group"/>).</summary>
public enum ColumnGroup
{
    /// <summary>The 三公 columns: their total covers 因公出国, 公务接待, 公务用车 only, not 会议费/培训费 beside them.</summary>
    ThreePublic,
}
