using Extractor.Model;

namespace Extractor.Catalog;

/// <summary>
/// Builds the catalog from documents: every row of every table whose code is printed (code_source printed) gives an
/// observation (code, name, year). A name's count is the number of distinct documents (unit, year, phase) that
/// printed it for the code, so one document read in several formats counts once. The seed (<see cref="CatalogSeed"/>)
/// is merged in: a seed name printed by documents is marked seed, one printed by none is added with count 0 and no years.
/// </summary>
public sealed class CatalogBuilder(IReadOnlyList<(string Code, string Name)>? seed = null)
{
    readonly Dictionary<string, List<CatalogObservation>> _byFile = new(StringComparer.Ordinal);
    readonly IReadOnlyList<(string Code, string Name)> _seed = seed ?? CatalogSeed.Default;

    /// <summary>The files added, by the key they were added under.</summary>
    public IReadOnlyCollection<string> Files => _byFile.Keys;

    public void Add(BudgetDocument doc) => Add(doc.SourcePath ?? doc.Document, Observe(doc));

    public void Add(string file, IEnumerable<CatalogObservation> observations) => _byFile[file] = observations.ToList();

    /// <summary>The printed codes of a document with their names, as catalog observations.</summary>
    public static IEnumerable<CatalogObservation> Observe(BudgetDocument doc)
    {
        var identity = string.IsNullOrWhiteSpace(doc.Metadata.UnitName)
            ? doc.Document
            : $"{doc.Metadata.UnitName}|{doc.Metadata.FiscalYear}|{doc.Metadata.Phase.Text()}|{doc.Metadata.Scope.Text()}";
        foreach (var table in doc.Tables)
            foreach (var row in table.Rows)
            {
                if (row.IsTotal || row.CodeSource != CodeSource.Printed || row.Code is not { } code) continue;
                if (CodeCatalog.LevelOf(code) is null || CodeCatalog.ClassificationOf(code) is null) continue;
                var name = CatalogNames.Key(row.Name);
                if (!CatalogNames.IsPlausible(name)) continue;
                yield return new CatalogObservation(code, name, doc.Metadata.FiscalYear, identity);
            }
    }

    /// <summary>The catalog of every file added, except <paramref name="leaveOut"/> (leave-one-out measurement).</summary>
    public CodeCatalog Build(string? leaveOut = null)
    {
        var observations = _byFile.Where(kv => kv.Key != leaveOut).SelectMany(kv => kv.Value).ToList();
        var seeded = _seed.ToLookup(s => s.Code, s => s.Name, StringComparer.Ordinal);
        var codes = observations.Select(o => o.Code).Concat(_seed.Select(s => s.Code)).Distinct(StringComparer.Ordinal);
        var byCodes = observations.ToLookup(o => o.Code, StringComparer.Ordinal);
        var entries = codes.Select(code =>
        {
            var byCode = byCodes[code];
            var seedNames = seeded[code].ToHashSet(StringComparer.Ordinal);
            var entry = new CatalogEntry
            {
                Code = code, Classification = CodeCatalog.ClassificationOf(code)!.Value, Level = CodeCatalog.LevelOf(code)!.Value,
                Parent = CodeCatalog.ParentOf(code),
            };
            entry.Names.AddRange(byCode.GroupBy(o => o.Name, StringComparer.Ordinal)
                .Select(byName => new CatalogName(byName.Key,
                    byName.Where(o => o.Year is not null).Select(o => o.Year!.Value).Distinct().Order().ToList(),
                    byName.Select(o => o.Document).Distinct().Count(), seedNames.Contains(byName.Key)))
                .Concat(seedNames.Where(n => !byCode.Any(o => o.Name == n)).Select(n => new CatalogName(n, Array.Empty<int>(), 0, Seed: true)))
                .OrderByDescending(n => n.Count).ThenBy(n => n.Name, StringComparer.Ordinal));
            return entry;
        });
        return new CodeCatalog(entries);
    }
}

/// <summary>A code printed with a name in a document (identity: unit, year, phase, scope) of a fiscal year.</summary>
public sealed record CatalogObservation(string Code, string Name, int? Year, string Document);
