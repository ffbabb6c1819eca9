using Extractor.Batch;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Catalog;

/// <summary>
/// Builds the catalog from documents: every row of every table whose code is printed (code_source printed) gives an
/// observation (code, name, year). A name's count is the number of distinct documents (unit, year, phase) that
/// printed it for the code, so one document read in several formats counts once.
/// </summary>
public sealed class CatalogBuilder
{
    readonly Dictionary<string, List<CatalogObservation>> _byFile = new(StringComparer.Ordinal);

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
        var observations = _byFile.Where(kv => kv.Key != leaveOut).SelectMany(kv => kv.Value);
        var entries = observations.GroupBy(o => o.Code, StringComparer.Ordinal).Select(byCode =>
        {
            var code = byCode.Key;
            var entry = new CatalogEntry
            {
                Code = code, Classification = CodeCatalog.ClassificationOf(code)!.Value, Level = CodeCatalog.LevelOf(code)!.Value,
                Parent = CodeCatalog.ParentOf(code),
            };
            entry.Names.AddRange(byCode.GroupBy(o => o.Name, StringComparer.Ordinal)
                .Select(byName => new CatalogName(byName.Key,
                    byName.Where(o => o.Year is not null).Select(o => o.Year!.Value).Distinct().Order().ToList(),
                    byName.Select(o => o.Document).Distinct().Count()))
                .OrderByDescending(n => n.Count).ThenBy(n => n.Name, StringComparer.Ordinal));
            return entry;
        });
        return new CodeCatalog(entries);
    }

    /// <summary>Reads every file of <paramref name="inputs"/> (files and folders, recursively) through the pipeline and
    /// adds its printed codes. A file that cannot be read is reported through <paramref name="log"/> and skipped.</summary>
    public static CatalogBuilder FromFiles(IEnumerable<string> inputs, ExtractionPipeline pipeline, Action<string>? log, out int failed)
    {
        var builder = new CatalogBuilder();
        failed = 0;
        var files = InputCollector.Collect(inputs, null, out var missing);
        foreach (var m in missing) { log?.Invoke($"{m}: no such file or folder"); failed++; }
        foreach (var file in files)
        {
            try
            {
                builder.Add(pipeline.Process(file.FullPath));
                log?.Invoke($"ok {file.FullPath}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                log?.Invoke($"failed {file.FullPath}: {e.Message}");
            }
        }
        return builder;
    }
}

/// <summary>A code printed with a name in a document (identity: unit, year, phase, scope) of a fiscal year.</summary>
public sealed record CatalogObservation(string Code, string Name, int? Year, string Document);
