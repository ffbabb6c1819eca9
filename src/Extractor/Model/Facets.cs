namespace Extractor.Model;

/// <summary>Canonical row roles (<see cref="TableRow.Role"/>), set by normalization from the row's label.</summary>
public enum RowRole
{
    /// <summary>The grand total of a side of a two-sided table (收入总计, 支出总计).</summary>
    GrandTotal,
    /// <summary>Money carried over between years (上年结转, 年终结转结余); in a 平衡表 a line of either side.</summary>
    Carryover,
    // 平衡表 (balance) lines, set by normalization on the lines a side's total adds (GovernmentRowReader.MarkBalanceLines);
    // a line printed under another (its detail) has no role.
    /// <summary>Income side: the level's own revenue (一般公共预算收入, 本年收入).</summary>
    OwnRevenue,
    /// <summary>Income side: transfers received (上级补助收入, 转移性收入, 下级上解收入).</summary>
    TransferIncome,
    /// <summary>Income side: funds brought in from other budgets or reserves (调入资金, 动用预算稳定调节基金).</summary>
    FundsIn,
    /// <summary>Income side: debt raised or on-lent from above (债务收入, 债务转贷收入).</summary>
    DebtIncome,
    /// <summary>Income side: a line the vocabulary does not name.</summary>
    OtherIncome,
    /// <summary>Expenditure side: the level's own spending (一般公共预算支出, 本年支出).</summary>
    OwnExpenditure,
    /// <summary>Expenditure side: transfers paid (上解上级支出, 补助下级支出, 转移性支出).</summary>
    TransferExpenditure,
    /// <summary>Expenditure side: funds moved to other budgets or reserves (调出资金, 安排预算稳定调节基金).</summary>
    FundsOut,
    /// <summary>Expenditure side: debt repaid (债务还本支出).</summary>
    DebtRepayment,
    /// <summary>Expenditure side: debt on-lent to lower levels (债务转贷支出).</summary>
    DebtOnLending,
    /// <summary>Expenditure side: a line the vocabulary does not name.</summary>
    OtherExpenditure,
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

/// <summary>The kind of government debt an amount of a debt table is (<see cref="Amount.DebtKind"/>): 一般债务 | 专项债务;
/// null where the amount covers both.</summary>
public enum DebtKind
{
    /// <summary>一般债务 (general debt, 一般债券).</summary>
    General,
    /// <summary>专项债务 (special debt, 专项债券).</summary>
    Special,
}
