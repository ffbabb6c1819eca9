namespace Extractor.Recognition;

/// <summary>
/// Years read from printed text. The text forms (Compact, ForMatching, Tidy, Collapse, FoldWidth, IsCjk) are
/// one-line forwards to <see cref="PrintedText"/>, kept while other branches still call them: TO BE REMOVED.
/// </summary>
public static class RecognitionText
{
    /// <summary>Forward to <see cref="PrintedText.Compact"/> (to be removed).</summary>
    public static string Compact(string? text) => PrintedText.Compact(text);

    /// <summary>Forward to <see cref="PrintedText.FoldWidth"/> (to be removed).</summary>
    public static char FoldWidth(char ch) => PrintedText.FoldWidth(ch);

    /// <summary>Forward to <see cref="PrintedText.Tidy"/> (to be removed).</summary>
    public static string Tidy(string? text) => PrintedText.Tidy(text);

    /// <summary>Forward to <see cref="PrintedText.Collapse"/> (to be removed).</summary>
    public static string Collapse(string? text) => PrintedText.Collapse(text);

    /// <summary>Forward to <see cref="PrintedText.ForMatching"/> (to be removed).</summary>
    public static string ForMatching(string? text) => PrintedText.ForMatching(text);

    /// <summary>Forward to <see cref="PrintedText.IsIdeograph"/> (to be removed).</summary>
    public static bool IsCjk(char c) => PrintedText.IsIdeograph(c);

    /// <summary>Forward to <see cref="PeriodWords.YearMention"/> (to be removed).</summary>
    public static System.Text.RegularExpressions.Regex YearMention() => PeriodWords.YearMention();

    /// <summary>Forward to <see cref="PeriodWords.FirstYear"/> (to be removed).</summary>
    public static int? FirstYear(string? text) => PeriodWords.FirstYear(text);
}
