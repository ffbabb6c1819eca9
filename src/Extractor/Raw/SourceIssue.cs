using Extractor.Model;

namespace Extractor.Raw;

/// <summary>A problem a reader met: the document goes on, the issue is reported with it (its code one of
/// <see cref="IssueCode"/>, as every document issue's).</summary>
public sealed record SourceIssue(IssueCode Code, string Message, int? Page = null);
