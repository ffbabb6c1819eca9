using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>The lines printed around a table: notes, empty-table statements, unit lines, reporting unit, table numbers, qualifiers.</summary>
public static partial class CaptionPatterns
{
    [GeneratedRegex(@"^(注|说明|备注|附注)\s*\d*\s*[:：]|^注\d*[、.]|^\d+[.、]\s*本表")]
    public static partial Regex NoteStart();

    [GeneratedRegex(@"空表|本(部门|单位)(本年度|当年|今年|\d{4}年)?(无|没有|未)")]
    public static partial Regex EmptyStatement();

    [GeneratedRegex(@"若|如(果)?(为|是)?空|如无")]
    public static partial Regex Conditional();

    [GeneratedRegex(@"(?:金额|计量|货币)?单位\s*[:：]\s*(万\s*元|千\s*元|百\s*万\s*元|亿\s*元|元|万(?=\s*$)|亿(?=\s*$))(?![\u4e00-\u9fff])")]
    public static partial Regex AmountUnitPart();

    [GeneratedRegex(@"[（(]\s*(?:单位\s*[:：]?\s*)?(万元|千元|亿元|元)\s*[)）]\s*$")]
    public static partial Regex BracketedUnitAtEnd();

    [GeneratedRegex(@"(?:^|(?<=\s))(填报单位|编制单位|编报单位|单位名称|部门名称|预算单位|填报部门|编制部门|报送单位|部门|单位)\s*(?:[:：]|(?=[\[【]\d))\s*(.*)$|^(填报单位|编制单位)(?=[\[【]?\d)(.*)$")]
    public static partial Regex ReportingUnitPart();

    [GeneratedRegex(@"^[\[【]\s*(\d{3,})\s*[\]】]\s*(\S.*)$")]
    public static partial Regex BracketedCodeAndName();

    /// <summary>507-湖州市卫生健康委员会, 166003 景德镇市…: a unit code and name printed alone above a table.</summary>
    [GeneratedRegex(@"^(\d{3,9})(?:\s*[-－—_]\s*|\s+)(?![年月日])([\u4e00-\u9fff][^\s:：]{3,40})$")]
    public static partial Regex BareCodeAndName();

    [GeneratedRegex(@"^(\d{3,})\s*[-－—_]?\s*([\u4e00-\u9fff].*)$")]
    public static partial Regex PlainCodeAndName();

    [GeneratedRegex(@"((?:部门|单位)?(?:预算|决算)?公开表\s*[-－—]?\s*(?:\d+(?:\s*[-－—]\s*\d+)?|[一二三四五六七八九十]{1,3}(?![\u4e00-\u9fff]))|公开\s*\d+\s*表|附表\s*\d+(?:\s*[-－—]\s*\d+)*|(?<![\u4e00-\u9fff])表\s*\d+(?:\s*[-－—]\s*\d+)*|^表[一二三四五六七八九十]{1,3}$)")]
    public static partial Regex NumberPart();

    [GeneratedRegex(@"^[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$")]
    public static partial Regex YearOnly();

    [GeneratedRegex(@"^第[一二三四五六七八九十\d]+(部分|章|节|篇)|^目\s*录$")]
    public static partial Regex PartHeading();

    [GeneratedRegex(@"(续表|[（(]\s*续\s*[表]?\s*[)）]|[（(][^（()）]{1,20}[)）])+$")]
    public static partial Regex TrailingQualifier();

    [GeneratedRegex(@"详见|参见|见附表|见表|如下表|下表")]
    public static partial Regex CrossReference();

    [GeneratedRegex(@"[（(]\s*[)）]")]
    public static partial Regex EmptyBrackets();

    [GeneratedRegex(@"^[\s:：、.．\-－—]+|[\s:：、.．\-－—]+$")]
    public static partial Regex EdgePunctuation();

    /// <summary>The word that says a table is printed empty (空表).</summary>
    public const string EmptyTable = "空表";

    /// <summary>The yuan sign that ends every amount unit (万元, 元); "万" alone is read as 万元.</summary>
    public const char Yuan = '元';

    /// <summary>A table title ends in 表 (after 续 and bracketed qualifiers).</summary>
    public const char TableSuffix = '表';
}
