namespace Extractor.Raw;

/// <summary>A problem a reader met: the document goes on, the issue is reported with it.</summary>
public sealed record SourceIssue(string Code, string Message, int? Page = null)
{
    public const string Unreadable = "unreadable-page";
    public const string NeedsOcr = "needs-ocr";
    public const string HiddenContent = "hidden-content";
    public const string EncodingGuessed = "encoding-guessed";
    public const string Converted = "converted";
    /// <summary>Invalid bytes replaced while decoding; the count is in the message.</summary>
    public const string InvalidBytes = "invalid-bytes";
}
