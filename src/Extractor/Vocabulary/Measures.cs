namespace Extractor.Vocabulary;

/// <summary>
/// Printed column-header words and what they mean (DOMAIN.md section 9): ordinal labels, header → measure rules.
/// Declarative data only; the code that reads it lives in Normalization (HeaderCatalog, OrdinalColumn).
/// </summary>
public static class Measures
{
    /// <summary>Labels of a column of row numbers: never an amount.</summary>
    public static readonly IReadOnlySet<string> OrdinalLabels = new HashSet<string>
    {
        "序号", "行次", "栏次", "行号", "序", "项次",
    };
}
