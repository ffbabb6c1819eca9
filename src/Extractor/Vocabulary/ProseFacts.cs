using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>
/// Phrases of prose facts: "LABEL 259.10 万元，较上年预算安排减少 130.09 万元，下降 11.20%，主要原因是…".
/// Patterns run on width-folded text (<see cref="PrintedText.Fold"/>).
/// </summary>
public static class ProseFacts
{
    /// <summary>A printed number (1,234.56 or 1234.56) in group "num".</summary>
    public const string Number = @"(?<![\d.])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";

    /// <summary>An amount with its money unit in group "unit" (万 alone, not 万人/万个/万辆).</summary>
    public static readonly Regex Amount = new(Number + @"\s*(?<unit>亿元|万元|千元|元|万(?![人个辆]))");

    /// <summary>The unit vehicles are counted in.</summary>
    public const string VehicleUnit = "辆";

    /// <summary>A count of vehicles.</summary>
    public static readonly Regex VehicleCount = new(Number + @"\s*" + VehicleUnit);

    /// <summary>A percentage change with its direction word in group "dir".</summary>
    public static readonly Regex PercentChange = new(@"(?<dir>增加|减少|增长|下降|上升|降低|增|减)了?\s*" + Number + @"\s*%");

    /// <summary>"与上年持平": no change on the year before.</summary>
    public static readonly Regex Flat = new(@"(?:与|较|比)(?:上年|上一年|\d{4}\s*年)(?:预算)?(?:相比)?(?:基本)?持平");

    /// <summary>The direction word of no change.</summary>
    public const string FlatWord = "持平";

    /// <summary>"主要原因是…": the reason in group "r".</summary>
    public static readonly Regex Reason = new(@"(?:主要)?原因(?:主要)?(?:是|为|系)[:]?\s*(?<r>[^。;]+)");

    /// <summary>A label that is a change ("较上年增加"), the direction in group "dir".</summary>
    public static readonly Regex ChangeLabel = new(@"(?:(?:较|比|同比|与)[^,;:。]*)?(?<dir>增加|减少|增长|下降|上升|降低|增|减)了?$");

    /// <summary>A label that compares with a named year (较2024年…).</summary>
    public static readonly Regex ComparedWithYear = new(@"^(较|比)\d{4}年");

    /// <summary>Words in a change label that say the comparison is with the year before.</summary>
    public static readonly string[] PriorYearWords = { "上年", "同比" };

    /// <summary>Leading enumeration of a label: 1、 (1) (一) 一、</summary>
    public static readonly Regex LeadingNumbering = new(@"^(?:\d+[)、.]|\(\d+\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)");

    /// <summary>Direction words that mean an increase.</summary>
    public static readonly HashSet<string> IncreaseWords = new() { "增加", "增长", "上升", "增" };

    /// <summary>Linking words between a label and its amount ("为", "共计"), dropped from the label.</summary>
    public static readonly string[] LinkWords = { "共计", "总计", "为", "是", "共", "达", "约" };

    /// <summary>A 决算's budget beside the outturn (年初预算为 X): not the amount spent.</summary>
    public static readonly string[] BudgetBesideOutturnWords = { "年初预算", "调整预算" };

    /// <summary>A paragraph naming the economic classification reads class names as economic first.</summary>
    public const string EconomicClassification = "经济分类";

    /// <summary>"其中" before a label (of which).</summary>
    public const string OfWhich = "其中";

    /// <summary>Words that narrow a statement to some money, checked in the label, then in the sentence before it.</summary>
    public static readonly IReadOnlyList<(string Word, string Funds)> FundsWords = new[]
    {
        ("一般公共预算", "general-budget"), ("政府性基金", "government-fund"), ("国有资本经营", "state-capital"), ("财政拨款", "appropriation"),
    };

    /// <summary>"一般公共预算财政拨款" is general-budget money, not appropriations at large: $1 keeps the budget.</summary>
    public static readonly Regex BudgetAppropriation = new("(一般公共预算|政府性基金预算|国有资本经营预算)财政拨款");

    /// <summary>The level mark after a class name (X（类）).</summary>
    public const string ClassMark = "(类)";

    /// <summary>A label naming a subject of the function classification below class level.</summary>
    public static readonly string[] SubjectMarks = { "(项)", "(款)" };

    /// <summary>The word 科目 (subject) in a label.</summary>
    public const string SubjectWord = "科目";

    /// <summary>A part's share of the whole in prose: 占 x% (group 1, on the width-folded sentence).</summary>
    public static readonly Regex Share = new(@"占[^\d。；;]{0,8}(\d+(?:\.\d+)?)\s*[%％]");

    /// <summary>A sentence giving one unit's budget (XX站预算…万元), group "unit" (on the compacted sentence).</summary>
    public static readonly Regex UnitBudgetSentence =
        new(@"^(?<unit>[^，,。；;:：]{2,60}?(?:局|站|处|中心|所|院|队|馆|室|办|会|校)(?:[（(][^（）()]{1,30}[）)])?)(?:\d{4}年)?(?:部门|单位)?预算(?:为|总额|总计)?[\d,，.]+\s*万?元");
}
