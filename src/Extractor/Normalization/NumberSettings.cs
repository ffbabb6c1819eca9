namespace Extractor.Normalization;

/// <summary>Printed forms of "nothing here" that are not blank: a dash of some kind.</summary>
public static class NumberSettings
{
    public static readonly HashSet<string> Dashes = NumberWords.Dashes;
}
