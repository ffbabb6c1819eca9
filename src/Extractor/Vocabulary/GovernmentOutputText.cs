namespace Extractor.Vocabulary;

/// <summary>Output wording of the government family (rule descriptions, dataset column descriptions): written, never matched.</summary>
public static class GovernmentOutputText
{
    public const string GovernmentRevenueRule = "government revenue tables: the revenue total = 税收收入 (101) + 非税收入 (103) in every amount column";
    public const string BalanceRule = "平衡表: per side, the total = Σ the lines it adds (收入总计 = 本级收入 + 上级补助 + 调入 + 债务转贷 + 上年结转 …; 支出总计 = 本级支出 + 上解 + 调出 + 还本 + 结转下年 …), and 收入总计 = 支出总计 (with a side's lines printed after its total) in every figure column (预算数, 执行数, 决算数 …)";
    public const string PercentColumnsRule = "percent columns recomputed from their row: 为预算% = 执行数 (决算数) ÷ 预算数 (调整预算数), 比上年增长% = 本年 ÷ 上年 − 1 (为上年% = 本年 ÷ 上年), within the rounding of the printed figures";
    public const string RegionSumRule = "tables by region (分地区): the total row = Σ region rows (市本级, XX区, XX县) in every amount column";
    public const string HeadlineVsTableRule = "government reports: each headline figure (全市一般公共预算收入 X 亿元) is the total of some figure column of a table of its kind";
    public const string DebtRule = "debt tables: 年末余额 ≤ 限额, and 上年末余额 + 新增 − 还本 = 年末余额, per debt kind (一般/专项)";
    public const string UnitIsRegionField = "government tables by region (分地区): unit_name is a region (XX市, XX县, 市本级), not a budget unit";
    public const string GovernmentLevelEvidenceField = "scope government: what decided the level (the name and where it is printed; for a 市 the counties or districts below it, or the prefecture above it) or why it is unknown";
    public const string LevelUnknownNoName = "unknown: no government named in the title, the table titles, the first lines or a by-region row, and no level word (全省, 市本级 …) in the titles";
    public const string LevelUnknownOpenCity = "a 市 is prefecture-level or county-level (县级市) and the document shows neither counties or districts below it nor a prefecture above it";
    public const string TableCoverageField = "government tables: region (全市/全省, all levels below) | own-level (本级), from the table's title, else the document's when it covers one only; empty when unstated";
    public const string GovernmentCoverageField = "scope government: region (全市/全省, all levels) | own-level (本级) | empty when both or unstated";
    public const string PanelCoverageField = "region (全市/全省) | own-level (本级) | empty when both or unstated";
    public const string GeneralRevenue = "一般公共预算收入";
    public const string TaxRevenue = "税收收入";
    public const string GeneralExpenditure = "一般公共预算支出";
    public const string FundRevenue = "政府性基金预算收入";
    public const string FundExpenditure = "政府性基金预算支出";
    public const string DebtBalanceStated = "政府债务余额 stated in the report";
    public const string DebtLimitStated = "政府债务限额 stated in the report";
}
