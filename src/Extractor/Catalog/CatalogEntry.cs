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

/// <summary>A name met for a code: the fiscal years of the documents that printed it, and in how many documents.</summary>
public sealed record CatalogName(string Name, IReadOnlyList<int> Years, int Count);
