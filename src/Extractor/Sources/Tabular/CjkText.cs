using System.Text;

namespace Extractor.Sources.Tabular;

/// <summary>
/// Whitespace as printed for Chinese text: runs of spaces, tabs, newlines and no-break spaces collapse to one space,
/// and a space between two CJK characters (an artefact of source line wrapping) disappears.
/// </summary>
public static class CjkText
{
    /// <summary>A hard line break inside a block (HTML &lt;br&gt;, Word break): readers put this, not '\n', where the source breaks a line.</summary>
    public const char LineBreak = '\u2028';

    /// <summary>
    /// Collapses whitespace to one space. A whitespace run holding a line break between two CJK characters (source
    /// wrapping, a cell's second line) disappears; a typed space between CJK characters stays one space.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue; // invisible
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = sb.Length > 0;
                pendingBreak |= c is '\n' or '\r' or LineBreak or '\u2029';
                continue;
            }
            if (pendingSpace && !(pendingBreak && IsCjk(sb[^1]) && IsCjk(c))) sb.Append(' ');
            pendingSpace = pendingBreak = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Splits on hard line breaks (<see cref="LineBreak"/>) and cleans each line; empty lines are dropped.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split(LineBreak).Select(Clean).Where(l => l.Length > 0);

    /// <summary>Han ideographs, CJK punctuation, full-width forms: characters that print without spaces between them.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'   // unified ideographs
          or >= '\u3400' and <= '\u4DBF'   // extension A
          or >= '\u3000' and <= '\u303F'   // CJK punctuation
          or >= '\uFF00' and <= '\uFFEF'   // full-width forms
          or >= '\uF900' and <= '\uFAFF'   // compatibility ideographs
          or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2026' or '\u00B7';
}
