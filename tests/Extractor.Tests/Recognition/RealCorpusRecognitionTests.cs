using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Raw;
using Extractor.Recognition;
using Extractor.Sources;
using Extractor.Tests.Support;
using Xunit.Abstractions;

namespace Extractor.Tests.Recognition;

/// <summary>
/// Recognition on the real corpus, measured against the hand-verified truth files: every table the truth records is
/// found with its kind on its page, with the truth's amount unit; the document's year, phase and scope agree.
/// Skipped where ../shared is absent or this build has no PDF reader yet.
/// </summary>
public class RealCorpusRecognitionTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> TruthFiles() =>
        Directory.Exists(RepoPaths.Truth)
            ? Directory.GetFiles(RepoPaths.Truth, "*.tsv").Select(f => new object[] { Path.GetFileName(f) }).OrderBy(f => (string)f[0])
            : new[] { new object[] { "(no truth files)" } };

    [SkippableTheory]
    [MemberData(nameof(TruthFiles))]
    public void TablesOfTheTruthAreFoundWithTheirKindPageAndUnit(string truthFile)
    {
        RepoPaths.RequireTruth();
        var truth = TruthFile.Read(Path.Combine(RepoPaths.Truth, truthFile));
        var doc = Recognize(RepoPaths.RealFile(truth.Document));

        var problems = new List<string>();
        if (truth.Year != null && doc.Metadata.FiscalYear != truth.Year) problems.Add($"year {doc.Metadata.FiscalYear} ≠ {truth.Year}");
        if (truth.Phase != null && doc.Metadata.Phase.Text() != truth.Phase) problems.Add($"phase {doc.Metadata.Phase.Text()} ≠ {truth.Phase}");
        if (truth.Scope != null && doc.Metadata.Scope.Text() != truth.Scope) problems.Add($"scope {doc.Metadata.Scope.Text()} ≠ {truth.Scope}");
        foreach (var (kind, page, unit) in truth.Tables)
        {
            var table = doc.Tables.FirstOrDefault(t => t.Kind.Text() == kind && t.Table.Page <= page && page <= Math.Max(t.Table.LastPage, t.Table.Page));
            if (table == null)
            {
                var there = doc.Tables.Where(t => t.Table.Page <= page && page <= Math.Max(t.Table.LastPage, t.Table.Page)).Select(t => $"{t.Kind.Text()} '{t.Title}'");
                problems.Add($"{kind} on p{page} not found (there: {string.Join("; ", there)})");
            }
            else if (unit != null && table.Caption.AmountUnit != unit) problems.Add($"{kind} p{page} unit {table.Caption.AmountUnit} ≠ {unit}");
        }
        output.WriteLine($"{truth.Document}: {truth.Tables.Count} truth tables, {problems.Count} problems");
        foreach (var p in problems) output.WriteLine("  " + p);
        Assert.Empty(problems);
    }

    [SkippableFact]
    public void CoreTablesAreFoundInDepartmentAndUnitDocuments()
    {
        var corpus = RepoPaths.RequireRealCorpus();
        int found = 0, expected = 0;
        foreach (var path in Directory.GetFiles(corpus, "*.pdf").OrderBy(p => p))
        {
            RecognizedDocument doc;
            try { doc = Recognize(path); }
            catch (BadInputException) { continue; } // broken, encrypted, scanned: the source reports them
            if (doc.Metadata.Scope is not (Scope.Department or Scope.Unit) || doc.Tables.Count == 0) continue;
            var kinds = doc.Tables.Select(t => t.Kind).ToHashSet();
            var core = CoreTables.Kinds.Where(kinds.Contains).ToList();
            found += core.Count;
            expected += CoreTables.Kinds.Count;
            output.WriteLine($"{Path.GetFileName(path),-60} {core.Count}/{CoreTables.Kinds.Count} {doc.Metadata.Phase.Text()}/{doc.Metadata.Scope.Text()} {doc.Metadata.FiscalYear} {doc.Metadata.UnitName}" +
                             (core.Count < CoreTables.Kinds.Count ? " missing " + string.Join(",", CoreTables.Kinds.Except(core).Select(k => k.Text())) : ""));
        }
        output.WriteLine($"core tables found: {found}/{expected}");
        Skip.If(expected == 0, "no department or unit document was read");
        Assert.True(found >= 0.95 * expected, $"core tables found {found}/{expected}, below 95%");
    }

    static RecognizedDocument Recognize(string path)
    {
        RawDocument raw;
        try { raw = ExtractionPipeline.CreateDefault().Sources.Read(path); }
        catch (BadInputException e) when (e.Message.Contains("not built yet"))
        {
            throw new SkipException($"this build has no reader for {Path.GetExtension(path)} yet: {e.Message}");
        }
        return DocumentRecognizer.Recognize(raw);
    }

    /// <summary>The parts of a truth file recognition is measured on: metadata and (kind, page, unit) per table.</summary>
    sealed record TruthFile(string Document, int? Year, string? Phase, string? Scope, List<(string Kind, int Page, string? Unit)> Tables)
    {
        public static TruthFile Read(string path)
        {
            var meta = new Dictionary<string, string>();
            var tables = new List<(string, int, string?)>();
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith('#'))
                {
                    var colon = line.IndexOf(':');
                    if (colon > 0) meta.TryAdd(line[1..colon].Trim(), line[(colon + 1)..].Trim());
                    continue;
                }
                var f = line.Split('\t');
                if (f.Length < 8 || f[0] == "table_kind" || !int.TryParse(f[7], out var page)) continue;
                if (!tables.Contains((f[0], page, f[6]))) tables.Add((f[0], page, f[6].Length > 0 ? f[6] : null));
            }
            var distinct = tables.GroupBy(t => (t.Item1, t.Item2)).Select(g => g.First()).ToList();
            return new TruthFile(meta.GetValueOrDefault("doc") ?? Path.GetFileNameWithoutExtension(path),
                int.TryParse(meta.GetValueOrDefault("year"), out var y) ? y : null,
                meta.GetValueOrDefault("phase")?.Split(' ')[0], meta.GetValueOrDefault("scope")?.Split(' ')[0], distinct);
        }
    }
}
