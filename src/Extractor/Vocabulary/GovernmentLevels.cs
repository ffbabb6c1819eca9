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

    /// <summary>
    /// The prefecture-level cities (地级市, short form) of each province: a 市 of these names is a city whatever the
    /// document shows, the evidence used when a document (a one-page table, a web page) prints nothing of the governments
    /// below or above it. A 市 not listed is left to the document's own words (a county-level city, 县级市, is never guessed).
    /// </summary>
    public static readonly (string Province, string[] Cities)[] PrefectureCitiesByProvince =
    {
        ("河北", new[] { "石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水" }),
        ("山西", new[] { "太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁" }),
        ("内蒙古", new[] { "呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布" }),
        ("辽宁", new[] { "沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "朝阳", "葫芦岛" }),
        ("吉林", new[] { "长春", "吉林", "四平", "辽源", "通化", "白山", "松原", "白城" }),
        ("黑龙江", new[] { "哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "七台河", "牡丹江", "黑河", "绥化" }),
        ("江苏", new[] { "南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁" }),
        ("浙江", new[] { "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水" }),
        ("安徽", new[] { "合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安", "亳州", "池州", "宣城" }),
        ("福建", new[] { "福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德" }),
        ("江西", new[] { "南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶" }),
        ("山东", new[] { "济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州", "聊城", "滨州", "菏泽" }),
        ("河南", new[] { "郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡", "南阳", "商丘", "信阳", "周口", "驻马店" }),
        ("湖北", new[] { "武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州" }),
        ("湖南", new[] { "长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底" }),
        ("广东", new[] { "广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆", "惠州", "梅州", "汕尾", "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮" }),
        ("广西", new[] { "南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池", "来宾", "崇左" }),
        ("海南", new[] { "海口", "三亚", "三沙", "儋州" }),
        ("四川", new[] { "成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾", "广安", "达州", "雅安", "巴中", "资阳" }),
        ("贵州", new[] { "贵阳", "六盘水", "遵义", "安顺", "毕节", "铜仁" }),
        ("云南", new[] { "昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧" }),
        ("西藏", new[] { "拉萨", "日喀则", "昌都", "林芝", "山南", "那曲" }),
        ("陕西", new[] { "西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛" }),
        ("甘肃", new[] { "兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳", "定西", "陇南" }),
        ("青海", new[] { "西宁", "海东" }),
        ("宁夏", new[] { "银川", "石嘴山", "吴忠", "固原", "中卫" }),
        ("新疆", new[] { "乌鲁木齐", "克拉玛依", "吐鲁番", "哈密" }),
    };

    /// <summary>Every prefecture-level city's short name (<see cref="PrefectureCitiesByProvince"/>).</summary>
    public static readonly string[] PrefectureCities = PrefectureCitiesByProvince.SelectMany(p => p.Cities).ToArray();

    /// <summary>Distinct prefecture-level cities a document's table cells must name, with one province and no other, for
    /// that province to be the government (a province's list of its cities' bond projects).</summary>
    public const int MinCitiesUnderProvince = 2;
}
