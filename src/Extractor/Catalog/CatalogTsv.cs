using System.Globalization;
using Extractor.Model;

namespace Extractor.Catalog;

/// <summary>
/// The catalog as tab-separated text, one line per (code, name): code, classification, level, parent, name, years
/// (comma-separated), count (documents), source (printed, seed, seed+printed: <see cref="CatalogSeed"/>). Lines starting
/// with # are comments (the provenance header). A file without the source column reads as printed names only.
/// </summary>
public static class CatalogTsv
{
    public static readonly string[] Columns = { "code", "classification", "level", "parent", "name", "years", "count", "source" };
    public const string Printed = "printed", SeedOnly = "seed", SeedAndPrinted = "seed+printed";
    /// <summary>Fields a line must hold: every column but the source.</summary>
    const int RequiredFields = 7;

    public static CodeCatalog Read(TextReader reader)
    {
        var entries = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var (lineNumber, f) in DataLines(reader))
        {
            if (f.Length < RequiredFields) throw new FormatException($"catalog line {lineNumber}: {f.Length} fields, {Columns.Length} expected");
            if (!entries.TryGetValue(f[0], out var entry))
                entries[f[0]] = entry = new CatalogEntry
                {
                    Code = f[0], Classification = ClassificationAt(f[1], lineNumber), Level = int.Parse(f[2], CultureInfo.InvariantCulture),
                    Parent = f[3].Length == 0 ? null : f[3],
                };
            var years = f[5].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
            var seed = f.Length > RequiredFields && f[7] is SeedOnly or SeedAndPrinted;
            entry.Names.Add(new CatalogName(f[4], years, int.Parse(f[6], CultureInfo.InvariantCulture), seed));
        }
        return new CodeCatalog(entries.Values);
    }

    /// <summary>The fields of each data line of a catalog or seed file, with its 1-based number: empty lines, # comments
    /// and the column header skipped.</summary>
    public static IEnumerable<(int LineNumber, string[] Fields)> DataLines(TextReader reader)
    {
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("code\t", StringComparison.Ordinal)) continue;
            yield return (lineNumber, line.Split('\t'));
        }
    }

    static Classification ClassificationAt(string text, int lineNumber) =>
        Canonical.TryParse<Classification>(text, out var classification) ? classification
            : throw new FormatException($"catalog line {lineNumber}: '{text}' is not a classification");

    /// <summary>Writes the catalog, codes in order and each code's names most met first, under the comment lines
    /// <paramref name="header"/> (each prefixed with "# ").</summary>
    public static void Write(TextWriter writer, CodeCatalog catalog, IEnumerable<string> header)
    {
        writer.NewLine = "\n";
        foreach (var h in header) writer.WriteLine("# " + h);
        writer.WriteLine(string.Join('\t', Columns));
        foreach (var e in catalog.Entries.OrderBy(e => e.Code, StringComparer.Ordinal))
            foreach (var n in e.Names)
                writer.WriteLine(string.Join('\t', e.Code, e.Classification.Text(), e.Level.ToString(CultureInfo.InvariantCulture), e.Parent ?? "",
                    n.Name, string.Join(',', n.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))), n.Count.ToString(CultureInfo.InvariantCulture), n.Source));
    }
}
