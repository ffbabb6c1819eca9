namespace Extractor.Sources.Pdf;

/// <summary>
/// Private-use code points that Founder (方正) typesetting fonts give to ordinary punctuation, mapped back to it. Each
/// is read from its use in published reports: 90􀆰3％ and 11􀆰2026年… (decimal point), 新华􀅰波罗的海 (middle dot).
/// Any other private-use character stays garbage and counts against the page (U+1001BA, the table-of-contents leader
/// of the same fonts, too: mapped to … it exposes full-width page numbers that table-of-contents reading cannot parse).
/// </summary>
public static class PrivateUseGlyphs
{
    static readonly Dictionary<string, string> Known = new()
    {
        ["\U001001B0"] = ".",
        ["\U00100170"] = "·",
    };

    public static string Map(string text) =>
        text.Length == 2 && char.IsHighSurrogate(text[0]) && Known.TryGetValue(text, out var plain) ? plain : text;
}
