namespace Extractor.Normalization;

/// <summary>Forwards to <see cref="PrintedText"/>, kept while other branches still call them: TO BE REMOVED.</summary>
public static class LabelText
{
    /// <summary>Forward to <see cref="PrintedText.Label"/> (to be removed).</summary>
    public static string Compact(string? text) => PrintedText.Label(text);

    /// <summary>Forward to <see cref="PrintedText.LabelKey"/> (to be removed).</summary>
    public static string Key(string? text) => PrintedText.LabelKey(text);

    /// <summary>Forward to <see cref="PrintedText.WithoutOrdinal"/> (to be removed).</summary>
    public static string WithoutOrdinal(string text) => PrintedText.WithoutOrdinal(text);
}
