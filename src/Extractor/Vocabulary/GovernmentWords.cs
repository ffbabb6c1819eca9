using Extractor.Model;
using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>
/// The remaining printed words the government family's stages match (row prefixes, percent-header parts, debt items,
/// place-name endings, prose punctuation) and the Chinese its messages quote.
/// </summary>
public static partial class GovernmentWords
{
    /// <summary>An 其中 line: part of the row above, never a sibling or a region.</summary>
    public const string OfWhich = "其中";
    /// <summary>Row names ending so are subjects, never regions.</summary>
    public static readonly string[] SubjectEndings = { "收入", "支出" };
    /// <summary>Percent signs as printed.</summary>
    public static readonly char[] PercentSigns = { '%', '％' };
    /// <summary>A row label that is a total (合计, 总计, 收入总计 …).</summary>
    [GeneratedRegex("(合计|总计)$")]
    public static partial Regex TotalEnding();
    /// <summary>A word every total label holds (合计, 总计, 小计).</summary>
    public const string TotalWord = "计";
    public const string GrandTotalEnding = "总计";

    /// <summary>Percent headers: the denominator is the adjusted budget (为调整预算%, 占变动预算%).</summary>
    public static readonly string[] AdjustedWords = { "调整", "变动" };
    /// <summary>Growth printed as a ratio to the prior year (为上年%, 上年决算数的%).</summary>
    public const string RatioToPriorYear = "为上年";
    [GeneratedRegex("上年.*的")]
    public static partial Regex RatioToPriorYearPattern();
    /// <summary>The comparison word that splits a percent header into its figure and its base (预算数比上年执行数增长%).</summary>
    [GeneratedRegex("(比|较|为|占|完成)")]
    public static partial Regex ComparisonWord();
    /// <summary>Header words naming a figure, tried in order: 决算 → final, 执行/完成 → execution, 调整/变动预算 → adjusted, 预算/安排 → budget.</summary>
    public static readonly (string[] Words, Measure Measure)[] FigureWords =
    {
        (new[] { "决算" }, Measure.Final), (new[] { "执行", "完成" }, Measure.Execution), (new[] { "调整预算", "变动预算" }, Measure.AdjustedBudget),
        (new[] { "预算", "安排" }, Measure.Budget),
    };
    /// <summary>A year printed in a header (2025年).</summary>
    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    public static partial Regex HeaderYear();

    /// <summary>Words of a government's prose naming a final account (关于阜新市2025年财政决算的报告).</summary>
    public static readonly string[] FinalAccountProseWords = { "决算草案", "财政决算", "总决算", "决算的报告", "决算报告", "决算情况" };
    /// <summary>Words of a government's prose naming a budget or its execution (预算执行情况和预算草案的报告).</summary>
    public static readonly string[] BudgetProseWords = { "预算草案", "预算执行情况" };

    /// <summary>Debt kinds a debt table splits its items by.</summary>
    public static readonly string[] DebtKinds = { "一般", "专项" };
    /// <summary>Interest, never principal.</summary>
    public static readonly string[] DebtInterest = { "付息", "利息" };
    public const string DebtLimitWord = "限额", DebtNewWord = "新增";

    /// <summary>A place name: 2–10 characters before a level ending (自治区, 市, 县 …).</summary>
    [GeneratedRegex(@"[\u4e00-\u9fff]{2,10}?(?:自治区|自治州|自治县|地区|省|盟|州|县|旗|区|市)")]
    public static partial Regex PlaceName();
    /// <summary>Words before a government's name in a title (关于…的报告, 中共…; 会议文件十三关于开封市: all up to 关于).</summary>
    [GeneratedRegex(@"^(.*关于|中共|中国共产党)")]
    public static partial Regex LeadingWords();
    /// <summary>Words of a government with counties or districts below it (a prefecture-level city, in matching form:
    /// brackets dropped): 县（市、区）, 县区, 区县, 旗县, 各县, 各区 (not 各区域), 区级, 市县.</summary>
    [GeneratedRegex(@"县市、?区|县区|区县|旗县|各县|各区(?!域)|区级|市县")]
    public static partial Regex SubordinateGovernments();
    /// <summary>The levels listed from the top with a prefecture above the 市 (中央、省、州、市; 省委、州委、市委).</summary>
    [GeneratedRegex(@"省委?、(州|地区|盟)委?、市")]
    public static partial Regex PrefectureAboveCity();
    /// <summary>A table cell that is a county's name (长阳土家族自治县, 农安县, 科尔沁右翼前旗).</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fff]{1,12}(县|旗)$")]
    public static partial Regex CountyCell();
    /// <summary>A row naming a government's own level (吉林省本级, 宜昌市本级): the government and its level.</summary>
    [GeneratedRegex(@"^([\u4e00-\u9fff]{2,10}?(?:自治区|自治州|自治县|地区|省|盟|州|县|旗|区|市))本级$")]
    public static partial Regex OwnLevelRow();

    /// <summary>The province's own ending after its short name (河北省, 宁夏回族自治区).</summary>
    [GeneratedRegex(@"^(省|市|(壮族|回族|维吾尔)?自治区)?")]
    public static partial Regex ProvinceSuffix();
    /// <summary>A province name followed by these joins a second government (黑龙江省和省本级): no city is framed.</summary>
    public static readonly string[] Conjunctions = { "和", "及" };

    /// <summary>Prose amount units of headline figures.</summary>
    public const string HeadlineUnits = "亿元|万元";
    /// <summary>Full-width prose punctuation folded to ASCII for matching.</summary>
    public const char FullComma = '，', FullSemicolon = '；', FullStop = '。';
    /// <summary>The headline regex's separators (commas, semicolons, full stops) as a character-class body.</summary>
    public const string ClauseBreaks = ",;。";

    /// <summary>Message wording: the revenue identity.</summary>
    public const string TaxPlusNonTax = "税收收入 + 非税收入";
}
