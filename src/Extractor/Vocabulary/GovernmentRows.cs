using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Vocabulary;

/// <summary>
/// Row names of government-level tables: a revenue table's total, the lines of a 平衡表, and the items of a debt table
/// (the 收入分类 classes and items are codes of the subject-code catalog and its seed, Catalog/catalog-seed.tsv).
/// </summary>
public static class GovernmentRows
{
    /// <summary>Names of a revenue table's total row when it is not printed as 合计 (一般公共预算收入, 收入合计 …).</summary>
    public static readonly string[] RevenueTotalNames = { "一般公共预算收入", "公共财政预算收入", "收入合计", "收入总计", "本级收入", "地方收入" };

    /// <summary>平衡表 income-side lines by kind (printed names, compared without ordinal and brackets). A line the list
    /// does not name still counts when the table's arithmetic makes it a line (it does not add up into another line); it is then <see cref="RowRole.OtherIncome"/>.</summary>
    public static readonly (RowRole Role, string[] Names)[] BalanceIncomeLines =
    {
        (RowRole.OwnRevenue, new[] { "一般公共预算收入", "公共预算收入", "公共财政预算收入", "本年收入", "本年收入合计", "本级收入", "政府性基金预算收入", "政府性基金收入", "国有资本经营预算收入", "国有资本经营收入", "社会保险基金预算收入", "社会保险基金收入" }),
        (RowRole.TransferIncome, new[] { "上级补助收入", "转移性收入", "返还性收入", "一般性转移支付收入", "专项转移支付收入", "下级上解收入", "区域间转移性收入", "上级补助", "补助收入" }),
        (RowRole.FundsIn, new[] { "调入资金", "调入预算稳定调节基金", "动用预算稳定调节基金", "调入资金收入" }),
        (RowRole.DebtIncome, new[] { "债务转贷收入", "地方政府债务收入", "债务收入", "地方政府一般债务收入", "地方政府专项债务收入", "地方政府债务转贷收入", "一般债务收入", "专项债务收入" }),
        (RowRole.Carryover, new[] { "上年结转", "上年结余", "上年结转结余", "上年结余收入", "上年结转收入", "待偿债置换一般债券上年结余", "待偿债再融资一般债券上年结余" }),
    };

    /// <summary>平衡表 expenditure-side lines by kind (上解, 调出, 还本, 结转下年 …); unnamed lines are
    /// <see cref="RowRole.OtherExpenditure"/>.</summary>
    public static readonly (RowRole Role, string[] Names)[] BalanceExpenditureLines =
    {
        (RowRole.OwnExpenditure, new[] { "一般公共预算支出", "公共预算支出", "公共财政预算支出", "本年支出", "本年支出合计", "本级支出", "政府性基金预算支出", "政府性基金支出", "国有资本经营预算支出", "国有资本经营支出", "社会保险基金预算支出", "社会保险基金支出" }),
        (RowRole.TransferExpenditure, new[] { "上解上级支出", "上解支出", "补助下级支出", "转移性支出", "返还性支出", "一般性转移支付支出", "专项转移支付支出", "区域间转移性支出", "援助其他地区支出" }),
        (RowRole.FundsOut, new[] { "调出资金", "安排预算稳定调节基金", "补充预算稳定调节基金", "补充预算周转金" }),
        (RowRole.DebtRepayment, new[] { "债务还本支出", "地方政府债务还本支出", "地方政府一般债务还本支出", "地方政府专项债务还本支出", "一般债务还本支出", "专项债务还本支出" }),
        (RowRole.DebtOnLending, new[] { "债务转贷支出", "地方政府债务转贷支出", "地方政府一般债务转贷支出", "地方政府专项债务转贷支出" }),
        (RowRole.Carryover, new[] { "结转下年", "年终结余", "结转下年支出", "年终结转", "年终结转结余", "滚存结余", "年末滚存结余" }),
    };

    /// <summary>Labels of a 平衡表's grand totals (收入总计 = 支出总计).</summary>
    public static readonly string[] BalanceIncomeTotals = { "收入总计", "收入合计总计", "收入总量", "来源总计", "收入总计数", "总收入" };
    public static readonly string[] BalanceExpenditureTotals = { "支出总计", "支出总量", "去向总计", "支出总计数", "总支出" };


    /// <summary>A line's printed number (一、 二、): no line so numbered is printed as the detail of another.</summary>
    public static readonly Regex TopLevelNumber = new(@"^[一二三四五六七八九十]+[、.．]", RegexOptions.Compiled);

    /// <summary>Debt table items (rows or columns): balance at the start, limit, new issues, repayment, balance at the end.</summary>
    public static readonly string[] DebtOpening = { "上年末余额", "年初余额", "上年末债务余额", "上年末地方政府债务余额" };
    public static readonly string[] DebtLimit = { "限额", "债务限额" };
    public static readonly string[] DebtNew = { "新增", "举借", "发行", "债务收入", "债券规模" };
    public static readonly string[] DebtRepaid = { "还本", "偿还", "债务还本" };
    public static readonly string[] DebtClosing = { "年末余额", "年末债务余额", "期末余额", "余额" };
}
