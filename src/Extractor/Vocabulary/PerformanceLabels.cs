using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>The printed labels of a performance-targets table (compared without spaces, full-width folded).</summary>
public static class PerformanceLabels
{
    public static readonly string[] ProjectName = { "项目名称", "项目(任务)名称", "项目名" };
    public static readonly string[] Department = { "主管部门及代码", "主管部门", "主管单位" };
    public static readonly string[] ImplementingUnit = { "实施单位", "项目实施单位", "预算单位", "单位名称" };
    public static readonly string[] FundsBlock = { "项目资金", "资金情况", "预算资金", "资金投入" };
    public static readonly string[] FundsTotal = { "年度资金总额", "资金总额", "年度资金总计", "合计" };
    public static readonly string[] FundsAppropriation = { "其中:财政拨款", "财政拨款", "其中:财政资金", "财政资金", "本级财政资金" };
    public static readonly string[] FundsOther = { "其他资金", "其他" };
    public static readonly string[] FundsCarryover = { "上年结转", "上年结余", "上年结转资金" };
    public static readonly string[] AnnualGoal = { "年度绩效目标", "年度目标", "绩效目标", "总体目标" };
    public static readonly string[] Level1 = { "一级指标" };
    public static readonly string[] Level2 = { "二级指标" };
    public static readonly string[] Level3 = { "三级指标", "指标内容", "指标名称" };
    public static readonly string[] Value = { "指标值", "目标值", "年度指标值", "指标目标值" };
    public static readonly string[] Nature = { "指标性质", "指标方向", "比较符", "运算符号" };
    public static readonly string[] Unit = { "度量单位", "计量单位", "单位" };
    public static readonly string[] FundsUnits = { "万元", "元", "亿元", "千元" };

    /// <summary>Printed comparator forms → canonical comparator (longest forms first).</summary>
    public static readonly IReadOnlyList<(string Printed, string Canonical)> Comparators = new[]
    {
        ("大于等于", "≥"), ("小于等于", "≤"), ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"), ("至少", "≥"),
        ("不高于", "≤"), ("不超过", "≤"), ("不多于", "≤"), ("不大于", "≤"), ("控制在", "≤"),
        (">=", "≥"), ("<=", "≤"), ("≥", "≥"), ("≤", "≤"), ("≧", "≥"), ("≦", "≤"), ("⩾", "≥"), ("⩽", "≤"),
        ("达到", "="), ("等于", "="), ("=", "="), ("大于", ">"), ("高于", ">"), ("超过", ">"), (">", ">"),
        ("小于", "<"), ("低于", "<"), ("<", "<"),
    };

    /// <summary>Words after an indicator's unit that bound it (≥ 95% 以上), dropped from the unit; the first two alone are no unit.</summary>
    public static readonly string[] Bounds = { "以上", "以下", "以内" };
    public static readonly string[] OpenBounds = { "以上", "以下" };

    /// <summary>"其中:" before a funds label (compact, folded).</summary>
    public const string OfWhich = "其中:";

    /// <summary>A project cell "[code] name" of a performance table.</summary>
    public static readonly Regex CodeAndName = new(@"^\[?(?<code>\d{2,})\]?\s*[-－—_、\s]?\s*(?<name>.+)$");

    /// <summary>List-form header words (a column's compact header starts with one of them).</summary>
    public static readonly string[] ListName = { "项目名称" };
    public static readonly string[] ListTotal = { "总计", "合计", "年度资金总额", "资金总额", "项目金额", "预算金额" };
    public static readonly string[] ListIndicators = { "绩效指标" };
    public static readonly string[] ListAppropriation = { "财政拨款" };
    public static readonly string[] ListOther = { "其他资金" };
    public static readonly string[] ListCarryover = { "上年结转" };
    public static readonly string[] ListGoal = { "绩效目标", "年度绩效目标" };

    /// <summary>The unit stated in a list-form header cell (单位:万元).</summary>
    public static readonly Regex ListUnit = new(@"单位:(万元|元|千元|亿元)");

    /// <summary>One indicator of the list form: "1－产出指标，11－数量指标，NAME；实施周期指标值：…，年度指标值：VALUE；"</summary>
    public static readonly Regex ListIndicator = new(
        @"\d+\s*[－\-—]\s*(?<l1>[^，,；;]+?)\s*[，,]\s*\d+\s*[－\-—]\s*(?<l2>[^，,；;]+?)\s*[，,]\s*(?<l3>[^；;]+?)\s*[；;]\s*" +
        @"(?:实施周期指标值\s*[:：]\s*(?<period>[^，,；;]*?)\s*[，,]\s*)?(?:年度)?指标值\s*[:：]\s*(?<value>.*?)\s*(?=[；;]\s*\d+\s*[、.．]|[；;]?\s*$)",
        RegexOptions.Singleline);

    /// <summary>Funds rows of a performance table (label-key form) → measure.</summary>
    public static readonly (Regex Label, Extractor.Model.Measure Measure)[] Funds =
    {
        (new Regex(@"^(年度资金总额|资金总额|项目资金总额|年度资金总额\(万元\)|总额|资金总额\(万元\)|年度总金额)$"), Extractor.Model.Measure.Total),
        (new Regex(@"^(财政拨款|财政资金|财政拨款资金|本年财政拨款|当年财政拨款)$"), Extractor.Model.Measure.Appropriation),
        (new Regex(@"^(上年结转|上年结转资金|结转资金)$"), Extractor.Model.Measure.Carryover),
        (new Regex(@"^(其他资金|其他|其他来源资金)$"), Extractor.Model.Measure.Other),
    };

    /// <summary>The label of the project-name row.</summary>
    public static readonly Regex ProjectNameRow = new(@"^(项目名称|项目)$");

    /// <summary>The label given to the funds block's name column.</summary>
    public const string ProjectFunds = "项目资金";

    /// <summary>Cells that may state the funds' unit (项目资金（万元）, 年度资金总额(元)).</summary>
    public static readonly string[] FundsCellWords = { "资金", "金额" };

    /// <summary>A unit in brackets: （万元）.</summary>
    public static readonly Regex BracketedUnit = new(@"[(（]\s*(万元|元|千元|亿元)\s*[)）]");
}
