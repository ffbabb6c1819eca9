using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>What a document says about itself on its cover and title: year, phase (预算/决算), scope (部门/单位), unit name, parent department.</summary>
public static partial class DocumentWords
{
    [GeneratedRegex(@"((?:19|20)\d{2})\s*年\s*度?\s*(?:[\u4e00-\u9fff（）()]{0,12})?(预算|决算)")]
    public static partial Regex YearBeforePhase();

    [GeneratedRegex(@"^(.*?)\s*((?:19|20)\d{2})\s*年\s*度?\s*(?:(?:部门|单位|政府|财政)?\s*(?:综合)?\s*(?:预算|决算))")]
    public static partial Regex NameBeforeYear();

    [GeneratedRegex(@"^((?:19|20)\d{2})\s*年\s*度?\s*(.+?)\s*(?:部门|单位)\s*(?:预算|决算)")]
    public static partial Regex YearBeforeName();

    [GeneratedRegex(@"^主管部门(?:及代码|名称|代码)?\s*[:：]?\s*(.*)$")]
    public static partial Regex ParentLine();

    [GeneratedRegex(@"预算草案|预算执行情况|总预算|总决算|财政决算|财政预算|政府预算|政府决算|本级预算|全市预算|全省预算|全区预算|全县预算|一般公共预算收支|政府债务")]
    public static partial Regex GovernmentScope();

    /// <summary>The two phases as printed: 预算 (budget) and 决算 (final accounts).</summary>
    public const string Budget = "预算", FinalAccounts = "决算";

    /// <summary>A draft budget or an execution report is always about the budget.</summary>
    public const string Draft = "预算草案", Execution = "预算执行";

    /// <summary>Title words naming a unit's or a department's own budget.</summary>
    public static readonly string[] UnitBudget = { "单位预算", "单位决算" };
    public static readonly string[] DepartmentBudget = { "部门预算", "部门决算" };
    public static readonly string[] DepartmentTitle = { "部门预算", "部门决算", "部门综合预算" };

    /// <summary>Table numbers start with their scope (单位公开表1, 部门公开表1).</summary>
    public const string UnitPrefix = "单位", DepartmentPrefix = "部门";

    /// <summary>The label of the parent department (主管部门).</summary>
    public const string ParentDepartmentLabel = "主管部门";

    /// <summary>An annex line (附件1) on a cover is not the unit's name.</summary>
    public const string Annex = "附件";

    /// <summary>第… opens a part heading (第一部分), never a title or a name.</summary>
    public const string Ordinal = "第";
}
