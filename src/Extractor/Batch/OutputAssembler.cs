using Extractor.Compare;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Report;
using Extractor.Writers;

namespace Extractor.Batch;

/// <summary>
/// Builds an output folder from documents as they arrive, in order: documents/&lt;file name&gt;.json, every dataset,
/// and at the end summary.json, comparison.csv and report.html. Used by the batch runner and by merge.
/// </summary>
public sealed class OutputAssembler : IDisposable
{
    public const string DocumentsFolder = "documents";

    readonly string _dir;
    readonly DatasetOutputs _datasets;
    readonly HashSet<string> _jsonNames = new(StringComparer.OrdinalIgnoreCase);
    readonly FileStream _lock;

    /// <summary>Held open for the run so two runs never write one folder at once.</summary>
    public const string LockFileName = ".extract.lock";

    public BatchSummary Summary { get; }

    /// <summary>Written by <see cref="Complete"/> as shard-manifest.json.</summary>
    public ShardManifest? Manifest { get; init; }

    public OutputAssembler(string dir, BatchSummary summary)
    {
        _dir = Path.GetFullPath(dir);
        Directory.CreateDirectory(Path.Combine(_dir, DocumentsFolder));
        try
        {
            _lock = new FileStream(Path.Combine(_dir, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new OutputFolderBusyException(_dir);
        }
        AtomicFile.SweepLeftovers(_dir);
        Summary = summary;
        _datasets = new DatasetOutputs(_dir);
    }

    /// <summary>Adds a document whose canonical JSON is at <paramref name="jsonSource"/>; returns its documents/ path.</summary>
    public DocumentRow AddDocument(BudgetDocument doc, BatchInput input, string jsonSource, bool fromCache, double seconds)
    {
        var name = UniqueJsonName(doc.Document);
        var target = Path.Combine(_dir, DocumentsFolder, name);
        if (!string.Equals(Path.GetFullPath(jsonSource), target, StringComparison.Ordinal)) AtomicFile.Copy(jsonSource, target);
        var row = _datasets.AddDocument(doc, input.RelativePath);
        Summary.AddDocument(doc, input, row, DocumentsFolder + "/" + name, fromCache, seconds);
        return row;
    }

    public void AddFailure(FailureRow failure, double seconds)
    {
        _datasets.AddFailure(failure);
        Summary.AddFailure(failure, seconds);
    }

    /// <summary>Two inputs with the same file name (in different folders) get name.json and name~2.json.</summary>
    string UniqueJsonName(string document)
    {
        var name = document + ".json";
        for (var i = 2; !_jsonNames.Add(name); i++) name = $"{document}~{i}.json";
        return name;
    }

    /// <summary>Renames every dataset into place and writes summary.json, comparison.csv and report.html.</summary>
    public void Complete(TimeSpan wall)
    {
        _datasets.Complete();
        Summary.WallSeconds = Math.Round(wall.TotalSeconds, 3);
        Summary.Write(_dir);
        Manifest?.Write(_dir);
        var comparison = ComparisonReader.Read(Path.Combine(_dir, DatasetOutputs.DatabaseFileName));
        ComparisonWriter.WriteCsv(comparison, Path.Combine(_dir, ComparisonWriter.DefaultFileName));
        BatchReport.Write(_dir, Summary, comparison);
    }

    public void Dispose()
    {
        _datasets.Dispose();
        _lock.Dispose();
    }
}

/// <summary>Another run is writing the same output folder.</summary>
public sealed class OutputFolderBusyException(string dir) : IOException($"another extract or merge is writing to {dir}");
