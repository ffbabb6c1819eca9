namespace Extractor.Datasets;

/// <summary>
/// A file written under a temporary name beside its target and renamed onto it only on <see cref="Commit"/>, so an
/// interrupted run never leaves a half-written output under the final name. Disposing without committing deletes
/// the temporary file. Leftovers of killed runs carry <see cref="TempMarker"/> and are swept by <see cref="SweepLeftovers"/>.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    public const string TempMarker = ".partial-";

    public string TargetPath { get; }
    public string TempPath { get; }
    bool _done;

    public AtomicFile(string targetPath)
    {
        TargetPath = Path.GetFullPath(targetPath);
        Directory.CreateDirectory(Path.GetDirectoryName(TargetPath)!);
        TempPath = Path.Combine(Path.GetDirectoryName(TargetPath)!,
            Path.GetFileName(TargetPath) + TempMarker + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
    }

    /// <summary>Opens the temporary file for writing (truncating it).</summary>
    public FileStream OpenWrite() => new(TempPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);

    /// <summary>Moves the finished temporary file onto the target name (replacing any earlier one).</summary>
    public void Commit()
    {
        if (_done) return;
        File.Move(TempPath, TargetPath, overwrite: true);
        _done = true;
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        try { if (File.Exists(TempPath)) File.Delete(TempPath); } catch (IOException) { }
    }

    /// <summary>Writes a whole file atomically.</summary>
    public static void WriteAllText(string path, string text, System.Text.Encoding? encoding = null)
    {
        using var file = new AtomicFile(path);
        File.WriteAllText(file.TempPath, text, encoding ?? new System.Text.UTF8Encoding(false));
        file.Commit();
    }

    /// <summary>Copies a file atomically.</summary>
    public static void Copy(string source, string target)
    {
        using var file = new AtomicFile(target);
        File.Copy(source, file.TempPath, overwrite: true);
        file.Commit();
    }

    /// <summary>Deletes temporary files left in <paramref name="dir"/> (recursively) by runs that were killed.</summary>
    public static int SweepLeftovers(string dir)
    {
        if (!Directory.Exists(dir)) return 0;
        var n = 0;
        foreach (var f in Directory.EnumerateFiles(dir, "*" + TempMarker + "*", SearchOption.AllDirectories))
        {
            try { File.Delete(f); n++; } catch (IOException) { }
        }
        return n;
    }
}
