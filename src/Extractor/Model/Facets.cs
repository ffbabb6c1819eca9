namespace Extractor.Model;

/// <summary>Canonical row roles (<see cref="TableRow.Role"/>), set by normalization from the row's label.</summary>
public static class RowRole
{
    /// <summary>The grand total of a side of a two-sided table (收入总计, 支出总计).</summary>
    public const string GrandTotal = "grand-total";
    /// <summary>Money carried over between years (上年结转, 年终结转结余).</summary>
    public const string Carryover = "carryover";
}

/// <summary>The period a column speaks of (<see cref="Amount.Period"/>); null is the document's own year.</summary>
public static class ColumnPeriod
{
    public const string PriorYear = "prior-year";
}

/// <summary>A column's part in its header group (<see cref="Amount.Part"/>).</summary>
public static class ColumnPart
{
    /// <summary>The group's own total (…/小计, …/合计, …/总计).</summary>
    public const string Subtotal = "subtotal";
}

/// <summary>A named column group whose parts do not add the usual way (<see cref="Amount.Group"/>).</summary>
public static class ColumnGroup
{
    /// <summary>The 三公 columns: their total covers 因公出国, 公务接待, 公务用车 only, not 会议费/培训费 beside them.</summary>
    public const string ThreePublic = "three-public";
}
