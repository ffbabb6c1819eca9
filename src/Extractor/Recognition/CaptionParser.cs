using System.Text.RegularExpressions;

namespace Extractor.Recognition;

/// <summary>
/// Reads the lines printed around a table: number, title, unit, reporting unit, notes. Every pattern is here, in one
/// place, so a new layout is one new pattern.
/// </summary>
public static partial class CaptionParser
{
    /// <summary>Longest compact title accepted (characters).</summary>
    public const int MaxTitleLength = 60;
    /// <summary>Longest line taken as a possible title fragment (a title split over lines).</summary>
    public const int MaxFragmentLength = 30;

    [GeneratedRegex(@"^(注|说明|备注|附注)\s*\d*\s*[:：]|^注\d*[、.]|^\d+[.、]\s*本表")]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"空表|本(部门|单位)(本年度|当年|今年|\d{4}年)?(无|没有|未)")]
    private static partial Regex EmptyStatement();

    [GeneratedRegex(@"若|如(果)?(为|是)?空|如无")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"(?:金额|计量|货币)?单位\s*[:：]\s*(万\s*元|千\s*元|百\s*万\s*元|亿\s*元|元|万(?=\s*$)|亿(?=\s*$))(?![\u4e00-\u9fff])")]
    private static partial Regex AmountUnitPart();

    [GeneratedRegex(@"[（(]\s*(?:单位\s*[:：]?\s*)?(万元|千元|亿元|元)\s*[)）]\s*$")]
    private static partial Regex BracketedUnitAtEnd();

    [GeneratedRegex(@"(?:^|(?<=\s))(填报单位|编制单位|编报单位|单位名称|部门名称|预算单位|填报部门|编制部门|报送单位|部门|单位)\s*(?:[:：]|(?=[\[【]\d))\s*(.*)$|^(填报单位|编制单位)(?=[\[【]?\d)(.*)$")]
    private static partial Regex ReportingUnitPart();

    [GeneratedRegex(@"^[\[【]\s*(\d{3,})\s*[\]】]\s*(\S.*)$")]
    private static partial Regex BracketedCodeAndName();

    /// <summary>507-湖州市卫生健康委员会, 166003 景德镇市…: a unit code and name printed alone above a table.</summary>
    [GeneratedRegex(@"^(\d{3,9})(?:\s*[-－—_]\s*|\s+)(?![年月日])([\u4e00-\u9fff][^\s:：]{3,40})$")]
    private static partial Regex BareCodeAndName();

    [GeneratedRegex(@"^(\d{3,})\s*[-－—_]?\s*([\u4e00-\u9fff].*)$")]
    private static partial Regex PlainCodeAndName();

    [GeneratedRegex(@"((?:部门|单位)?(?:预算|决算)?公开表\s*[-－—]?\s*(?:\d+(?:\s*[-－—]\s*\d+)?|[一二三四五六七八九十]{1,3}(?![\u4e00-\u9fff]))|公开\s*\d+\s*表|附表\s*\d+(?:\s*[-－—]\s*\d+)*|(?<![\u4e00-\u9fff])表\s*\d+(?:\s*[-－—]\s*\d+)*|^表[一二三四五六七八九十]{1,3}$)")]
    private static partial Regex NumberPart();

    [GeneratedRegex(@"^[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^第[一二三四五六七八九十\d]+(部分|章|节|篇)|^目\s*录$")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"(续表|[（(]\s*续\s*[表]?\s*[)）]|[（(][^（()）]{1,20}[)）])+$")]
    private static partial Regex TrailingQualifier();

    [GeneratedRegex(@"详见|参见|见附表|见表|如下表|下表")]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"[（(]\s*[)）]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"^[\s:：、.．\-－—]+|[\s:：、.．\-－—]+$")]
    private static partial Regex EdgePunctuation();

    public static CaptionLine Parse(string text)
    {
        var line = PrintedText.Collapse(text);
        var result = new CaptionLine { Text = line };
        if (line.Length == 0) return result;
        var compact = PrintedText.Compact(line);

        if (NoteStart().IsMatch(compact) || (compact.Contains("空表") && compact.Length <= 80))
        {
            result.Note = line;
            result.SaysEmpty = EmptyStatement().IsMatch(compact);
            result.SaysEmptyDefinitely = result.SaysEmpty && !Conditional().IsMatch(compact);
            return result;
        }

        var rest = line;
        var unit = AmountUnitPart().Match(rest);
        if (unit.Success)
        {
            var printed = PrintedText.Compact(unit.Groups[1].Value);
            result.AmountUnit = printed.EndsWith('元') ? printed : printed + "元"; // 元 split off into the next segment
            rest = EmptyBrackets().Replace(rest.Remove(unit.Index, unit.Length), "");
        }

        var reporting = ReportingUnitPart().Match(rest);
        if (reporting.Success)
        {
            var value = Clean(reporting.Groups[2].Success ? reporting.Groups[2].Value : reporting.Groups[4].Value);
            var (code, name) = SplitCode(value);
            if (name.Length > 0 || code != null)
            {
                result.ReportingUnit = name.Length > 0 ? name : null;
                result.ReportingUnitCode = code;
            }
            else result.ExpectsReportingUnit = true;
            rest = rest.Remove(reporting.Index, reporting.Length);
        }
        else if (CodeAndNameAlone(PrintedText.Collapse(rest).Trim(' ', ':', '：')) is { } coded && !LooksLikeTitle(coded.Groups[2].Value))
        {
            result.ReportingUnitCode = coded.Groups[1].Value;
            var name = PrintedText.Tidy(coded.Groups[2].Value);
            var underscore = name.IndexOf('_');
            if (underscore > 0)
            {
                // code_unit_title: the title's start follows the unit name.
                result.TitlePrefix = name[(underscore + 1)..].Trim('_');
                name = name[..underscore];
                if (LooksLikeTitle(result.TitlePrefix)) { result.Title = result.TitlePrefix; result.TitlePrefix = null; }
            }
            result.ReportingUnit = name;
            rest = "";
        }

        if (!PartHeading().IsMatch(PrintedText.Compact(rest)))
        {
            var number = NumberPart().Match(rest);
            if (number.Success && (number.Index == 0 || number.Index + number.Length == rest.TrimEnd().Length || LooksLikeTitle(Clean(rest.Remove(number.Index, number.Length)))))
            {
                result.Number = PrintedText.Collapse(number.Value);
                rest = rest.Remove(number.Index, number.Length);
            }
        }

        rest = Clean(rest);
        if (result.AmountUnit == null && BracketedUnitAtEnd().Match(rest) is { Success: true } bracketUnit && LooksLikeTitle(rest[..bracketUnit.Index]))
        {
            result.AmountUnit = bracketUnit.Groups[1].Value;
            rest = Clean(rest[..bracketUnit.Index]);
        }

        if (rest.Length > 0 && YearOnly().Match(PrintedText.Compact(rest)) is { Success: true } year)
        {
            result.Year = int.Parse(year.Groups[1].Value);
            rest = "";
        }
        if (rest.Length > 0 && LooksLikeTitle(rest))
        {
            result.Title = rest;
            rest = "";
        }
        result.Remainder = rest;
        return result;
    }

    static Match? CodeAndNameAlone(string text)
    {
        var m = BracketedCodeAndName().Match(text);
        if (!m.Success) m = BareCodeAndName().Match(text);
        return m.Success ? m : null;
    }

    /// <summary>Whether the text reads as a table title: ends in 表 (after 续/bracketed qualifiers), short, not a sentence.</summary>
    public static bool LooksLikeTitle(string? text)
    {
        var c = PrintedText.Compact(text);
        if (c.Length < 3 || c.Length > MaxTitleLength) return false;
        if (PartHeading().IsMatch(c) || CrossReference().IsMatch(c)) return false;
        if (c.Contains('。') || c.Contains('；') || c.Contains(';')) return false;
        var core = TrailingQualifier().Replace(c, "");
        if (!core.EndsWith('表')) return false;
        if (NumberPart().Match(core) is { Success: true } n && n.Length == core.Length) return false;
        return core.Length >= 3;
    }

    /// <summary>A short line that could be part of a title printed over two lines (no sentence punctuation).</summary>
    public static bool IsTitleFragment(string? text)
    {
        var c = PrintedText.Compact(text);
        if (c.Length == 0 || c.Length > MaxFragmentLength) return false;
        if (PartHeading().IsMatch(c) || c.Contains('。') || c.Contains('，') || c.Contains(',') || c.Contains('；')) return false;
        return c.Any(PrintedText.IsIdeograph);
    }

    /// <summary>Whether a line may be table context at all; running prose never is, except a note (注：…, …空表).</summary>
    public static bool CouldBeCaption(string text)
    {
        var c = PrintedText.Compact(text);
        return !IsProseCompact(c) || NoteStart().IsMatch(c) || c.Contains("空表");
    }

    /// <summary>Running prose: a long line, or one with sentence punctuation. Prose ends any run of caption lines.</summary>
    public static bool IsProse(string? text) => IsProseCompact(PrintedText.Compact(text));

    static bool IsProseCompact(string c) => c.Length > 45 || c.Contains('。') || c.Contains('；') || c.Count(ch => ch == '，') >= 2;

    /// <summary>"[166003]景德镇市…", "166003 景德镇市…", "166-景德镇市…" → (code, name); otherwise (null, text).</summary>
    public static (string? Code, string Name) SplitCode(string value)
    {
        var v = Clean(value);
        var m = BracketedCodeAndName().Match(v);
        if (!m.Success) m = PlainCodeAndName().Match(v);
        return m.Success ? (m.Groups[1].Value, PrintedText.Tidy(m.Groups[2].Value)) : (null, PrintedText.Tidy(v));
    }

    static string Clean(string s) => EdgePunctuation().Replace(PrintedText.Tidy(s), "");
}
