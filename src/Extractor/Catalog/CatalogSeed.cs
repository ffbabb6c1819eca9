namespace Extractor.Catalog;

/// <summary>
/// The seed of the catalog (src/Extractor/Catalog/catalog-seed.tsv, embedded): heads of the classification trees that
/// documents print by name only, as codes and names of 财政部《政府收支分类科目》 (DOMAIN.md section 4), so that no build
/// can learn them from printed codes. <see cref="CatalogBuilder"/> merges them into what it learns; the resolver trusts
/// a seed name without weighing any document for it.
/// </summary>
public static class CatalogSeed
{
    const string ResourceName = "Extractor.Catalog.catalog-seed.tsv";
    static readonly Lazy<IReadOnlyList<(string Code, string Name)>> Shipped = new(LoadShipped);

    /// <summary>The shipped seed: (code, name) in file order.</summary>
    public static IReadOnlyList<(string Code, string Name)> Default => Shipped.Value;

    /// <summary>Reads seed lines (code TAB name; # comments and the header skipped); a code outside the trees is an error.</summary>
    public static IReadOnlyList<(string Code, string Name)> Read(TextReader reader)
    {
        var seed = new List<(string, string)>();
        foreach (var (lineNumber, f) in CatalogTsv.DataLines(reader))
        {
            if (f.Length < 2 || CodeCatalog.LevelOf(f[0]) is null || CodeCatalog.ClassificationOf(f[0]) is null || CatalogNames.Key(f[1]).Length == 0)
                throw new FormatException($"catalog seed line {lineNumber}: a code of the trees and a name expected");
            seed.Add((f[0], CatalogNames.Key(f[1])));
        }
        return seed;
    }

    static IReadOnlyList<(string Code, string Name)> LoadShipped()
    {
        using var stream = typeof(CatalogSeed).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return Array.Empty<(string, string)>();
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
