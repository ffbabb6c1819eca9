using Extractor.Model;

namespace Extractor.Catalog;

/// <summary>One subject code of a classification tree, with every name met for it.</summary>
public sealed class CatalogEntry
{
    public string Code { get; init; } = "";
    /// <summary>function | economic | economic-government | revenue.</summary>
    public Classification Classification { get; init; }
    /// <summary>1 类, 2 款, 3 项 (economic: 3 sub-item).</summary>
    public int Level { get; init; }
    public string? Parent { get; init; }
    /// <summary>Most met first.</summary>
    public List<CatalogName> Names { get; } = new();

    /// <summary>How many documents printed the code, under any name (the largest count of its names is a floor).</summary>
    public int Count => Names.Count == 0 ? 0 : Names.Max(n => n.Count);

    public override string ToString() => $"{Code} {string.Join(" / ", Names.Select(n => n.Name))}";
}

/// <summary>A name met for a code: the fiscal years of the documents that printed it, and in how many documents;
/// <paramref name="Seed"/> when the catalog seed names it (<see cref="CatalogSeed"/>: the classification's own name, with
/// count 0 and no years when no document printed it).</summary>
public sealed record CatalogName(string Name, IReadOnlyList<int> Years, int Count, bool Seed = false)
{
    /// <summary>Evidence enough to rely on: met in <paramref name="minDocuments"/> documents, or the seed's name.</summary>
    public bool MetIn(int minDocuments) => Seed || Count >= minDocuments;

    /// <summary>Where the name comes from, as the catalog file writes it: printed, seed, or seed+printed.</summary>
    public string Source => Seed ? Count > 0 ? CatalogTsv.SeedAndPrinted : CatalogTsv.SeedOnly : CatalogTsv.Printed;
}
