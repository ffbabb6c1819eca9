using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Vocabulary;

/// <summary>Row labels with a fixed meaning: grand totals and block totals (label-key form, <see cref="PrintedText.LabelKey"/>).</summary>
public static class TotalRowWords
{
    /// <summary>合计, 总计, 收入总计, 支出合计, 本年收入合计, 部门合计 and the like.</summary>
    public static readonly Regex Total = new(@"^(本年)?(收入|支出|收支)?(总计|合计)(数)?$|^(部门|单位)?合计$|^总计$", RegexOptions.Compiled);

    /// <summary>总计, 收入总计, 支出总计: the last line of a two-sided table.</summary>
    public static readonly Regex GrandTotal = new(@"^(收入|支出)?总计$", RegexOptions.Compiled);

    /// <summary>The two-block basic table's total row: 人员经费合计 and 公用经费合计 → the personnel and public totals.</summary>
    public static readonly IReadOnlyDictionary<string, Measure> BlockTotals = new Dictionary<string, Measure>
    {
        ["人员经费合计"] = Measure.Personnel, ["人员经费小计"] = Measure.Personnel,
        ["公用经费合计"] = Measure.Public, ["公用经费小计"] = Measure.Public,
    };
}
