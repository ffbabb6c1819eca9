namespace Extractor.Raw;

/// <summary>A piece of a page: a text block or a raw table.</summary>
public abstract class RawBlock
{
    /// <summary>Page the block starts on (1-based).</summary>
    public int Page { get; init; }
    /// <summary>First source line (text sources), 1-based; null where the source has no lines.</summary>
    public int? Line { get; init; }
    public BoundingBox? Box { get; init; }
}

/// <summary>A run of text: a heading, a paragraph or a single line.</summary>
public sealed class TextBlock : RawBlock
{
    public required string Text { get; init; }
    /// <summary>What the source could tell about the block; recognition decides the rest.</summary>
    public TextHint Hint { get; init; } = TextHint.Paragraph;
    /// <summary>Font size where the source has one (PDF, Word).</summary>
    public double? FontSize { get; init; }
    /// <summary>Last source line, for multi-line blocks.</summary>
    public int? LastLine { get; init; }

    public override string ToString() => $"p{Page} L{Line}: {Text}";
}

public enum TextHint
{
    Paragraph,
    /// <summary>Marked as a heading by the source (h1-h6, Word heading style, large or bold font).</summary>
    Heading,
    /// <summary>A list item ("- 一、...").</summary>
    ListItem,
}
