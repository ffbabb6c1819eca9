using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Units as printed: the header labels of unit-name and unit-code columns, institution-name endings, 本级.</summary>
public static partial class UnitWords
{
    /// <summary>Header labels (compact, brackets removed) of a column naming each row's unit.</summary>
    public static readonly IReadOnlySet<string> UnitNameLabels = new HashSet<string>
    {
        "预算单位", "预算单位名称", "二级预算单位名称", "单位名称", "单位(部门)名称", "部门(单位)名称", "单位部门名称", "部门单位名称", "预算部门及单位", "部门及单位名称",
    };

    /// <summary>Header labels of a column naming units and, below each, its projects or spending classes
    /// (单位（项目）名称, 支出项目类别（资金使用单位）): a row names a unit where the unit-code column beside it is
    /// printed, or, without such a column, where the name reads as an institution's (<see cref="UnitNameSuffix"/>).</summary>
    public static readonly IReadOnlySet<string> UnitOrProjectLabels = new HashSet<string>
    {
        "单位项目名称", "单位及项目名称", "单位或项目名称", "项目单位名称", "支出项目类别资金使用单位", "项目名称资金使用单位", "资金使用单位项目名称",
    };

    /// <summary>Header labels of a column holding each row's unit code.</summary>
    public static readonly IReadOnlySet<string> UnitCodeLabels = new HashSet<string>
    {
        "单位编码", "单位代码", "预算单位编码", "预算单位代码", "单位编号",
    };

    /// <summary>Endings of institution names (局, 委员会, 医院, 中心 …), an alias in brackets or （本级） allowed after them.</summary>
    [GeneratedRegex(@"(局|委员会|委|厅|办公室|办|医院|中心|研究院|院|所|站|队|支队|大队|学校|学院|大学|协会|学会|会|馆|处|室|社|台|团|园|部|署|科|公司|集团)([(（][^()（）]*[)）])*$")]
    public static partial Regex UnitNameSuffix();

    [GeneratedRegex(@"(支出|经费|项目|费|补助|建设|工程|资金)([(（][^()（）]*[)）])*$")]
    public static partial Regex NotAUnitEnding();

    [GeneratedRegex(@"^(部门|单位)?(总计|合计|小计)(数)?$")]
    public static partial Regex TotalLabel();

    /// <summary>A trailing 本级 (the department's own budget unit), with or without brackets.</summary>
    public static readonly string[] OwnLevelSuffixes = { "(本级)", "（本级）", "本级" };

    /// <summary>Institution endings a line break may cut (…委员会办 / 公厅).</summary>
    public static readonly string[] LongUnitEndings = { "办公厅", "办公室", "委员会", "研究院", "研究所", "管理局", "管理处", "服务中心", "管理中心" };
}
