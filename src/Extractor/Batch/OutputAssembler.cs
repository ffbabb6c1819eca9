using Extractor.Compare;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Reports;

namespace Extractor.Batch;

/// <summary>
/// Builds an output folder from documents as they arrive, in order: documents/&lt;relative path&gt;.json, every dataset,
/// and at the end summary.json, comparison.csv and report.html. Used by the batch runner and by merge.
/// Everything is written into a staging folder (DIR/.staging-…) and published by <see cref="Complete"/> as a whole:
/// documents/ is replaced by this run's documents, every other output file is renamed over its predecessor. A run that
/// is interrupted or killed before that leaves the previous set as it was; a kill during the publication itself (a few
/// renames) is finished by the next run from the journal DIR/.publish.
/// </summary>
public sealed class OutputAssembler : IDisposable
{
    public const string DocumentsFolder = "documents";
    const string StagingPrefix = ".staging-";
    const string OldDocumentsPrefix = ".old-documents-";
    /// <summary>Written once the staging folder holds a complete set; names it until it is published.</summary>
    public const string JournalFileName = ".publish";

    readonly string _dir;
    readonly string _stage;
    readonly DatasetOutputs _datasets;
    readonly HashSet<string> _jsonNames = new(StringComparer.OrdinalIgnoreCase);
    readonly FileStream _lock;
    bool _published;

    /// <summary>Held open for the run so two runs never write one folder at once.</summary>
    public const string LockFileName = ".extract.lock";

    public BatchSummary Summary { get; }

    /// <summary>Written by <see cref="Complete"/> as shard-manifest.json.</summary>
    public ShardManifest? Manifest { get; init; }

    /// <summary>The folder being written: the staging folder until <see cref="Complete"/> publishes it.</summary>
    public string StagingDir => _stage;

    public OutputAssembler(string dir, BatchSummary summary)
    {
        _dir = Path.GetFullPath(dir);
        try
        {
            if (File.Exists(_dir)) throw new OutputFolderUnusableException(_dir, "it is a file, not a folder");
            Directory.CreateDirectory(_dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputFolderUnusableException)
        {
            throw new OutputFolderUnusableException(_dir, e.Message);
        }
        try
        {
            _lock = new FileStream(Path.Combine(_dir, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new OutputFolderUnusableException(_dir, "not writable: " + e.Message);
        }
        catch (IOException)
        {
            throw new OutputFolderBusyException(_dir);
        }
        try
        {
            Recover(_dir);
            AtomicFile.SweepLeftovers(_dir);
            Summary = summary;
            _stage = Path.Combine(_dir, StagingPrefix + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(Path.Combine(_stage, DocumentsFolder));
            _datasets = new DatasetOutputs(_stage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _lock.Dispose();
            throw new OutputFolderUnusableException(_dir, e.Message);
        }
    }

    /// <summary>Adds a document (its identity already set to the input's relative path); returns its documents.csv row.</summary>
    public DocumentRow AddDocument(BudgetDocument doc, BatchInput input, string? jsonSource, bool fromCache, double seconds)
    {
        var name = UniqueJsonName(doc.Document);
        // Written from the document itself (not copied from the cache entry), so the JSON carries this batch's identity.
        DocumentJsonWriter.Write(doc, Path.Combine(_stage, DocumentsFolder, name));
        var row = _datasets.AddDocument(doc, input.RelativePath);
        Summary.AddDocument(doc, input.RelativePath, row, DocumentsFolder + "/" + name, fromCache, seconds);
        return row;
    }

    public void AddFailure(FailureRow failure, double seconds)
    {
        _datasets.AddFailure(failure);
        Summary.AddFailure(failure, seconds);
    }

    /// <summary>
    /// documents/&lt;relative path&gt;.json, folders kept. Names equal but for case (one file on Windows and macOS) get
    /// ~2, ~3 before .json.
    /// </summary>
    string UniqueJsonName(string document)
    {
        var name = document + ".json";
        for (var i = 2; !_jsonNames.Add(name); i++) name = $"{document}~{i}.json";
        return name;
    }

    /// <summary>Finishes every dataset, writes summary.json, comparison.csv and report.html, and publishes the set.</summary>
    public void Complete(TimeSpan wall)
    {
        _datasets.Complete();
        Summary.WallSeconds = Math.Round(wall.TotalSeconds, 3);
        Summary.Write(_stage);
        Manifest?.Write(_stage);
        var comparison = _datasets.Comparison;
        ComparisonWriter.WriteCsv(comparison, Path.Combine(_stage, ComparisonWriter.DefaultFileName));
        // datapackage.json lists every CSV written, comparison.csv included.
        DataPackageWriter.Write(_stage, Datasets.Datasets.All, new[] { ComparisonWriter.Resource(comparison) });
        BatchReport.Write(_stage, Summary, comparison);
        SqliteConnectionPool.Clear();
        AtomicFile.WriteAllText(Path.Combine(_dir, JournalFileName), Path.GetFileName(_stage));
        Publish(_dir, _stage);
        _published = true;
    }

    /// <summary>
    /// Moves a complete staging folder into place: documents/ swapped as a whole, every other file renamed over its
    /// predecessor, then the journal, the old documents and the staging folder removed. Each step can be repeated, so
    /// a publication cut short is finished by running it again.
    /// </summary>
    static void Publish(string dir, string stage)
    {
        var staged = Path.Combine(stage, DocumentsFolder);
        var target = Path.Combine(dir, DocumentsFolder);
        if (Directory.Exists(staged))
        {
            if (Directory.Exists(target))
                Directory.Move(target, Path.Combine(dir, OldDocumentsPrefix + Guid.NewGuid().ToString("N")[..8]));
            Directory.Move(staged, target);
        }
        foreach (var file in Directory.EnumerateFiles(stage, "*", SearchOption.AllDirectories).ToList())
        {
            var to = Path.Combine(dir, Path.GetRelativePath(stage, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Move(file, to, overwrite: true);
        }
        File.Delete(Path.Combine(dir, JournalFileName));
        RemoveLeftovers(dir);
    }

    /// <summary>Finishes a publication a killed run left half done; removes staging folders of runs that never completed.</summary>
    static void Recover(string dir)
    {
        var journal = Path.Combine(dir, JournalFileName);
        if (File.Exists(journal))
        {
            var stage = Path.Combine(dir, File.ReadAllText(journal).Trim());
            if (Path.GetFileName(stage).StartsWith(StagingPrefix, StringComparison.Ordinal) && Directory.Exists(stage)) Publish(dir, stage);
            else File.Delete(journal);
        }
        RemoveLeftovers(dir);
    }

    static void RemoveLeftovers(string dir)
    {
        foreach (var d in Directory.EnumerateDirectories(dir).Where(d => Path.GetFileName(d).StartsWith(StagingPrefix, StringComparison.Ordinal)
                                                                      || Path.GetFileName(d).StartsWith(OldDocumentsPrefix, StringComparison.Ordinal)).ToList())
        {
            try { Directory.Delete(d, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    public void Dispose()
    {
        _datasets.Dispose();
        if (!_published)
        {
            SqliteConnectionPool.Clear();
            try { Directory.Delete(_stage, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        _lock.Dispose();
    }
}

/// <summary>Releases pooled SQLite handles so the database file can be moved or deleted.</summary>
static class SqliteConnectionPool
{
    public static void Clear() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}

/// <summary>Another run is writing the same output folder.</summary>
public sealed class OutputFolderBusyException(string dir) : IOException($"another extract or merge is writing to {dir}");

/// <summary>The output folder cannot be used (it is a file, or not writable).</summary>
public sealed class OutputFolderUnusableException(string dir, string reason) : IOException($"cannot write the output folder {dir}: {reason}");
