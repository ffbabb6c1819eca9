using Extractor.Model;

namespace Extractor.Vocabulary;

/// <summary>
/// Printed column-header words and what they mean (DOMAIN.md section 9): header → measure rules, subtotal words,
/// code/name/unit column labels, ordinal labels. Declarative data only; the code that reads it is
/// Normalization/HeaderCatalog (and OrdinalColumn). Patterns are matched against the whole label key
/// (PrintedText.LabelKey: no spaces, half-width brackets, no ordinal prefix, no leading 其中 or year).
/// </summary>
public static class Measures
{
    // Morphology shared by the rules: a root word followed by the endings printers add to it.
    /// <summary>Endings of a cost word: 费, 费用, 经费, then an optional 支出.</summary>
    const string Fee = "(费|费用|经费)?(支出)?";
    /// <summary>A group's own subtotal ending.</summary>
    const string Sub = "(合计|小计)?";
    /// <summary>Endings of a personnel/public class word: 经费, 支出, 类, 费用 (人员经费支出, 人员类, 日常公用支出).</summary>
    const string ClassEnding = "(经费|支出|类|费用|经费支出|类支出)";

    /// <summary>Ordered: the first pattern that matches the whole key wins.</summary>
    public static readonly IReadOnlyList<(string Pattern, Measure Measure)> HeaderRules = new (string, Measure)[]
    {
        // the total without carry-over (本年收入合计, 本年支出小计, 本年收入): before the generic totals
        (@"本年(收入|支出)(合计|小计|总计)?", Measure.CurrentYearTotal),
        // generic totals
        (@"(合计|小计|总计|预算数|预算金额|金额|本年预算|本年预算数|本年预算安排|预算安排数?|年初预算数?|全年预算数?|预算|本年合计|三公经费(支出)?(合计|小计)?|支出合计|收入合计|支出总计|收入总计|决算数|本年决算数?|执行数)", Measure.Total),
        // the columns printed beside the 三公 (会议费, 培训费, 机关运行经费): before 运行 can be read as vehicle operation
        (@"会议" + Fee + Sub, Measure.Meeting),
        (@"培训" + Fee + Sub, Measure.Training),
        (@"(机关|单位)?运行经费(支出)?(预算数?|决算数?|合计|小计)?", Measure.OperatingCosts),
        // three-public (before the generic 出国/公务用车 words can be taken by anything else)
        (@"因公出国\(境\)" + Fee + Sub, Measure.Outbound),
        (@"公务接待" + Fee, Measure.Reception),
        (@"公务用车购置[及和]运行(维护|维持)?" + Fee + Sub, Measure.Vehicles),
        (@"(公务用车)?购置" + Fee, Measure.VehiclePurchase),
        (@"(公务用车)?运行(维护|维持)?" + Fee, Measure.VehicleOperation),
        // expenditure structure
        (@"基本支出(合计|小计)?", Measure.Basic),
        (@"(人员" + ClassEnding + "|工资福利(支出)?)", Measure.Personnel),
        (@"(日常)?公用" + ClassEnding, Measure.Public),
        (@"(项目支出|专项业务经费(支出)?|专项支出)(合计|小计)?", Measure.Project),
        // revenue sources
        (@"(上年结转([、,和及]?结余)?|上年结转结余资金|结转结余|上年结余[、,和及]?结转)(收入|资金)?", Measure.Carryover),
        (@"((本级|当年)?财政拨款(收入)?(小计|合计)?|财政拨款资金|财政拨款安排)", Measure.Appropriation),
        (@"(一般公共预算(拨款)?(收入)?|一般公共预算财政拨款(收入)?|一般公共预算拨款收入|一般公共预算资金|公共财政预算(拨款)?(收入)?)", Measure.GeneralBudget),
        (@"(政府性基金(预算)?(拨款|财政拨款)?(收入)?|政府性基金预算资金)", Measure.GovernmentFund),
        (@"(国有资本经营(预算)?(拨款|财政拨款)?(收入)?|国有资本经营预算资金)", Measure.StateCapital),
        (@"(纳入)?财政专户(管理)?(资金|拨款|核拨资金|管理资金|拨款资金)?(收入)?(合计|小计)?", Measure.SpecialAccount),
        (@"(事业单位经营(服务)?收入|经营(服务)?收入)", Measure.OperatingIncome),
        (@"事业收入(合计)?", Measure.BusinessIncome),
        (@"对?附属单位上缴收入", Measure.SubsidiaryIncome),
        (@"上级补助收入", Measure.SuperiorSubsidy),
        (@"其[他它]收入", Measure.OtherIncome),
        (@"(使用非财政拨款结余(和专用结余)?|用事业基金弥补收支差额|非财政拨款结余)", Measure.NonAppropriationBalance),
        // other expenditure columns
        (@"上缴上级支出", Measure.TransferToSuperior),
        (@"(事业单位)?经营(性)?支出", Measure.OperatingExpenditure),
        (@"对附属单位补助支出", Measure.SubsidyToSubsidiary),
        // 政府采购: the reserved shares first (其中：…预留给中小企业…, …预留给小型、微型企业…)
        (@".*预留给?(小型[、,和及]?微型|小微)企业.*", Measure.ProcurementSmallMicro),
        (@".*预留给?中小企业.*", Measure.ProcurementSme),
        (@"政府采购(项目|预算|金额|资金)?(预算)?(数|金额)?" + Sub, Measure.Procurement),
        // government-level columns
        (@"(汇总)?(调整|变动)(后)?预算(数)?", Measure.AdjustedBudget),
        (@"(预计)?(完成|执行)(数)?|预计执行数?|实际完成(数)?|预计完成(数)?", Measure.Execution),
        (@".*(为|占|完成)(调整|变动|汇总调整)?预算(数)?(的)?(%|\(%\))?|完成预算(变动数)?%", Measure.PercentOfBudget),
        // comparisons
        (@"(上年(预算)?数|上年预算(安排)?|上年执行数|上年决算数|上年)", Measure.PriorYear),
        (@"(增减(额|数)?|增减变化(情况|金额|额|数)?|比上年增减(额)?|增长(率|额)?|增减(率|幅度|%)|增减比例|增幅|变动(率|额)?|同比增减)(\(%\))?", Measure.Change),
        (@".*(比上年|同比|较上年).*(增长|增减|\+-|±)(率)?(%|\(%\))|(增长|增减)%", Measure.GrowthPercent),
    };

    /// <summary>Generic subtotal words that defer to a specific parent label.</summary>
    public static readonly IReadOnlySet<string> Subtotals = new HashSet<string> { "合计", "小计", "总计", "金额", "预算数", "预算金额" };

    /// <summary>The subtotal word that, under 基本支出, is the basic subtotal (基本支出/小计) rather than the table's total.</summary>
    public const string GroupSubtotal = "小计";

    public const string CodeLabel = @"^((部门|政府|政府预算|部门预算)?(支出|收入)?(功能|经济)?(分类)?(科目)?(编码|代码|编号)|编码|代码|单位编码|单位代码|项目编码|类款项)$";
    public const string NameLabel = @"^((部门|政府|政府预算|部门预算)?(支出|收入)?(功能|经济)?(分类)?(科目)?(名称)|科目|项目|单位名称|项目名称|名称|功能分类科目|经济分类科目|支出功能分类科目|支出经济分类科目|收入项目|支出项目|项目\(按功能分类\)|项目\(按经济分类\))$";
    public const string CodePartLabel = @"^(类|款|项)$";
    /// <summary>The levels of a 类|款|项 code printed in three columns.</summary>
    public const string ClassPart = "类", SectionPart = "款", ItemPart = "项";

    /// <summary>Labels of a column naming the unit a row belongs to.</summary>
    public static readonly IReadOnlySet<string> UnitColumnLabels = new HashSet<string>
    {
        "单位编码", "单位代码", "单位名称", "单位", "预算单位", "预算单位名称", "单位(部门)名称",
    };

    /// <summary>A year printed as a row label in a 三公 table laid out one row per year (2025年, 2025年预算数).</summary>
    public const string YearRowLabel = @"^((19|20)\d{2})年度?(预算数?|预算安排数?|决算数?|执行数|预算执行数)?$";

    /// <summary>A subject code opening a cell (201, [2010101], 【30101】), not a year (2025年), a date or a decimal.</summary>
    public const string LeadingCode = @"^[\[【(（]?(\d{3}|\d{5}|\d{7})(?![\d年月日.%])";

    /// <summary>A note printed under a table (注：…, 说明：…): never data.</summary>
    public const string NoteLine = @"^(注|说明|备注|附注)\s*\d*\s*[:：.、]";

    /// <summary>The character after a printed year (2025年), and a year mention in a header label.</summary>
    public const char YearSuffix = '年';
    public const string YearMention = @"(20\d{2})\s*年";

    /// <summary>A row number as printed (1, 2., 3、) and the marks that may follow it.</summary>
    public const string RowNumber = @"^\d{1,4}[.．、]?$";
    public static readonly char[] RowNumberMarks = { '.', '．', '、' };

    /// <summary>Labels of a column of row numbers: never an amount.</summary>
    public static readonly IReadOnlySet<string> OrdinalLabels = new HashSet<string>
    {
        "序号", "行次", "栏次", "行号", "序", "项次",
    };
}
