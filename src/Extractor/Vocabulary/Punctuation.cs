namespace Extractor.Vocabulary;

/// <summary>Printed punctuation the normaliser drops or the readers split on.</summary>
public static class Punctuation
{
    /// <summary>Quote marks of every width and style: never part of a word.</summary>
    public const string Quotes = "\"'“”‘’「」『』";

    /// <summary>Brackets of every width and style (titles are matched without them).</summary>
    public const string Brackets = "《》〈〉()（）[]【】〔〕<>";

    /// <summary>Opening brackets: a line starting with one is a qualifier or a note (（无政府性基金支出）), never a title's start.</summary>
    public const string OpeningBrackets = "(（[【〔";

    /// <summary>The ideographic full stop ending a sentence (not folded by width folding).</summary>
    public const char FullStop = '。';

    /// <summary>The enumeration comma between listed items (not folded by width folding).</summary>
    public const char Enumeration = '、';

    /// <summary>The ellipsis and middle dot leaders between a 目录 entry and its page number.</summary>
    public const char Ellipsis = '…', MiddleDot = '·';

    /// <summary>Full-width punctuation, for text that is not width-folded (compact text holds the ASCII forms).</summary>
    public const char FullWidthComma = '，', FullWidthSemicolon = '；', FullWidthColon = '：';

    /// <summary>The book-title marks around a table's name in a 目录 entry (《…》).</summary>
    public const string BookTitleOpen = "《", BookTitleClose = "》";
}
