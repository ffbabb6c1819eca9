using System.Text.RegularExpressions;
using static Extractor.Vocabulary.CodeWords;

namespace Extractor.Normalization;

/// <summary>A subject code as printed in a cell, alone or with its name ("2010101 行政运行", "[2060503]科技条件专项").</summary>
public sealed record CodeCell(string Digits, string Printed, string? Name);

public static class CodeCellParser
{
    /// <summary>A cell holding a code only (2 to 7 digits, brackets allowed).</summary>
    public static CodeCell? ParseCodeOnly(string? text)
    {
        var t = (text ?? "").Trim();
        var m = CodeOnly.Match(t);
        return m.Success && IsCodeLength(m.Groups[1].Value.Length) ? new CodeCell(m.Groups[1].Value, t, null) : null;
    }

    /// <summary>A cell holding a code (3, 5 or 7 digits) followed by a name.</summary>
    public static CodeCell? ParseCodeAndName(string? text)
    {
        var t = (text ?? "").Trim();
        var m = CodeAndName.Match(t);
        if (!m.Success || !IsCodeLength(m.Groups[1].Value.Length) || m.Groups[1].Value.Length < 3) return null;
        var name = m.Groups[2].Value.Trim();
        if (NotACodeName.IsMatch(name)) return null;
        return new CodeCell(m.Groups[1].Value, m.Groups[1].Value, name);
    }

    /// <summary>Either form.</summary>
    public static CodeCell? Parse(string? text) => ParseCodeOnly(text) ?? ParseCodeAndName(text);

    static bool IsCodeLength(int n) => n is 2 or 3 or 5 or 7;
}
