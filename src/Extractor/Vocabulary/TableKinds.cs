using Extractor.Model;

namespace Extractor.Vocabulary;

/// <summary>
/// A title rule: every AllOf keyword, at least one AnyOf keyword (when given), none of NoneOf. A Weak rule (Rank &gt; 0)
/// names a table that only stands for the kind when the document has no table matching it by a stronger rule
/// (财政拨款基本支出表 beside 一般公共预算基本支出表).
/// </summary>
public sealed record TitleRule(TableKind Kind, string[] AllOf, string[] AnyOf, string[] NoneOf, int Rank = 0)
{
    /// <summary>0 for a strong rule; a weak rule yields to any rule of lower rank naming the same kind.</summary>
    public bool Weak => Rank > 0;

    public override string ToString() =>
        string.Join(" ", new[]
        {
            AllOf.Length > 0 ? "all of " + string.Join("+", AllOf) : null,
            AnyOf.Length > 0 ? "any of " + string.Join("|", AnyOf) : null,
            NoneOf.Length > 0 ? "none of " + string.Join("|", NoneOf) : null,
            Rank > 0 ? $"rank {Rank}" : null,
        }.Where(s => s is not null));
}

/// <summary>
/// The printed words that name a table's kind (DOMAIN.md section 3): title rules, title qualifiers that never decide a
/// kind (negations), header words, and the standard set's canonical titles. Declarative data only; the scoring lives
/// in Recognition/TableKindCatalog.
/// </summary>
public static class TableKinds
{
    static TitleRule R(TableKind kind, string[] allOf, string[]? anyOf = null, string[]? noneOf = null, int rank = 0) =>
        new(kind, allOf, anyOf ?? Array.Empty<string>(), noneOf ?? Array.Empty<string>(), rank);

    static readonly string[] None = Array.Empty<string>();

    /// <summary>
    /// Ordered: the first rule that matches the title (negated qualifiers removed) decides the title's vote
    /// (财政拨款收支总表 before 收支总表, 基本支出 before 支出, 绩效目标 before 项目支出).
    /// </summary>
    public static readonly IReadOnlyList<TitleRule> TitleRules = new[]
    {
        R(TableKind.Other, None, new[] { "绩效自评", "绩效评价" }),
        R(TableKind.PerformanceTargets, None, new[] { "绩效目标", "绩效指标", "绩效表" }),
        R(TableKind.ThreePublic, new[] { "三公" }),
        R(TableKind.Procurement, new[] { "政府采购" }),
        R(TableKind.Other, None, new[] { "政府购买服务", "机关运行经费", "行政经费", "上年结转" }),
        R(TableKind.GovernmentFundExpenditure, new[] { "政府性基金" }, new[] { "支出", "收支" }),
        R(TableKind.StateCapitalExpenditure, new[] { "国有资本经营" }, new[] { "支出", "收支" }),
        R(TableKind.AppropriationSummary, new[] { "财政拨款" }, new[] { "财政拨款收支", "财政拨款收入支出", "财政拨款预算收支", "财政拨款资金收支" }),
        // 基本支出 by 功能分类 (Xi'an 表7) is not the 经济分类 table the kind stands for: it yields to one that is.
        R(TableKind.GeneralBasicExpenditure, new[] { "基本支出", "一般公共预算", "功能分类" }, rank: 1),
        R(TableKind.GeneralBasicExpenditure, new[] { "基本支出", "一般公共预算" }),
        R(TableKind.GeneralBasicExpenditure, new[] { "基本支出" }, rank: 2),
        R(TableKind.ProjectExpenditure, new[] { "项目支出" }),
        // 专项业务经费 is the Shaanxi name of 项目支出 (部门综合预算专项业务经费支出表: units and their projects).
        R(TableKind.ProjectExpenditure, new[] { "专项业务经费" }, null, new[] { "一般公共预算" }),
        R(TableKind.GeneralBasicExpenditure, new[] { "一般公共预算", "经济分类" }, rank: 1),
        R(TableKind.GeneralExpenditure, new[] { "一般公共预算" }, new[] { "支出" }),
        R(TableKind.Summary, None, new[] { "收支总", "收支预算总", "收支决算总", "收入支出决算总", "收入支出总", "收支总体", "收入支出预算总" }),
        R(TableKind.GeneralExpenditure, new[] { "财政拨款", "支出" }, null, new[] { "收入" }, rank: 2),
        R(TableKind.Revenue, new[] { "收入" }, null, new[] { "支出" }),
        R(TableKind.Expenditure, new[] { "支出" }, new[] { "支出总", "支出汇总", "支出预算表", "支出决算表", "支出情况表", "支出表", "支出预算总", "支出明细表" }),
    };

    /// <summary>
    /// Words that open a negated qualifier (…-不含上年结转, 不包括…, 除…外): the words after them, up to the closing
    /// bracket or the end, describe what the table leaves out and never decide its kind.
    /// </summary>
    public static readonly IReadOnlyList<string> Negations = new[] { "不含", "不包含", "不包括", "未含", "剔除", "扣除" };

    /// <summary>Brackets that close a qualifier (the end of a negated clause).</summary>
    public const string ClosingBrackets = ")）]】〕>》";

    /// <summary>Words in a recognised title that mark a document as a template or a checklist, not a budget.</summary>
    public static readonly string[] NotABudgetTitleWords = { "模板", "检查表", "XX", "××" };

    /// <summary>除 … 外 (everything except …): the words between never decide a kind.</summary>
    public const string ExceptOpen = "除", ExceptClose = "外";

    /// <summary>Header words that name a kind when the title does not (or together with it).</summary>
    public static class Header
    {
        public static readonly string[] PerformanceIndicators = { "一级指标", "三级指标", "绩效指标" };
        public const string Outbound = "因公出国", Reception = "公务接待";
        public const string Personnel = "人员经费", Public = "公用经费", Economic = "经济分类", Function = "功能分类", SubjectCode = "科目编码";
        public const string Income = "收入", Expenditure = "支出", Item = "项目", IncomeGrandTotal = "收入总计", CurrentIncome = "本年收入";
        public const string BudgetAmount = "预算数", FinalAmount = "决算数";
        public const string Basic = "基本支出", Project = "项目支出";
        public static readonly string[] RevenueSources = { "上年结转", "事业收入", "财政拨款" };
    }

    /// <summary>The standard tables of a department or unit budget or final account (expected where no 目录 is printed).</summary>
    public static readonly IReadOnlyList<(TableKind Kind, string BudgetTitle, string FinalTitle)> StandardSet = new[]
    {
        (TableKind.Summary, "收支总表", "收入支出决算总表"),
        (TableKind.Revenue, "收入总表", "收入决算表"),
        (TableKind.Expenditure, "支出总表", "支出决算表"),
        (TableKind.AppropriationSummary, "财政拨款收支总表", "财政拨款收入支出决算总表"),
        (TableKind.GeneralExpenditure, "一般公共预算支出表", "一般公共预算财政拨款支出决算表"),
        (TableKind.GeneralBasicExpenditure, "一般公共预算基本支出表", "一般公共预算财政拨款基本支出决算表"),
        (TableKind.ThreePublic, "\"三公\"经费支出表", "一般公共预算财政拨款\"三公\"经费支出决算表"),
        (TableKind.GovernmentFundExpenditure, "政府性基金预算支出表", "政府性基金预算财政拨款收入支出决算表"),
        (TableKind.StateCapitalExpenditure, "国有资本经营预算支出表", "国有资本经营预算财政拨款支出决算表"),
    };
}
