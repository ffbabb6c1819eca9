using System.Security.Cryptography;
using System.Text;
using Extractor.Datasets;
using Extractor.Model;

namespace Extractor.Batch;

/// <summary>
/// Content-hash cache under DIR/.cache/: each successfully processed document's canonical JSON, keyed by SHA-256 of
/// the file's bytes, its file name and the pipeline version. A re-run reads unchanged documents from here; changed
/// files and a new pipeline get new keys; failures are never cached, so they are redone.
/// </summary>
public sealed class DocumentCache
{
    public const string FolderName = ".cache";

    readonly string _dir;
    readonly string _version;

    public DocumentCache(string outputDir, string? pipelineVersion = null)
    {
        _dir = Path.Combine(outputDir, FolderName);
        _version = pipelineVersion ?? PipelineVersion.Current;
    }

    /// <summary>The cache key of a file as it is now.</summary>
    public string Key(string path)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            var buffer = new byte[1 << 16];
            int n;
            while ((n = fs.Read(buffer)) > 0) sha.AppendData(buffer, 0, n);
        }
        sha.AppendData(Encoding.UTF8.GetBytes("\0" + Path.GetFileName(path) + "\0" + _version));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public string PathOf(string key) => Path.Combine(_dir, key[..2], key + ".json");

    public bool TryLoad(string key, out BudgetDocument? doc)
    {
        doc = null;
        var path = PathOf(key);
        if (!File.Exists(path)) return false;
        try
        {
            doc = DocumentJsonWriter.Read(path);
            return true;
        }
        catch (Exception e) when (e is IOException or Newtonsoft.Json.JsonException or InvalidDataException)
        {
            return false; // a damaged entry is treated as absent and rewritten
        }
    }

    /// <summary>Stores the document (atomically) and returns the entry's path.</summary>
    public string Store(string key, BudgetDocument doc)
    {
        var path = PathOf(key);
        DocumentJsonWriter.Write(doc, path);
        return path;
    }
}
