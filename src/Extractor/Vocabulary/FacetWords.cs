namespace Extractor.Vocabulary;

/// <summary>
/// Printed words that set the canonical facets of columns, rows and tables (Model/Facets: a column's period, phase,
/// part and group, a row's role, a table's spending part). Read only by Normalization/CanonicalFacets; the checks
/// read the facets, never these words.
/// </summary>
public static class FacetWords
{
    /// <summary>Last header levels that make a column its group's subtotal (…/小计, …/合计, …/总计).</summary>
    public static readonly string[] SubtotalEndings = { "小计", "合计", "总计" };

    /// <summary>A header level that is an "of which" (其中：…).</summary>
    public const string OfWhich = "其中";

    /// <summary>A column group of the 三公 (its total covers 出国, 接待, 用车 only).</summary>
    public const string ThreePublic = "三公";

    /// <summary>A prior-year column (上年预算数, 上年执行数).</summary>
    public const string PriorYear = "上年";

    /// <summary>The outturn columns of a 决算 (决算数, 执行数).</summary>
    public static readonly string[] Outturn = { "决算", "执行" };

    /// <summary>The sign of a percentage printed anywhere in a column's header (增减%, 利率（%）); a printed % in a cell says it too.</summary>
    public const string Percent = "%";

    /// <summary>
    /// Endings of a header level naming a rate, a percentage by convention (增长率, 完成率, 执行率（B/A）): its amounts carry
    /// the unit %. Only at the end of a level: 零差率补助 is a project, not a rate.
    /// </summary>
    public static readonly string[] RateEndings = { "率" };

    /// <summary>
    /// Endings of a header level naming a ratio whose scale the header does not print (抚养比 5.5, 占比, 上缴比例): no sum
    /// of money, and no unit unless the header or the cell prints one.
    /// </summary>
    public static readonly string[] RatioEndings = { "比", "比例" };

    /// <summary>A side's grand total row (收入总计, 支出总计).</summary>
    public const string GrandTotal = "总计";

    /// <summary>A carry-over row (上年结转, 年终结转结余).</summary>
    public const string Carryover = "结转";

    /// <summary>A title limited to basic spending (一般公共预算基本支出表).</summary>
    public const string Basic = "基本";
}
