using System.Globalization;

namespace Extractor.Recognition.Narrative;

/// <summary>Number parsing for amounts printed in prose (text forms: <see cref="PrintedText"/>).</summary>
public static class ProseText
{
    /// <summary>Parses a printed number ("1,234.56", "１１８", "-3.5"); null when it is not one.</summary>
    public static decimal? ParseNumber(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var s = PrintedText.Compact(printed).Replace(",", "");
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d : null;
    }
}
