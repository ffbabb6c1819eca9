using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Printed patterns the sources use to hint a line's role (heading, 目录, list item) and to shape a sheet (caption and note rows).</summary>
public static partial class SourcePatterns
{
    [GeneratedRegex(@"^第[一二三四五六七八九十百\d]+(部分|章|节|篇)")]
    public static partial Regex PartHeading();

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")]
    public static partial Regex NumberedHeading();

    [GeneratedRegex(@"^目\s*录$")]
    public static partial Regex Contents();

    /// <summary>A caption line beside a title in the rows above a grid: unit, compiling unit, table number.</summary>
    [GeneratedRegex(@"^\s*((金额)?单位|编制单位|填报单位|预算单位|单位名称|部门名称?|报送单位)\s*[:：]|^\s*(部门|单位)?(公开)?[附]?表\s*[\d一二三四五六七八九十]+(-\d+)?\s*$|^\s*[（(]?\s*\d{4}\s*年度?\s*[)）]?\s*$")]
    public static partial Regex CaptionKeyword();

    /// <summary>A note printed in the last rows of a grid (注：…, 说明：…).</summary>
    [GeneratedRegex(@"^\s*(注|说明|备注|数据来源|资料来源)\s*\d*\s*[:：.、]")]
    public static partial Regex NoteKeyword();

    /// <summary>Characters that end a sentence or clause: a line ending in one is not a heading.</summary>
    public const string SentenceEnds = "。；;，,：:";

    /// <summary>A Word paragraph style name for a heading in a Chinese template (标题 1, 副标题).</summary>
    public const string HeadingStyle = "标题", SubtitleStyle = "副标题";

    /// <summary>A bold font named in Chinese (黑体: 黑).</summary>
    public const string BoldFontWord = "黑";
}
