using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Project descriptions as printed: "1) 项目概述：…", "2) 立项依据：…" under a project-explanation heading.</summary>
public static class ProjectDescriptionWords
{
    /// <summary>The field labels a project description prints (several names for one field).</summary>
    public const string Overview = "项目概述", Overview2 = "项目概况", Name = "项目名称", Basis = "立项依据";
    public const string Implementer = "实施主体", Implementer2 = "实施单位", Plan = "实施方案", Period = "实施周期", Period2 = "实施期限";
    public const string Budget = "年度预算安排", Budget2 = "预算安排", Budget3 = "资金安排", Targets = "绩效目标";

    static readonly string[] Fields =
        { Overview, Overview2, Name, Basis, Implementer, Implementer2, Plan, Period, Period2, Budget, Budget2, Budget3, Targets };

    /// <summary>"1) LABEL：VALUE" on width-folded text: groups "label" and "value".</summary>
    public static readonly Regex Field = new(
        @"^(?:\d+[)、.]|\(\d+\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)?\s*(?<label>" + string.Join("|", Fields) + @")\s*:\s*(?<value>.+)$");

    /// <summary>The budget amount in a 预算安排 value: groups "num" and "unit".</summary>
    public static readonly Regex BudgetAmount = new(@"(?<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?<unit>亿元|万元|千元|元|万)");

    /// <summary>The numbering before a project heading: (九) / 九、 / 1)</summary>
    public static readonly Regex TitleNumbering = new(@"^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十\d]+[、.)])\s*");

    /// <summary>Words after the project's name in its heading, longest first.</summary>
    public static readonly string[] TitleSuffixes = { "项目情况说明", "项目说明", "项目情况", "项目概况", "情况说明" };

    /// <summary>The opening curly quote a straight quote in a project name is printed as.</summary>
    public const char OpeningQuote = '“';
}
