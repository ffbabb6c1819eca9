namespace Extractor.Vocabulary;

/// <summary>Printed punctuation the normaliser drops or the readers split on.</summary>
public static class Punctuation
{
    /// <summary>Quote marks of every width and style: never part of a word.</summary>
    public const string Quotes = "\"'“”‘’「」『』";

    /// <summary>Brackets of every width and style (titles are matched without them).</summary>
    public const string Brackets = "《》〈〉()（）[]【】〔〕<>";
}
