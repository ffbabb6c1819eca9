using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Extractor.Raw;

namespace Extractor.Sources.Word;

/// <summary>What a paragraph's style says about it: heading or not, font size.</summary>
internal sealed class StyleInfo
{
    readonly Dictionary<string, Style> _byId = new(StringComparer.OrdinalIgnoreCase);

    public static StyleInfo Load(MainDocumentPart part)
    {
        var info = new StyleInfo();
        var styles = part.StyleDefinitionsPart?.Styles;
        if (styles != null)
            foreach (var s in styles.Elements<Style>())
                if (s.StyleId?.Value is { } id) info._byId[id] = s;
        return info;
    }

    public TextHint HintOf(Paragraph p)
    {
        var props = p.ParagraphProperties;
        if (props?.OutlineLevel?.Val?.Value is int level && level < 9) return TextHint.Heading;
        var styleId = props?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId != null && depth < 10; depth++)
        {
            if (!_byId.TryGetValue(styleId, out var style))
                return IsHeadingName(styleId) ? TextHint.Heading : ListOrParagraph(props);
            if (IsHeadingName(style.StyleName?.Val?.Value ?? "") || style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9)
                return TextHint.Heading;
            styleId = style.BasedOn?.Val?.Value;
        }
        return ListOrParagraph(props);
    }

    static TextHint ListOrParagraph(ParagraphProperties? props) =>
        props?.NumberingProperties != null ? TextHint.ListItem : TextHint.Paragraph;

    static bool IsHeadingName(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        return n.StartsWith("heading") || n == "title" || n == "subtitle" || n.StartsWith(SourcePatterns.HeadingStyle) || n == SourcePatterns.SubtitleStyle;
    }

    /// <summary>Font size in points from the first run's or the paragraph mark's size (half-points in the file).</summary>
    public double? FontSizeOf(Paragraph p)
    {
        var size = p.Descendants<RunProperties>().Select(r => r.FontSize?.Val?.Value).FirstOrDefault(v => v != null)
                   ?? p.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<FontSize>()?.Val?.Value;
        return size != null && double.TryParse(size, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var half)
            ? half / 2 : null;
    }
}
