using System.Text;
using Extractor.Normalization;
using Extractor.Vocabulary;

namespace Extractor.Catalog;

/// <summary>Subject names made comparable, in two strengths: the key (as printed, without ordinal prefix or level
/// marker) and the fold (edition drift removed: brackets, a trailing 支出).</summary>
public static class CatalogNames
{
    /// <summary>The printed name compacted (half-width brackets, no spaces), without ordinal prefix (一、 (一)) or level
    /// marker ((款)); empty when nothing is left.</summary>
    public static string Key(string? name)
    {
        var key = LabelText.Key(name);
        foreach (var marker in CatalogWords.LevelMarkers) key = key.Replace(marker, "");
        return key;
    }

    /// <summary>The key without brackets and without an ending that editions add or drop.</summary>
    public static string Fold(string? name)
    {
        var key = Key(name);
        var sb = new StringBuilder(key.Length);
        foreach (var ch in key)
            if (!CatalogWords.Brackets.Contains(ch)) sb.Append(ch);
        var folded = sb.ToString();
        foreach (var ending in CatalogWords.DriftEndings)
            if (folded.Length > ending.Length && folded.EndsWith(ending, StringComparison.Ordinal)) folded = folded[..^ending.Length];
        return folded;
    }

    /// <summary>The same subject name, allowing for edition drift.</summary>
    public static bool SameName(string? a, string? b) => Fold(a) is { Length: > 0 } fa && fa == Fold(b);

    /// <summary>A name worth recording: some letters, not a number, not a whole sentence.</summary>
    public static bool IsPlausible(string key) =>
        key.Length is > 0 and <= CatalogSettings.MaxNameLength && key.Any(c => !char.IsAsciiDigit(c) && !char.IsPunctuation(c));
}
