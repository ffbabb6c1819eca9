using System.Text.RegularExpressions;
using static Extractor.Vocabulary.CaptionPatterns;

namespace Extractor.Recognition;

/// <summary>
/// Reads the lines printed around a table: number, title, unit, reporting unit, notes. Every pattern is in
/// Vocabulary/CaptionPatterns, so a new layout is one new pattern there.
/// </summary>
public static partial class CaptionParser
{
    /// <summary>Longest compact title accepted (characters).</summary>
    public const int MaxTitleLength = 60;
    /// <summary>Longest line taken as a possible title fragment (a title split over lines).</summary>
    public const int MaxFragmentLength = 30;

    public static CaptionLine Parse(string text)
    {
        var line = PrintedText.Collapse(text);
        var result = new CaptionLine { Text = line };
        var caption = result.Caption;
        if (line.Length == 0) return result;
        var compact = PrintedText.Compact(line);

        if (NoteStart().IsMatch(compact) || (compact.Contains(EmptyTable) && compact.Length <= 80))
        {
            caption.Note = line;
            caption.NoteSaysEmpty = EmptyStatement().IsMatch(compact);
            caption.NoteSaysEmptyDefinitely = caption.NoteSaysEmpty && !Conditional().IsMatch(compact);
            return result;
        }

        var rest = line;
        var unit = AmountUnitPart().Match(rest);
        if (unit.Success)
        {
            var printed = PrintedText.Compact(unit.Groups[1].Value);
            caption.AmountUnit = printed.EndsWith(Yuan) ? printed : printed + Yuan; // 元 split off into the next segment
            rest = EmptyBrackets().Replace(rest.Remove(unit.Index, unit.Length), "");
        }

        var reporting = ReportingUnitPart().Match(rest);
        if (reporting.Success)
        {
            var value = Clean(reporting.Groups[2].Success ? reporting.Groups[2].Value : reporting.Groups[4].Value);
            var (code, name) = SplitCode(value);
            if (name.Length > 0 || code != null)
            {
                caption.ReportingUnit = name.Length > 0 ? name : null;
                caption.ReportingUnitCode = code;
            }
            else result.ExpectsReportingUnit = true;
            rest = rest.Remove(reporting.Index, reporting.Length);
        }
        else if (CodeAndNameAlone(PrintedText.Collapse(rest).Trim(' ', ':', Punctuation.FullWidthColon)) is { } coded && !LooksLikeTitle(coded.Groups[2].Value))
        {
            caption.ReportingUnitCode = coded.Groups[1].Value;
            var name = PrintedText.Tidy(coded.Groups[2].Value);
            var underscore = name.IndexOf('_');
            if (underscore > 0)
            {
                // code_unit_title: the title's start follows the unit name.
                result.TitlePrefix = name[(underscore + 1)..].Trim('_');
                name = name[..underscore];
                if (LooksLikeTitle(result.TitlePrefix)) { caption.Title = result.TitlePrefix; result.TitlePrefix = null; }
            }
            caption.ReportingUnit = name;
            rest = "";
        }

        if (!PartHeading().IsMatch(PrintedText.Compact(rest)))
        {
            var number = NumberPart().Match(rest);
            if (number.Success && (number.Index == 0 || number.Index + number.Length == rest.TrimEnd().Length || LooksLikeTitle(Clean(rest.Remove(number.Index, number.Length)))))
            {
                caption.Number = PrintedText.Collapse(number.Value);
                rest = rest.Remove(number.Index, number.Length);
            }
        }

        rest = Clean(rest);
        if (caption.AmountUnit == null && BracketedUnitAtEnd().Match(rest) is { Success: true } bracketUnit && LooksLikeTitle(rest[..bracketUnit.Index]))
        {
            caption.AmountUnit = bracketUnit.Groups[1].Value;
            rest = Clean(rest[..bracketUnit.Index]);
        }

        if (rest.Length > 0 && YearOnly().Match(PrintedText.Compact(rest)) is { Success: true } year)
        {
            caption.Year = int.Parse(year.Groups[1].Value);
            rest = "";
        }
        if (rest.Length > 0 && LooksLikeTitle(rest))
        {
            caption.Title = rest;
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
        if (c.Contains(Punctuation.FullStop) || c.Contains(Punctuation.FullWidthSemicolon) || c.Contains(';')) return false;
        var core = TrailingQualifier().Replace(c, "");
        if (!core.EndsWith(TableSuffix)) return false;
        if (NumberPart().Match(core) is { Success: true } n && n.Length == core.Length) return false;
        return core.Length >= 3;
    }

    /// <summary>A short line that could be part of a title printed over two lines (no sentence punctuation).</summary>
    public static bool IsTitleFragment(string? text)
    {
        var c = PrintedText.Compact(text);
        if (c.Length == 0 || c.Length > MaxFragmentLength) return false;
        if (PartHeading().IsMatch(c) || c.Contains(Punctuation.FullStop) || c.Contains(Punctuation.FullWidthComma) || c.Contains(',') || c.Contains(Punctuation.FullWidthSemicolon)) return false;
        return c.Any(PrintedText.IsIdeograph);
    }

    /// <summary>Whether a line may be table context at all; running prose never is, except a note (注：…, …空表).</summary>
    public static bool CouldBeCaption(string text)
    {
        var c = PrintedText.Compact(text);
        return !IsProseCompact(c) || NoteStart().IsMatch(c) || c.Contains(EmptyTable);
    }

    /// <summary>Running prose: a long line, or one with sentence punctuation. Prose ends any run of caption lines.</summary>
    public static bool IsProse(string? text) => IsProseCompact(PrintedText.Compact(text));

    static bool IsProseCompact(string c) => c.Length > 45 || c.Contains(Punctuation.FullStop) || c.Contains(Punctuation.FullWidthSemicolon) || c.Count(ch => ch == Punctuation.FullWidthComma) >= 2;

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
