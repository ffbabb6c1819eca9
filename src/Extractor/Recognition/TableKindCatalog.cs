using Extractor.Model;

namespace Extractor.Recognition;

/// <summary>
/// Every title variant of the standard tables (DOMAIN.md section 3), as ordered rules over the compact title with quotes
/// and brackets removed. Order matters: the first rule that matches decides (财政拨款收支总表 before 收支总表, 基本支出
/// before 支出, 绩效目标 before 项目支出). Also the header-row fallback for tables printed without a title.
/// </summary>
public static class TableKindCatalog
{
    /// <summary>
    /// A title rule: every AllOf keyword, at least one AnyOf keyword (when given), none of NoneOf. A Weak rule names a
    /// table that only stands for the kind when the document has no table matching it by a strong rule (财政拨款基本支出表
    /// beside 一般公共预算基本支出表).
    /// </summary>
    public sealed record Rule(string Kind, string[] AllOf, string[] AnyOf, string[] NoneOf, int Rank = 0)
    {
        /// <summary>0 for a strong rule; a weak rule yields to any rule of lower rank naming the same kind.</summary>
        public bool Weak => Rank > 0;
    }

    static Rule R(string kind, string[] allOf, string[]? anyOf = null, string[]? noneOf = null, int rank = 0) =>
        new(kind, allOf, anyOf ?? Array.Empty<string>(), noneOf ?? Array.Empty<string>(), rank);

    static readonly string[] None = Array.Empty<string>();

    public static readonly IReadOnlyList<Rule> TitleRules = new[]
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
        R(TableKind.Expenditure, new[] { "支出" }, new[] { "支出总", "支出汇总", "支出预算表", "支出决算表", "支出情况表", "支出表", "支出预算总" }),
    };

    /// <summary>The rule a printed title matches, or null.</summary>
    public static Rule? RuleOfTitle(string? title)
    {
        var t = RecognitionText.ForMatching(title);
        if (t.Length == 0) return null;
        foreach (var rule in TitleRules)
            if (rule.AllOf.All(t.Contains) && (rule.AnyOf.Length == 0 || rule.AnyOf.Any(t.Contains)) && !rule.NoneOf.Any(t.Contains))
                return rule;
        return null;
    }

    /// <summary>The kind a printed title names, or null when it names none of the standard tables.</summary>
    public static string? KindOfTitle(string? title) => RuleOfTitle(title)?.Kind;

    /// <summary>The kind the header row names when no title is printed (人员经费/公用经费 + 经济分类 → basic), or null.</summary>
    public static string? KindOfHeader(IEnumerable<string> headerCells)
    {
        var h = string.Concat(headerCells.Select(RecognitionText.ForMatching));
        if (h.Length == 0) return null;
        bool Has(string s) => h.Contains(s);
        int Count(string s) { var n = 0; for (var i = h.IndexOf(s); i >= 0; i = h.IndexOf(s, i + s.Length)) n++; return n; }

        if (Has("一级指标") || Has("三级指标") || Has("绩效指标")) return TableKind.PerformanceTargets;
        if (Has("因公出国") && Has("公务接待")) return TableKind.ThreePublic;
        if (Has("人员经费") && Has("公用经费") && Has("经济分类") && !Has("功能分类")) return TableKind.GeneralBasicExpenditure;
        var twoSided = (Has("收入") && Has("支出") && (Count("项目") >= 2 || Has("收入总计") || Has("本年收入") || Count("预算数") >= 2 || Count("决算数") >= 2));
        if (twoSided && !Has("功能分类")) return TableKind.Summary;
        if ((Has("功能分类") || Has("科目编码")) && Has("基本支出") && Has("项目支出")) return TableKind.Expenditure;
        if ((Has("功能分类") || Has("科目编码")) && (Has("上年结转") || Has("事业收入") || Has("财政拨款")) && !Has("基本支出"))
            return TableKind.Revenue;
        return null;
    }

    /// <summary>Kinds whose cells are amounts (so a table of them without any number holds no data).</summary>
    public static bool IsAmountTable(string kind) =>
        kind is not (TableKind.PerformanceTargets or TableKind.Other or TableKind.Procurement or TableKind.ProjectExpenditure);

    /// <summary>The standard tables of a department or unit budget or final account (expected where no 目录 is printed).</summary>
    public static readonly IReadOnlyList<(string Kind, string BudgetTitle, string FinalTitle)> StandardSet = new[]
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
