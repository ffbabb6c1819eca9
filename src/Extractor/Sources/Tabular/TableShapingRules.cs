using System.Text.RegularExpressions;

namespace Extractor.Sources.Tabular;

/// <summary>Every keyword and limit the table shaper uses, in one place.</summary>
public static partial class TableShapingRules
{
    /// <summary>A caption line beside a title in the rows above a grid: unit, compiling unit, table number.</summary>
    [GeneratedRegex(@"^\s*((金额)?单位|编制单位|填报单位|预算单位|单位名称|部门名称?|报送单位)\s*[:：]|^\s*(部门|单位)?(公开)?[附]?表\s*[\d一二三四五六七八九十]+(-\d+)?\s*$|^\s*[（(]?\s*\d{4}\s*年度?\s*[)）]?\s*$")]
    public static partial Regex CaptionKeyword();

    /// <summary>A note printed in the last rows of a grid (注：…, 说明：…).</summary>
    [GeneratedRegex(@"^\s*(注|说明|备注|数据来源|资料来源)\s*\d*\s*[:：.、]")]
    public static partial Regex NoteKeyword();

    /// <summary>A caption row holds at most this many printed cells.</summary>
    public const int MaxCaptionCells = 2;

    /// <summary>At most this many leading rows are lifted out as title and unit lines.</summary>
    public const int MaxCaptionRows = 6;

    /// <summary>A grid smaller than this (rows or columns) after shaping is read as text lines, not as a table.</summary>
    public const int MinTableRows = 2, MinTableColumns = 2;

    /// <summary>Longest text kept per hidden row or column in RawTable.Omitted.</summary>
    public const int OmittedTextLength = 160;
}
