namespace Extractor.Vocabulary;

/// <summary>Printed forms of numbers that are not digits.</summary>
public static class NumberWords
{
    /// <summary>Printed forms of "nothing here" that are not blank: a dash of some kind.</summary>
    public static readonly HashSet<string> Dashes = new(StringComparer.Ordinal)
    {
        "-", "--", "—", "——", "－", "－－", "–", "―", "─", "/",
    };
}
