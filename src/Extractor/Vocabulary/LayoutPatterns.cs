using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Printed patterns layout relies on: amounts, page numbers, continuation marks (续表), row openers (其中, 合计), unit lines.</summary>
public static partial class LayoutPatterns
{
    [GeneratedRegex(@"^[-+−－]?[\d,，.．]+[%％‰]?$")]
    public static partial Regex Figure();
    [GeneratedRegex(@"^([（(]?[一二三四五六七八九十]+[）)、．.]|[（(]?\d{1,3}[）)、．.]|[（(]\d|[①-⑳]|其中|合\s*计|总\s*计|小\s*计)")]
    public static partial Regex OpensARow();

    [GeneratedRegex(@"^-?[\d,，]+\.\d{1,2}$")]
    public static partial Regex AmountText();
    [GeneratedRegex(@"^([-—－–]?\d{1,4}[-—－–]?|第\d{1,4}页(,?共\d{1,4}页)?|\d{1,4}/\d{1,4}|[-—－–]?[ivxlcIVXLC]{1,6}[-—－–]?)$")]
    public static partial Regex PageNumberPattern();

    [GeneratedRegex(@"表|单位|万元|元$")]
    public static partial Regex Protected();

    [GeneratedRegex(@"^([-—－–]\s?\d{1,4}\s?[-—－–]|\d{1,4}|第\d{1,4}页(,?共\d{1,4}页)?)$")]
    public static partial Regex PageNumber();
    [GeneratedRegex(@"^(\(?续表?\)?.*|（续表?）|续\d*|(金额)?单位[:：].{0,8}|[-—－–]?\d{1,4}[-—－–]?)$")]
    public static partial Regex ContinuationNoise();

    /// <summary>Dashes printed around a page number (- 3 -, －3－).</summary>
    public const string PageNumberDashes = "-—－–";
}
