namespace Extractor.Vocabulary;

/// <summary>Canonical section keys and the heading words that name them (first match wins, so order matters).</summary>
public static class SectionCatalog
{
    public const string Duties = "duties", Organisation = "organisation", BudgetExplanation = "budget-explanation";
    public const string RevenueExplanation = "revenue-explanation", ExpenditureExplanation = "expenditure-explanation";
    public const string AppropriationExplanation = "appropriation-explanation";
    /// <summary>一般公共预算（当年拨款 / 支出 / 基本支出）情况说明: general-budget appropriations only.</summary>
    public const string GeneralExpenditureExplanation = "general-expenditure-explanation";
    public const string GovernmentFundExplanation = "government-fund-explanation";
    public const string StateCapitalExplanation = "state-capital-explanation";
    public const string OperatingCosts = "operating-costs", Procurement = "procurement", Assets = "assets";
    public const string Performance = "performance", ProjectExplanation = "project-explanation";
    public const string ThreePublicExplanation = "three-public-explanation", Glossary = "glossary", Other = "other";

    /// <summary>Heading words (compared without spaces, full-width folded) → key.</summary>
    public static readonly IReadOnlyList<(string Key, string[] Words)> Headings = new (string, string[])[]
    {
        (Glossary, new[] { "名词解释", "名词说明" }),
        (Duties, new[] { "主要职责", "职能职责", "部门职责", "单位职责", "主要职能" }),
        (Organisation, new[] { "机构设置", "人员情况", "人员构成" }),
        (ThreePublicExplanation, new[] { "三公" }),
        (OperatingCosts, new[] { "机关运行经费", "机关运行费" }),
        (Procurement, new[] { "政府采购" }),
        (Assets, new[] { "国有资产" }),
        (Performance, new[] { "绩效" }),
        (ProjectExplanation, new[] { "项目情况说明", "项目说明", "项目情况", "项目概况" }),
        (GovernmentFundExplanation, new[] { "政府性基金" }),
        (StateCapitalExplanation, new[] { "国有资本经营" }),
        (GeneralExpenditureExplanation, new[] { "一般公共预算" }),
        (AppropriationExplanation, new[] { "财政拨款支出", "财政拨款收支", "财政拨款预算" }),
        (RevenueExplanation, new[] { "收入预算情况", "收入情况", "收入预算" }),
        (ExpenditureExplanation, new[] { "支出预算情况", "支出情况", "支出预算" }),
        (BudgetExplanation, new[] { "情况说明", "预算说明", "收支情况", "收支预算" }),
    };

    /// <summary>The key a heading names, or null when none of the words occur.</summary>
    public static string? KeyOf(string heading)
    {
        var h = PrintedText.Compact(heading);
        foreach (var (key, words) in Headings)
            if (words.Any(h.Contains)) return key;
        return null;
    }
}
