using Extractor.Model;

namespace Extractor.Vocabulary;

/// <summary>
/// Words that tell a government-level document from a department's, whose government it is (province, city, county)
/// and whether it covers the whole region (全市) or the government's own level (本级).
/// </summary>
public static class GovernmentLevels
{
    /// <summary>Title and prose words that only a government's budget or final account prints.</summary>
    public static readonly string[] DocumentWords =
    {
        "预算执行情况", "预算草案", "总预算", "总决算", "财政决算", "财政预算", "政府预算", "政府决算", "决算草案",
        "本级预算", "本级决算", "全市预算", "全省预算", "全区预算", "全县预算", "地方财政预算", "地方政府债务", "政府债务",
        "一般公共预算收支", "政府性基金预算收支", "财政总决算",
    };

    /// <summary>Words naming a department or unit budget: when a document prints these more often, it is not a government's.</summary>
    public static readonly string[] DepartmentWords = { "部门预算", "部门决算", "单位预算", "单位决算" };

    /// <summary>Words of a whole-region figure or table (all levels below included).</summary>
    public static readonly string[] RegionWords = { "全省", "全市", "全区", "全县", "全州", "全盟", "全地区", "全旗", "总预算", "总决算", "地方财政" };

    /// <summary>Words of the government's own level only.</summary>
    public static readonly string[] OwnLevelWords = { "本级", "省级", "市级", "县级", "区级", "州级" };

    /// <summary>The four municipalities directly under the central government: province level.</summary>
    public static readonly string[] Municipalities = { "北京", "天津", "上海", "重庆" };

    /// <summary>Province-level names (provinces and autonomous regions), short form.</summary>
    public static readonly string[] Provinces =
    {
        "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
        "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆",
    };

    /// <summary>Name endings by level, tried in this order on the government's name (自治州 before 州, 县级市 is a county).</summary>
    public static readonly (string Ending, GovernmentLevel Level)[] NameEndings =
    {
        ("自治区", GovernmentLevel.Province), ("省", GovernmentLevel.Province), ("自治州", GovernmentLevel.City), ("地区", GovernmentLevel.City), ("盟", GovernmentLevel.City), ("州", GovernmentLevel.City),
        ("自治县", GovernmentLevel.County), ("县", GovernmentLevel.County), ("旗", GovernmentLevel.County), ("区", GovernmentLevel.County), ("市", GovernmentLevel.City),
    };

    /// <summary>Own-level words that name the level itself (省本级 → province, 市本级 → city, 县本级 → county).</summary>
    public static readonly (string Word, GovernmentLevel Level)[] LevelWords =
    {
        ("全省", GovernmentLevel.Province), ("省本级", GovernmentLevel.Province), ("省级", GovernmentLevel.Province),
        ("全市", GovernmentLevel.City), ("市本级", GovernmentLevel.City), ("市级", GovernmentLevel.City), ("全州", GovernmentLevel.City), ("州本级", GovernmentLevel.City), ("全盟", GovernmentLevel.City),
        ("全县", GovernmentLevel.County), ("县本级", GovernmentLevel.County), ("县级", GovernmentLevel.County), ("区本级", GovernmentLevel.County),
    };

    /// <summary>A line naming the government speaks of its budget, accounts or debt.</summary>
    public static readonly string[] NameLineWords = { "预算", "决算", "债务", "债券", "财政" };

    /// <summary>Characters no place name contains (function words of a sentence: 关于…的报告, 我受…委托; 年末).</summary>
    public const string NameStopChars = "的及与我在受对为各年度份届次将把从向末";

    /// <summary>Words saying a 市 is a county-level city (县级市).</summary>
    public static readonly string[] CountyLevelCityWords = { "县级市" };

    /// <summary>The ending that leaves a government's level open: a 市 is prefecture-level or county-level (县级市).</summary>
    public const string CityEnding = "市";

    /// <summary>Bodies of a prefecture (州, 地区, 盟) a county-level city reports to (上报州财政局, 州委), searched with the
    /// government's own name taken out (广州财政 is not a 州's).</summary>
    public static readonly string[] PrefectureBodyWords = { "州委", "州政府", "州财政", "州人大", "地委", "行署", "盟委", "盟行署" };
}
