namespace Extractor.Sources;

/// <summary>An input that cannot be processed; the message names the reason in plain words (the file is added by the caller).</summary>
public sealed class BadInputException : Exception
{
    public BadInputException(string reason, Exception? inner = null) : base(reason, inner) { }
}
