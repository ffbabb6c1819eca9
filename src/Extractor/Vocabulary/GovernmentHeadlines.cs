namespace Extractor.Vocabulary;

/// <summary>
/// Headline figures of a government's report (全市一般公共预算收入 X 亿元，增长 Y%): the printed subject words, longest
/// first, and the subject each stands for (narrative-facts subject and government-panel column).
/// </summary>
public static class GovernmentHeadlines
{
    public const string GeneralRevenue = "government-general-revenue", TaxRevenue = "government-tax-revenue",
        GeneralExpenditure = "government-general-expenditure", FundRevenue = "government-fund-revenue",
        FundExpenditure = "government-fund-expenditure", CapitalRevenue = "state-capital-revenue",
        CapitalExpenditure = "state-capital-expenditure", InsuranceRevenue = "social-insurance-revenue",
        InsuranceExpenditure = "social-insurance-expenditure", DebtBalance = "debt-balance", DebtLimit = "debt-limit";

    public static readonly (string Words, string Subject)[] Subjects =
    {
        ("一般公共预算收入", GeneralRevenue), ("地方一般公共预算收入", GeneralRevenue), ("公共财政预算收入", GeneralRevenue),
        ("税收收入", TaxRevenue),
        ("一般公共预算支出", GeneralExpenditure), ("公共财政预算支出", GeneralExpenditure),
        ("政府性基金预算收入", FundRevenue), ("政府性基金收入", FundRevenue),
        ("政府性基金预算支出", FundExpenditure), ("政府性基金支出", FundExpenditure),
        ("国有资本经营预算收入", CapitalRevenue), ("国有资本经营预算支出", CapitalExpenditure),
        ("社会保险基金预算收入", InsuranceRevenue), ("社会保险基金收入", InsuranceRevenue),
        ("社会保险基金预算支出", InsuranceExpenditure), ("社会保险基金支出", InsuranceExpenditure),
        ("政府债务余额", DebtBalance), ("债务余额", DebtBalance), ("政府债务限额", DebtLimit), ("债务限额", DebtLimit),
    };

    /// <summary>Verbs and words allowed between the subject and its amount (完成, 为, 预计, 安排, 执行 …).</summary>
    public const string Link = @"(?:总计|合计|总额|预计|预算|执行|完成|实现|为|是|安排|达到|拟安排|决算数?|共|年末|全年|累计)*";

    /// <summary>Words before the subject naming whose figure it is (全市, 市本级 …): kept in the label.</summary>
    public static readonly string[] CoverageWords = { "全省", "全市", "全区", "全县", "全州", "全盟", "省本级", "市本级", "县本级", "区本级", "省级", "市级", "县级", "本级" };

    /// <summary>Words of a growth clause after the amount (比上年增长 Y%, 下降 Y%).</summary>
    public static readonly string[] Increase = { "增长", "增加", "上升", "增" };
    public static readonly string[] Decrease = { "下降", "减少", "降低", "减" };
}
