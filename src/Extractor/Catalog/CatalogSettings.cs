namespace Extractor.Catalog;

/// <summary>Every threshold of the catalog, its resolver and its checks, in one place.</summary>
public static class CatalogSettings
{
    /// <summary>Longer "names" are wrapped text or notes, not subject names.</summary>
    public const int MaxNameLength = 40;

    /// <summary>A catalog name met in at least this many documents is trusted by the code-name check; a code with
    /// no trusted name is not checked (one document's reading is no evidence against another's).</summary>
    public const int TrustedNameDocuments = 2;

    /// <summary>Rounding allowed per part when the resolver weighs a row against its parent's remaining amount, in
    /// the printed unit (tables printed in whole 元 get one unit of their last digit instead).</summary>
    public const decimal RoundingPerPart = 0.01m;

    /// <summary>Where a name fits several codes equally well, one met in at least this many documents and
    /// <see cref="DominanceRatio"/> times as often as any other wins (the others are misreadings of single documents).</summary>
    public const int DominantDocuments = 3;
    public const int DominanceRatio = 5;
}
