namespace Extractor.Checks;

/// <summary>The rule ids, and what each one checks (the README's checks table is written from this list).</summary>
public static class CheckRules
{
    public const string TreeSum = "tree-sum";
    public const string RowSum = "row-sum";
    public const string CrossTableTotal = "cross-table-total";
    public const string ProseVsTable = "prose-vs-table";
    public const string ProseArithmetic = "prose-arithmetic";
    public const string Staffing = "staffing";
    public const string HeaderYear = "header-year";
    public const string TocVsTables = "toc-vs-tables";
    public const string GlossaryCodes = "glossary-codes";
    public const string PerformanceFunds = "performance-funds";
    public const string CodeName = "code-name";
    public const string UnknownCode = "unknown-code";
    public const string GovernmentRevenue = "government-revenue";
    public const string Balance = "balance";
    public const string PercentColumns = "percent-columns";
    public const string RegionSum = "region-sum";
    public const string Debt = "debt";
    public const string HeadlineVsTable = "headline-vs-table";

    /// <summary>Rules whose failures are sums with parts, judged published / extraction (Checks/Diagnosis).</summary>
    public static readonly IReadOnlySet<string> SumRules = new HashSet<string> { TreeSum, RowSum, GovernmentRevenue, RegionSum };

    public static readonly IReadOnlyDictionary<string, string> Meaning = new Dictionary<string, string>
    {
        [TreeSum] = "in every coded table and amount column, 类 = Σ 款, 款 = Σ 项 and the grand total = Σ 类",
        [RowSum] = "within a row: 合计 = 基本支出 + 项目支出 (+ other spending columns), 基本 = 人员 + 公用, revenue 合计 = Σ sources, 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营, 三公 合计 = 出国 + 接待 + 用车, 用车 = 购置 + 运行; two-sided 收入总计 = 支出总计",
        [CrossTableTotal] = "grand totals agree across summary, revenue and expenditure tables; general-expenditure 基本支出 = general-basic-expenditure total; 人员经费 = 301 + 303 and 公用经费 = the other classes in the basic table",
        [ProseVsTable] = "amounts stated in the 情况说明 (totals, 基本/项目, function and economic 类, 三公, 机关运行经费, a project's 年度预算安排) equal the table values",
        [ProseArithmetic] = "the prose agrees with itself: totals = Σ their stated parts (政府采购, 三公, 车辆, 基本 + 项目, 类 amounts and changes), percentage change = change ÷ prior year",
        [Staffing] = "编制 = Σ categories, 实有 = 在职 + 离休 + 退休, 在职 = Σ categories",
        [HeaderYear] = "the year printed in each table's header is the document's fiscal year",
        [TocVsTables] = "every table listed in the 目录 is in the document (one finding per missing table)",
        [GlossaryCodes] = "名词解释 subjects (X（类）Y（款）Z（项）) use the names the tables print for the same codes",
        [PerformanceFunds] = "performance table: 年度资金总额 = 财政拨款 + 其他资金 + 上年结转; 财政拨款 agrees with the unit's revenue when all of it is 财政拨款; a single project's funds do not exceed 项目支出",
        [CodeName] = "a printed code's printed name is one of the names the catalog met for that code (allowing for edition drift: brackets, a trailing 支出)",
        [UnknownCode] = "every printed code is one the catalog has met (info: a new edition's code, or a misprint)",
        [GovernmentRevenue] = "government revenue tables: the revenue total = 税收收入 (101) + 非税收入 (103) in every amount column",
        [Balance] = "平衡表: 收入总计 = 支出总计 in every figure column (预算数, 执行数, 决算数 …)",
        [PercentColumns] = "percent columns recomputed from their row: 为预算% = 执行数 (决算数) ÷ 预算数 (调整预算数), 比上年增长% = 本年 ÷ 上年 − 1 (为上年% = 本年 ÷ 上年), within the rounding of the printed figures",
        [RegionSum] = "tables by region (分地区): the total row = Σ region rows (市本级, XX区, XX县) in every amount column",
        [HeadlineVsTable] = "government reports: each headline figure (全市一般公共预算收入 X 亿元) is the total of some figure column of a table of its kind",
        [Debt] = "debt tables: 年末余额 ≤ 限额, and 上年末余额 + 新增 − 还本 = 年末余额, per debt kind (一般/专项)",
    };
}
