using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Prefixes printed before a row or column label that are not part of its name.</summary>
public static partial class LabelPatterns
{
    /// <summary>An ordinal prefix: 一、 (一) （1） 1. ① …</summary>
    [GeneratedRegex(@"^(\(?[一二三四五六七八九十]+[)、.．]|[(（][一二三四五六七八九十]+[)）]|[(（]\d{1,2}[)）]|\d{1,2}[、.．](?!\d)|[①-⑳])\s*")]
    public static partial Regex OrdinalPrefix();

    /// <summary>A leading "of which" (其中: / 含).</summary>
    [GeneratedRegex(@"^(其中|含)[:：]?")]
    public static partial Regex OfWhichPrefix();

    /// <summary>A leading year (2025年, 2025年度).</summary>
    [GeneratedRegex(@"^\d{4}年(度)?")]
    public static partial Regex YearPrefix();
}
