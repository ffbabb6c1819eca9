using Extractor.Model;
namespace Extractor.Vocabulary;

/// <summary>
/// Column headers of government-level tables to canonical measures (DOMAIN.md section 9). Patterns are anchored regular
/// expressions over one header level after PrintedText.LabelKey (spaces, quotes and a leading year removed, brackets
/// half-width); the first that matches wins. A year printed in the header (2025年执行数) stays in the column label.
/// </summary>
public static class GovernmentMeasures
{
    /// <summary>Percent columns: matched on the whole header path joined (the % may be a level of its own).</summary>
    public static readonly (string Pattern, Measure Measure)[] Percent =
    {
        (@".*为上年.*", Measure.GrowthPercent),
        (@".*上年.*的(%|\(%\))?", Measure.GrowthPercent),
        (@".*(为|占|完成|达)(年初|年度|调整|调整后|变动|变动后|汇总调整)?预算(数)?(的)?(%|\(%\)|百分比|比例)?", Measure.PercentOfBudget),
        (@".*完成(年初|年度|调整|调整后|变动|变动后)?预算(数|变动数)?(的)?(%|\(%\))?", Measure.PercentOfBudget),
        (@".*预算完成((率|比例)(%|\(%\))?|%|\(%\))", Measure.PercentOfBudget),
        (@".*完成(率|比例)(%|\(%\))?", Measure.PercentOfBudget),
        (@".*(增长|增减|增幅|增速|\+[,/、]?-|±)(率|幅度)?(%|\(%\))", Measure.GrowthPercent),
        (@".*(比上年|较上年|同比)(同口径)?(增长|增幅|增速)(率|幅度)?", Measure.GrowthPercent),
        (@".*(增长|增幅|增速)(率|幅度)?", Measure.GrowthPercent),
    };

    /// <summary>Amount columns: matched on each header level, deepest first.</summary>
    public static readonly (string Pattern, Measure Measure)[] Amounts =
    {
        (@"(上年|上年度)末.*", Measure.PriorYear),
        (@"(上年|上年度)(同期)?(预算|年初预算|调整预算|执行|完成|决算|预计执行|实际)?(数|额)?", Measure.PriorYear),
        (@"(比上年|较上年|同比|比.*)?(增减|增加|减少)(额|数)?", Measure.Change),
        // 调整预算数, 变动后预算, and the same words the other way round (预算调整数, 预算变动数: the adjusted budget,
        // as the 决算数为调整预算数的% beside it says; a bare 调整数 may be the adjustment itself and is not read)
        (@".*((调整|调整后|变动|变动后)(的)?预算|预算(调整|变动)(后)?)(数|额)?", Measure.AdjustedBudget),
        (@".*(预计执行|执行|完成|实际完成|快报|预计)(数|额)?", Measure.Execution),
        (@".*决算(数|额)?", Measure.Final),
        (@".*(预算|预算安排|安排|建议|限额)(数|额|金额)?(草案)?", Measure.Budget),
        (@"(合计|小计|总计|金额|总额|数额|规模|发行量|发行规模|发行额)", Measure.Total),
    };

    /// <summary>Columns that are not money: they keep measure other (期限, 利率 …).</summary>
    public static readonly string[] NotMoney = { "期限", "年限", "利率", "占比", "比重", "序号", "行次", "栏次", "编号" };

    /// <summary>Ordinal columns (序号, 行次, 栏次): not amounts at all.</summary>
    public static readonly string[] Ordinals = { "序号", "行次", "栏次", "编号" };

    /// <summary>The four budgets' names: their 预算 names the budget, not the figure type of a title.</summary>
    public static readonly string[] BudgetNames = { "一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算" };

    /// <summary>Title words giving the figure type of a table's unnamed columns, tried in order.</summary>
    public static readonly (string Word, Measure Measure)[] TitleFigureType =
    {
        ("调整预算", Measure.AdjustedBudget), ("执行情况", Measure.Execution), ("执行表", Measure.Execution), ("完成情况", Measure.Execution),
        ("决算", Measure.Final), ("预算", Measure.Budget),
    };
}
