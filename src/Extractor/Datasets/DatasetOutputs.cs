using Extractor.Compare;
using Extractor.Model;

namespace Extractor.Datasets;

/// <summary>Which files each dataset is written to.</summary>
[Flags]
public enum DatasetFormats { Csv = 1, Jsonl = 2, Parquet = 4, Sqlite = 8, All = Csv | Jsonl | Parquet | Sqlite }

/// <summary>
/// Every dataset of an output folder, written row by row as documents arrive (after <see cref="AddDocument"/> returns,
/// only the document's line of the <see cref="Comparison"/> is kept). Files are written under temporary names and renamed into place by
/// <see cref="Complete"/>; disposing without completing leaves the folder's earlier outputs untouched.
/// Not thread-safe: one writer thread feeds it.
/// </summary>
public sealed class DatasetOutputs : IDisposable
{
    public const string DatabaseFileName = "extractor.sqlite";

    readonly string _dir;
    readonly SqliteDatabaseWriter? _sqlite;
    readonly Dictionary<Dataset, List<IDatasetWriter>> _writers = new();
    /// <summary>Disclosure key → the first document with it (duplicates are marked, in input order).</summary>
    readonly Dictionary<string, string> _disclosures = new(StringComparer.Ordinal);
    readonly ComparisonBuilder _comparison = new();
    bool _completed;

    public DatasetOutputs(string dir, DatasetFormats formats = DatasetFormats.All)
    {
        _dir = Path.GetFullPath(dir);
        Directory.CreateDirectory(_dir);
        if (formats.HasFlag(DatasetFormats.Sqlite)) _sqlite = new SqliteDatabaseWriter(Path.Combine(_dir, DatabaseFileName));
        foreach (var d in Datasets.All)
        {
            var list = new List<IDatasetWriter>();
            if (formats.HasFlag(DatasetFormats.Csv)) list.Add(new CsvDatasetWriter(Path.Combine(_dir, d.Name + ".csv"), d));
            if (formats.HasFlag(DatasetFormats.Jsonl)) list.Add(new JsonlDatasetWriter(Path.Combine(_dir, d.Name + ".jsonl"), d));
            if (formats.HasFlag(DatasetFormats.Parquet)) list.Add(new ParquetDatasetWriter(Path.Combine(_dir, d.Name + ".parquet"), d));
            if (_sqlite != null) list.Add(_sqlite.Table(d));
            _writers[d] = list;
        }
    }

    public int DocumentCount { get; private set; }
    public int LineItemCount { get; private set; }

    /// <summary>Writes every row of one document and returns its documents.csv row.</summary>
    public DocumentRow AddDocument(BudgetDocument doc, string? relativePath)
    {
        var lineItems = 0;
        foreach (var item in Projections.LineItems(doc))
        {
            Write(Datasets.LineItems, item);
            lineItems++;
        }
        foreach (var check in Projections.CheckRows(doc)) Write(Datasets.Checks, check);
        foreach (var table in doc.Tables)
            Write(Datasets.Tables, new TableInfoRow(doc.Document, table, table.Rows.Sum(r => r.Amounts.Count(a => a.Value != null))));
        foreach (var fact in doc.Narrative.Facts) Write(Datasets.NarrativeFacts, new NarrativeFactRow(doc, fact));
        var metrics = MetricsCalculator.From(doc);
        var shares = metrics.FunctionShares
            .Select(share => Write(Datasets.FunctionShares, new FunctionShareRow(doc.Document, doc.Metadata.UnitName, doc.Metadata.FiscalYear, share)))
            .ToList();
        if (GovernmentPanel.From(doc) is { } panel) Write(Datasets.GovernmentPanel, panel);
        var row = DocumentRow.From(doc, relativePath, lineItems, metrics);
        if (row.DisclosureKey() is { } key && !_disclosures.TryAdd(key, doc.Document)) row = row with { DuplicateOf = _disclosures[key] };
        _comparison.AddDocument(Datasets.Documents.Record(Write(Datasets.Documents, row)));
        foreach (var share in shares) _comparison.AddShare(Datasets.FunctionShares.Record(share));
        DocumentCount++;
        LineItemCount += lineItems;
        return row;
    }

    public void AddFailure(FailureRow failure) => Write(Datasets.Failures, failure);

    /// <summary>The units compared so far (duplicate copies once), from the documents and function-shares rows written.</summary>
    public Comparison Comparison => _comparison.Comparison;

    object?[] Write<T>(Dataset<T> dataset, T row)
    {
        var values = dataset.Values(row);
        foreach (var w in _writers[dataset]) w.Write(values);
        return values;
    }

    /// <summary>Finishes every file, renames them into place, and writes datapackage.json and the document schema.</summary>
    public void Complete()
    {
        foreach (var list in _writers.Values)
        foreach (var w in list) w.Complete();
        _sqlite?.Complete();
        DataPackageWriter.Write(_dir, Datasets.All);
        DocumentSchema.Write(_dir);
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed) return;
        foreach (var list in _writers.Values)
        foreach (var w in list) w.Dispose();
        _sqlite?.Dispose();
    }
}
