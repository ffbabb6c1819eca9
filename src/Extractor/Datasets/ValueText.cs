using System.Globalization;

namespace Extractor.Datasets;

/// <summary>How a dataset value is spelled in text formats: invariant culture, decimals exactly as held, blank for null.</summary>
public static class ValueText
{
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
