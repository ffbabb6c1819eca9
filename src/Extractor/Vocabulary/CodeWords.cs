using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Subject codes as printed: a code cell, the 类/款/项 level columns, and the words that follow a number that is not a code.</summary>
public static class CodeWords
{
    /// <summary>A cell holding a code only (2 to 7 digits, brackets allowed).</summary>
    public static readonly Regex CodeOnly = new(@"^[\[【(（]?(\d{2,7})[\]】)）]?$", RegexOptions.Compiled);

    /// <summary>A code followed by its name ("2010101 行政运行", "[2060503]科技条件专项").</summary>
    public static readonly Regex CodeAndName = new(@"^[\[【(（]?(\d{3,7})[\]】)）]?\s*[-—－:：、.．]?\s*([^\d\s.．%].*)$", RegexOptions.Compiled);

    /// <summary>A "name" that shows the number is a quantity (2025年, 100万元, 30人), not a code.</summary>
    public static readonly Regex NotACodeName = new(@"^(年|月|日|万|元|个|%|人)", RegexOptions.Compiled);

    /// <summary>The level columns of a split code (类 | 款 | 项), label-key form.</summary>
    public const string ClassLevel = "类", SectionLevel = "款", ItemLevel = "项";
}
