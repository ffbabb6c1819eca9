using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Normalization;

/// <summary>Printed labels made comparable: no spaces, half-width brackets, no quotes, no ordinal prefix.</summary>
public static class LabelText
{
    static readonly Regex OrdinalPrefix = new(@"^(\(?[一二三四五六七八九十]+[)、.．]|[(（][一二三四五六七八九十]+[)）]|[(（]\d{1,2}[)）]|\d{1,2}[、.．](?!\d)|[①-⑳])\s*", RegexOptions.Compiled);
    static readonly Regex YearPrefix = new(@"^\d{4}年(度)?", RegexOptions.Compiled);
    static readonly Regex ThereOf = new(@"^(其中|含)[:：]?", RegexOptions.Compiled);

    /// <summary>Spaces removed, full-width brackets and colons to half-width, quotes removed.</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            switch (ch)
            {
                case '（': sb.Append('('); break;
                case '）': sb.Append(')'); break;
                case '：': sb.Append(':'); break;
                case '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」': break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Compact, then without an ordinal prefix (一、 (一) 1.), a leading 其中: and a leading year (2025年).</summary>
    public static string Key(string? text)
    {
        var s = Compact(text);
        for (var i = 0; i < 3; i++)
        {
            var before = s;
            s = OrdinalPrefix.Replace(s, "");
            s = ThereOf.Replace(s, "");
            s = YearPrefix.Replace(s, "");
            if (s == before) break;
        }
        return s;
    }

    /// <summary>The printed name without its ordinal prefix, otherwise as printed (trimmed).</summary>
    public static string WithoutOrdinal(string text) => OrdinalPrefix.Replace(text.Trim(), "").Trim();
}
