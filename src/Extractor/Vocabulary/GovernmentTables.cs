using Extractor.Model;

namespace Extractor.Vocabulary;

/// <summary>
/// A table-kind rule as data: every AllOf word, at least one AnyOf word (when given) and none of the NoneOf words in the
/// compact title (quotes and brackets removed). Among the rules that match, the highest Weight decides.
/// </summary>
public sealed record GovernmentKindRule(TableKind Kind, string[] AllOf, string[] AnyOf, string[] NoneOf, int Weight);

/// <summary>
/// The printed words of government-level budgets and final accounts (DOMAIN.md section 3b): table titles, the words
/// in rows and headers that name a kind when no title is printed, 平衡表 lines and region rows.
/// </summary>
public static class GovernmentTables
{
    static GovernmentKindRule R(TableKind kind, int weight, string[] allOf, string[]? anyOf = null, string[]? noneOf = null) =>
        new(kind, allOf, anyOf ?? Array.Empty<string>(), noneOf ?? Array.Empty<string>(), weight);

    const TableKind GeneralRevenue = TableKind.GovernmentGeneralRevenue, GeneralExpenditure = TableKind.GovernmentGeneralExpenditure,
        GeneralBasic = TableKind.GovernmentGeneralBasicExpenditure, FundRevenue = TableKind.GovernmentFundRevenue,
        FundExpenditure = TableKind.GovernmentFundExpenditure, CapitalRevenue = TableKind.StateCapitalRevenue,
        CapitalExpenditure = TableKind.StateCapitalExpenditure, InsuranceRevenue = TableKind.SocialInsuranceRevenue,
        InsuranceExpenditure = TableKind.SocialInsuranceExpenditure, Balance = TableKind.Balance, Transfers = TableKind.TransferPayments,
        Debt = TableKind.Debt, ThreePublic = TableKind.ThreePublic, Other = TableKind.Other, Performance = TableKind.PerformanceTargets,
        Project = TableKind.ProjectExpenditure;

    static readonly string[] RevenueWords = { "收入" };
    static readonly string[] ExpenditureWords = { "支出" };
    static readonly string[] BothSides = { "收支", "收入支出", "收入和支出", "收入及支出" };
    static readonly string[] BalanceWords = { "平衡" };
    /// <summary>Projects (重点项目执行情况表): a list of projects, not a fund's two sides.</summary>
    const string ProjectWord = "项目";
    /// <summary>
    /// Last words of a government title printed without 表 (…国有资本经营预算支出2025年预算执行情况和2026年预算（草案）,
    /// 2019年全市社会保险基金收入预算草案): the figures it holds end it, in matching form (brackets dropped).
    /// </summary>
    public static readonly string[] UnendedTitleEndings = { "预算草案", "决算草案", "执行情况", "完成情况", "预算", "决算" };
    /// <summary>Title endings naming the figures a table holds (…预算表, …执行情况表, …决算表, …预算草案).</summary>
    static readonly string[] FiguresTitleWords = { "预算表", "预算草案", "执行情况", "执行表", "完成情况", "决算表", "决算草案" };

    /// <summary>The funds of a government budget, each with the words that name it in a title.</summary>
    static readonly (TableKind Revenue, TableKind Expenditure, string[] Words)[] Funds =
    {
        (FundRevenue, FundExpenditure, new[] { "政府性基金" }),
        (CapitalRevenue, CapitalExpenditure, new[] { "国有资本经营" }),
        (InsuranceRevenue, InsuranceExpenditure, new[] { "社会保险基金" }),
    };

    /// <summary>Title rules, highest weight wins.</summary>
    public static readonly IReadOnlyList<GovernmentKindRule> TitleRules = BuildTitleRules();

    static GovernmentKindRule[] BuildTitleRules()
    {
        var rules = new List<GovernmentKindRule>
        {
            // debt and bonds first: 一般债务 names no general budget, 专项债券 no fund
            R(Debt, 90, Array.Empty<string>(), new[] { "债务", "债券", "再融资", "还本付息" }, new[] { "绩效" }),
            R(Transfers, 85, Array.Empty<string>(), new[] { "转移支付", "税收返还", "返还性收入", "补助下级", "对下补助", "对下转移" }),
            R(ThreePublic, 80, new[] { "三公" }),
            R(Performance, 75, Array.Empty<string>(), new[] { "绩效目标", "绩效指标" }),
            R(Other, 75, Array.Empty<string>(), new[] { "绩效自评", "绩效评价", "目录" }),
            R(Balance, 70, Array.Empty<string>(), BalanceWords),
            // general budget
            R(GeneralBasic, 62, new[] { "一般公共预算" }, new[] { "基本支出", "经济分类" }),
            R(Balance, 60, new[] { "一般公共预算" }, BothSides),
            R(GeneralRevenue, 55, new[] { "一般公共预算" }, RevenueWords, ExpenditureWords),
            R(GeneralExpenditure, 55, new[] { "一般公共预算" }, ExpenditureWords, RevenueWords),
            R(GeneralRevenue, 54, new[] { "公共财政" }, RevenueWords, ExpenditureWords),
            R(GeneralExpenditure, 54, new[] { "公共财政" }, ExpenditureWords, RevenueWords),
            R(GeneralBasic, 50, new[] { "政府预算" }, new[] { "经济分类" }),
            // any budget without a fund named: the general budget (全市财政收入执行情况表, 地方财政支出)
            R(Balance, 30, Array.Empty<string>(), BothSides),
            R(GeneralRevenue, 20, Array.Empty<string>(), new[] { "财政收入", "税收收入", "收入预算", "收入执行", "收入决算", "收入表", "收入情况" }, ExpenditureWords),
            R(GeneralExpenditure, 20, Array.Empty<string>(), new[] { "财政支出", "支出预算", "支出执行", "支出决算", "支出表", "支出情况" }, RevenueWords),
            R(Project, 15, Array.Empty<string>(), new[] { "项目支出", "项目表", "项目明细", "重点项目" }),
        };
        foreach (var (revenue, expenditure, words) in Funds)
        {
            rules.Add(R(Balance, 65, Array.Empty<string>(), BothSides.Select(b => b).ToArray(), null) with { AllOf = words });
            rules.Add(R(revenue, 64, words, RevenueWords, ExpenditureWords));
            rules.Add(R(expenditure, 64, words, ExpenditureWords, RevenueWords));
            // 社会保险基金预算结余表: what is left of revenue after expenditure, a balance
            rules.Add(R(Balance, 63, words, new[] { "结余", "结存" }, RevenueWords.Concat(ExpenditureWords).ToArray()));
            // a fund's table of figures naming neither side (社会保险基金执行情况表, 国有资本经营预算表) prints both: 收入
            // rows, 支出 rows (a 补充表 or 基础资料表 of the same fund names no figures and stays other)
            rules.Add(R(Balance, 61, words, FiguresTitleWords, RevenueWords.Concat(ExpenditureWords).Append(ProjectWord).ToArray()));
        }
        return rules.ToArray();
    }

    /// <summary>
    /// Words in the first column (row names) that name a table printed without a title, with the kind they stand for;
    /// the kind with most rows wins when at least <see cref="MinRowEvidence"/> rows agree.
    /// </summary>
    public static readonly IReadOnlyList<(TableKind Kind, string[] Names)> RowEvidence = new (TableKind, string[])[]
    {
        (GeneralRevenue, new[] { "税收收入", "非税收入", "增值税", "企业所得税", "个人所得税", "契税", "城市维护建设税", "房产税", "印花税", "城镇土地使用税", "土地增值税", "耕地占用税", "专项收入", "行政事业性收费收入", "罚没收入", "国有资源(资产)有偿使用收入" }),
        (GeneralExpenditure, new[] { "一般公共服务支出", "公共安全支出", "教育支出", "科学技术支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "住房保障支出", "灾害防治及应急管理支出" }),
        (GeneralBasic, new[] { "机关工资福利支出", "机关商品和服务支出", "机关资本性支出", "对事业单位经常性补助", "对企业补助", "对个人和家庭的补助" }),
        (FundRevenue, new[] { "国有土地使用权出让收入", "国有土地收益基金收入", "农业土地开发资金收入", "城市基础设施配套费收入", "彩票公益金收入", "污水处理费收入" }),
        (FundExpenditure, new[] { "国有土地使用权出让收入安排的支出", "彩票公益金安排的支出", "城乡社区支出", "其他政府性基金支出" }),
        (CapitalRevenue, new[] { "利润收入", "股利、股息收入", "产权转让收入", "清算收入" }),
        (InsuranceRevenue, new[] { "保险费收入", "财政补贴收入", "利息收入", "委托投资收益" }),
        (InsuranceExpenditure, new[] { "社会保险待遇支出", "基本养老金", "医疗待遇支出", "失业保险金", "转移支出" }),
        (Transfers, new[] { "转移支付收入", "转移支付支出", "返还性收入", "返还性支出", "税收返还收入", "税收返还支出", "一般性转移支付", "专项转移支付" }),
        (Debt, new[] { "债务限额", "债务余额", "新增债券", "再融资债券", "还本", "付息", "一般债务", "专项债务" }),
    };

    /// <summary>The revenue and expenditure kinds of each of the four budgets.</summary>
    public static readonly IReadOnlyList<(TableKind Revenue, TableKind Expenditure)> BudgetSides =
        Funds.Select(f => (f.Revenue, f.Expenditure)).Prepend((GeneralRevenue, GeneralExpenditure)).ToArray();

    /// <summary>Fewest rows naming a kind before the rows decide an untitled table.</summary>
    public const int MinRowEvidence = 2;

    /// <summary>Header words of a debt table (限额, 余额 …): the header alone names the kind.</summary>
    public static readonly string[] DebtHeaderWords = { "债务限额", "债务余额", "年末余额", "限额", "新增债券", "债券发行" };

    /// <summary>Header words of a 平衡表 printed without title: an income column and an expenditure column side by side.</summary>
    public static readonly string[] BalanceHeaderIncome = { "收入", "收入项目", "来源" };
    public static readonly string[] BalanceHeaderExpenditure = { "支出", "支出项目", "去向", "用途" };

    /// <summary>Title words of a table with one row per region (分地区): the region is then the row's unit.</summary>
    public static readonly string[] ByRegionTitleWords = { "分地区", "分市", "分县", "分区县", "分市县", "各市", "各县", "各地" };

    /// <summary>Row names that are the government's own level among region rows (市本级, 省本级, 区本级 …).</summary>
    public static readonly string[] OwnLevelRowEndings = { "本级", "级" };

    /// <summary>Endings of a region's name (XX市, XX县, XX区, XX旗, XX州, XX盟, 地区, 新区, 开发区 …).</summary>
    public static readonly string[] RegionEndings = { "本级", "省", "自治区", "市", "县", "区", "旗", "州", "盟", "地区", "新区", "开发区", "高新区", "管委会", "示范区", "林区", "特区" };

    /// <summary>Longest region name accepted (compact characters).</summary>
    public const int MaxRegionNameLength = 14;

    /// <summary>Fewest region columns for a table to count as printed by region across its header.</summary>
    public const int MinRegionColumns = 3;

    /// <summary>Longest name of a region printed without its ending in a 分地区 header (中堂, 望牛墩, 松山湖: a city's towns).</summary>
    public const int MaxBareRegionNameLength = 5;

    /// <summary>Header words of a by-region table's columns that are no region: the residual, the total.</summary>
    public static readonly string[] NotRegionColumns = { "其他", "其它", "合计", "总计", "小计", "项目", "科目" };

    /// <summary>First words of a by-region table's total column (合计, 合计决算数, 总计/预算数).</summary>
    public static readonly string[] TotalColumnWords = { "合计", "总计" };

    /// <summary>Row names that are never a region although they end like one (地区 alone, 合计, 其中 …).</summary>
    public static readonly string[] NotRegionNames = { "地区", "合计", "总计", "全省", "全市", "全区", "全县", "小计", "其中", "行政区", "辖区", "市区", "城区", "社区", "保税区" };
}
