using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Headings as printed: section heading levels (第X部分, 一、, （一）, 1、), the 目录 heading and its entries.</summary>
public static class HeadingWords
{
    public static readonly Regex PartHeading = new(@"^第[一二三四五六七八九十]+部分");
    public static readonly Regex NumeralHeading = new(@"^[一二三四五六七八九十]+[、.]");
    public static readonly Regex BracketHeading = new(@"^\([一二三四五六七八九十]+\)");
    public static readonly Regex DigitHeading = new(@"^(?:\d+[、.)]|\(\d+\))(?!\d)");
    public static readonly Regex EnumerationStart = new(@"^(?:\d+[、.)](?!\d)|\(\d+\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+)");
    public static readonly Regex PageNumberTail = new(@"[.·…．\s-]*\d{1,3}$");

    /// <summary>A heading that states an amount (1、支出 100万元) is a sentence, not a heading.</summary>
    public static readonly Regex AmountInHeading = new(@"\d+(\.\d+)?(万元|元|亿元|%)");

    /// <summary>The heading of a table of contents, compact.</summary>
    public static readonly string[] TableOfContents = { "目录", "目次" };

    /// <summary>The two characters of 目录 when printed as two blocks (目 / 录).</summary>
    public const string TableOfContentsFirst = "目", TableOfContentsSecond = "录";
}
