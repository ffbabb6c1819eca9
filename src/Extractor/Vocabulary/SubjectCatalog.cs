namespace Extractor.Vocabulary;

/// <summary>
/// What a prose label names. Fact subjects, the words that name them (compact text, first match wins), and the
/// 类 catalogs of the function and economic classifications (DOMAIN.md section 4).
/// </summary>
public static class SubjectCatalog
{
    public const string RevenueTotal = "revenue-total", AppropriationRevenue = "appropriation-revenue";
    public const string ExpenditureTotal = "expenditure-total", AppropriationTotal = "appropriation-total";
    public const string Basic = "basic", Project = "project", Personnel = "personnel", Public = "public";
    public const string FunctionClass = "function-class", EconomicClass = "economic-class";
    public const string OperatingCosts = "operating-costs";
    public const string ThreePublic = "three-public", Outbound = "outbound", Reception = "reception";
    public const string Vehicles = "vehicles", VehiclePurchase = "vehicle-purchase", VehicleOperation = "vehicle-operation";
    public const string Procurement = "procurement", ProcurementGoods = "procurement-goods";
    public const string ProcurementWorks = "procurement-works", ProcurementServices = "procurement-services";
    public const string VehicleCount = "vehicle-count", VehicleCountGeneral = "vehicle-count-general";
    public const string VehicleCountSpecial = "vehicle-count-special", VehicleCountLawEnforcement = "vehicle-count-law-enforcement";
    public const string VehicleCountOther = "vehicle-count-other", VehiclesToPurchase = "vehicles-to-purchase";
    public const string ProjectBudget = "project-budget", Subject = "subject";

    /// <summary>Subjects that are a whole budget's totals.</summary>
    public static readonly IReadOnlySet<string> Totals = new HashSet<string>
    {
        RevenueTotal, AppropriationRevenue, ExpenditureTotal, AppropriationTotal, Basic, Project,
    };

    /// <summary>What may precede 基本支出/项目支出 when they name the budget's own (a year, 本部门, a funds word).</summary>
    public static readonly System.Text.RegularExpressions.Regex PlainPrefix =
        new(@"^(?:\d{4}年度?)?(?:本部门|本单位|部门|单位|全部门)?(?:一般公共预算|财政拨款|政府性基金预算|政府性基金|国有资本经营预算|当年|年初|安排|的)*$");

    /// <summary>Words before a total's name that narrow it to a part of the budget (委托业务费…预算总额, 某项目…).</summary>
    public static readonly string[] NarrowingWords = { "费", "项目", "专项", "资金", "经费", "其中" };

    /// <summary>Words that, printed right before a subject word, narrow it to appropriations (一般公共预算基本支出).</summary>
    public static readonly string[] AppropriationQualifiers = { "一般公共预算财政拨款", "一般公共预算", "财政拨款", "政府性基金预算", "政府性基金" };

    /// <summary>Label words → subject for amounts (万元, 元, 亿元). Checked with Contains, in this order.</summary>
    public static readonly IReadOnlyList<(string Word, string Subject)> AmountLabels = new[]
    {
        ("三公", ThreePublic),
        ("因公出国", Outbound), ("公务接待", Reception),
        ("公务用车购置及运行", Vehicles), ("公务用车购置", VehiclePurchase), ("公务用车运行", VehicleOperation),
        ("机关运行经费", OperatingCosts), ("机关运行费", OperatingCosts),
        ("政府采购货物", ProcurementGoods), ("政府采购工程", ProcurementWorks), ("政府采购服务", ProcurementServices),
        ("采购货物", ProcurementGoods), ("采购工程", ProcurementWorks), ("采购服务", ProcurementServices),
        ("政府采购", Procurement),
        ("财政拨款支出预算总额", AppropriationTotal), ("财政拨款支出总额", AppropriationTotal),
        ("财政拨款收支总额", AppropriationTotal), ("财政拨款预算总额", AppropriationTotal),
        ("财政拨款收入", AppropriationRevenue),
        ("收入预算总额", RevenueTotal), ("收入总额", RevenueTotal), ("收入总计", RevenueTotal), ("收入预算合计", RevenueTotal),
        ("支出预算总额", ExpenditureTotal), ("支出总额", ExpenditureTotal), ("支出总计", ExpenditureTotal), ("支出预算合计", ExpenditureTotal),
        ("年度预算安排", ProjectBudget), ("年度资金总额", ProjectBudget),
        ("基本支出", Basic), ("项目支出", Project), ("人员经费", Personnel), ("公用经费", Public),
        ("人员支出", Personnel), ("日常公用支出", Public), ("公用支出", Public),
    };

    /// <summary>Label words → subject for counts of vehicles (辆).</summary>
    public static readonly IReadOnlyList<(string Word, string Subject)> VehicleLabels = new[]
    {
        ("购置车辆", VehiclesToPurchase), ("购置", VehiclesToPurchase), ("一般业务用车", VehicleCountGeneral),
        ("一般公务用车", VehicleCountGeneral), ("公务用车", VehicleCountGeneral),
        ("特殊业务用车", VehicleCountSpecial), ("特种专业技术用车", VehicleCountSpecial),
        ("执法执勤用车", VehicleCountLawEnforcement), ("领导干部用车", VehicleCountOther), ("应急保障用车", VehicleCountOther),
        ("其他用车", VehicleCountOther), ("车辆", VehicleCount), ("用车", VehicleCountOther),
    };

    /// <summary>支出功能分类 类 names (current editions).</summary>
    public static readonly IReadOnlyDictionary<string, string> FunctionClasses = new Dictionary<string, string>
    {
        ["一般公共服务支出"] = "201", ["外交支出"] = "202", ["国防支出"] = "203", ["公共安全支出"] = "204",
        ["教育支出"] = "205", ["科学技术支出"] = "206", ["文化旅游体育与传媒支出"] = "207", ["文化体育与传媒支出"] = "207",
        ["社会保障和就业支出"] = "208", ["社会保险基金支出"] = "209", ["卫生健康支出"] = "210", ["医疗卫生与计划生育支出"] = "210",
        ["节能环保支出"] = "211", ["城乡社区支出"] = "212", ["农林水支出"] = "213", ["交通运输支出"] = "214",
        ["资源勘探工业信息等支出"] = "215", ["资源勘探信息等支出"] = "215", ["商业服务业等支出"] = "216", ["金融支出"] = "217",
        ["援助其他地区支出"] = "219", ["自然资源海洋气象等支出"] = "220", ["国土海洋气象等支出"] = "220", ["住房保障支出"] = "221",
        ["粮油物资储备支出"] = "222", ["国有资本经营预算支出"] = "223", ["灾害防治及应急管理支出"] = "224", ["预备费"] = "227",
        ["其他支出"] = "229", ["转移性支出"] = "230", ["债务还本支出"] = "231", ["债务付息支出"] = "232", ["债务发行费用支出"] = "233",
    };

    /// <summary>部门预算支出经济分类 类 names.</summary>
    public static readonly IReadOnlyDictionary<string, string> EconomicClasses = new Dictionary<string, string>
    {
        ["工资福利支出"] = "301", ["商品和服务支出"] = "302", ["对个人和家庭的补助"] = "303", ["对个人和家庭补助"] = "303",
        ["债务利息及费用支出"] = "307", ["资本性支出(基本建设)"] = "309", ["资本性支出"] = "310",
        ["对企业补助(基本建设)"] = "311", ["对企业补助"] = "312", ["对社会保障基金补助"] = "313",
    };
}
