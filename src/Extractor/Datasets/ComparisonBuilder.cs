using Extractor.Compare;

namespace Extractor.Datasets;

/// <summary>
/// The comparison (units × key metrics, function shares) built from the rows of the documents and function-shares
/// datasets: as a batch writes them (<see cref="DatasetOutputs"/>), or read back from an output folder's JSONL
/// (<see cref="Read"/>, the <c>compare</c> command). One reading of the rows for both.
/// </summary>
public sealed class ComparisonBuilder
{
    readonly Dictionary<string, UnitComparison> _byDocument = new(StringComparer.Ordinal);

    public Comparison Comparison { get; } = new();

    /// <summary>A documents row. A duplicate copy of a disclosure (duplicate_of set) is counted once: the first copy stands for it.</summary>
    public void AddDocument(IReadOnlyDictionary<string, object?> row)
    {
        if (row.GetValueOrDefault("duplicate_of") is not null) return;
        var unit = new UnitComparison
        {
            Document = (string)row["document"]!,
            UnitName = row.GetValueOrDefault("unit_name") as string,
            ParentDepartment = row.GetValueOrDefault("parent_department") as string,
            FiscalYear = row.GetValueOrDefault("fiscal_year") as int?,
            Phase = row.GetValueOrDefault("phase") as string,
            Scope = row.GetValueOrDefault("scope") as string,
            MissingKinds = row.GetValueOrDefault("missing_kinds") as string,
            FromNarrative = row.GetValueOrDefault("metrics_from_narrative") as string,
        };
        foreach (var metric in Comparison.MetricColumns) unit.Metrics[metric] = Figure(row.GetValueOrDefault(metric));
        foreach (var count in Comparison.CompletenessColumns) unit.Completeness[count] = row.GetValueOrDefault(count) as int?;
        Comparison.Units.Add(unit);
        _byDocument.TryAdd(unit.Document, unit);
    }

    /// <summary>A function-shares row; rows of documents not compared (duplicates) are passed over.</summary>
    public void AddShare(IReadOnlyDictionary<string, object?> row)
    {
        if (!_byDocument.TryGetValue((string)row["document"]!, out var unit)) return;
        var code = (string)row["code"]!;
        unit.ShareAmounts[code] = Figure(row["amount_yuan"])!.Value;
        unit.Shares[code] = Figure(row["share"])!.Value;
        if (!Comparison.Classes.TryGetValue(code, out var known) || known == null)
            Comparison.Classes[code] = row.GetValueOrDefault("name") as string;
    }

    /// <summary>The comparison of an output folder written by <c>extract</c>, from its documents.jsonl and function-shares.jsonl.</summary>
    public static Comparison Read(string folder)
    {
        var documents = Path.Combine(folder, Datasets.Documents.Name + ".jsonl");
        var shares = Path.Combine(folder, Datasets.FunctionShares.Name + ".jsonl");
        foreach (var file in new[] { documents, shares })
            if (!File.Exists(file)) throw new FileNotFoundException($"no {Path.GetFileName(file)} in {folder}: run extract first", file);
        var builder = new ComparisonBuilder();
        foreach (var row in JsonlDatasetReader.Read(Datasets.Documents, documents)) builder.AddDocument(row);
        foreach (var row in JsonlDatasetReader.Read(Datasets.FunctionShares, shares)) builder.AddShare(row);
        return builder.Comparison;
    }

    /// <summary>A figure as the comparison spells it: the exact value without trailing zeros (2591000.00 → 2591000).</summary>
    static decimal? Figure(object? value) => value switch
    {
        null => null,
        int i => i,
        decimal d => d / 1.0000000000000000000000000000m,
        _ => throw new InvalidDataException($"not a number: {value}"),
    };
}
