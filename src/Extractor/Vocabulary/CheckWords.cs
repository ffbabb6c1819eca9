using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>
/// Printed words the checks still read from labels and titles (column labels, row names, prose sentences). Each is a
/// candidate for a canonical field set in recognition or normalization (see README, Vocabulary).
/// </summary>
public static class CheckWords
{
    /// <summary>Last header levels that make a column its group's subtotal.</summary>
    public static readonly string[] SubtotalWords = { "小计", "合计", "总计" };

    /// <summary>A 三公 column group: its parts are not inside its 合计 the usual way.</summary>
    public const string ThreePublic = "三公";

    /// <summary>An "of which" header level (其中：…).</summary>
    public const string OfWhich = "其中";

    /// <summary>A basic-expenditure table's title word.</summary>
    public const string Basic = "基本";

    /// <summary>A carry-over row (上年结转) of the summary table.</summary>
    public const string Carryover = "结转";

    /// <summary>The grand total's name (总计) in a two-sided table.</summary>
    public const string GrandTotal = "总计";

    /// <summary>A prior-year column (上年).</summary>
    public const string PriorYear = "上年";

    /// <summary>The outturn columns of a 决算 (决算数, 执行数).</summary>
    public static readonly string[] Outturn = { "决算", "执行" };

    /// <summary>Signs of a ratio column (增减%, 增长率).</summary>
    public const char FullWidthPercent = '％';
    public const string Rate = "率";

    /// <summary>A part's share of the whole in prose: 占 x%.</summary>
    public static readonly Regex Share = new(@"占[^\d。；;]{0,8}(\d+(?:\.\d+)?)\s*[%％]");

    /// <summary>A sentence giving another unit's budget (XX站预算…万元): group "unit".</summary>
    public static readonly Regex UnitBudgetSentence =
        new(@"^(?<unit>[^，,。；;:：]{2,60}?(?:局|站|处|中心|所|院|队|馆|室|办|会|校)(?:[（(][^（）()]{1,30}[）)])?)(?:\d{4}年)?(?:部门|单位)?预算(?:为|总额|总计)?[\d,，.]+\s*万?元");

    /// <summary>The numbering before a 类 name printed as a row name (一、 / 1.).</summary>
    public static readonly Regex ClassNumbering = new(@"^(?:[一二三四五六七八九十]+、|\d+[、.])");
}
