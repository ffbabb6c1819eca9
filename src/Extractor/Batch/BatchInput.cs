using Extractor.Sources;

namespace Extractor.Batch;

/// <summary>One input file: its full path and its path relative to the folder it was found in (its stable identity).</summary>
public sealed record BatchInput(string FullPath, string RelativePath)
{
    public string FileName => Path.GetFileName(FullPath);
}

/// <summary>Files and folders given on the command line, expanded into a deterministic list of inputs.</summary>
public static class InputCollector
{
    /// <summary>
    /// Expands files and folders (recursively, files with <see cref="FormatSniffer.KnownExtensions"/>), skipping anything
    /// under <paramref name="excludeDir"/> (the output folder). Sorted by relative path (ordinal), then full path; a file
    /// reached twice is taken once. Paths that do not exist are returned in <paramref name="missing"/>.
    /// </summary>
    public static List<BatchInput> Collect(IEnumerable<string> paths, string? excludeDir, out List<string> missing)
    {
        missing = new List<string>();
        var exclude = excludeDir == null ? null : Path.GetFullPath(excludeDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inputs = new List<BatchInput>();
        foreach (var arg in paths)
        {
            var full = Path.GetFullPath(arg);
            if (File.Exists(full))
            {
                if (seen.Add(full)) inputs.Add(new BatchInput(full, Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                var files = Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System });
                foreach (var f in files)
                {
                    if (!FormatSniffer.KnownExtensions.Contains(Path.GetExtension(f))) continue;
                    if (exclude != null && f.StartsWith(exclude, StringComparison.Ordinal)) continue;
                    if (Path.GetFileName(f).Contains(Writers.AtomicFile.TempMarker)) continue;
                    if (seen.Add(f)) inputs.Add(new BatchInput(f, Path.GetRelativePath(full, f).Replace(Path.DirectorySeparatorChar, '/')));
                }
            }
            else missing.Add(arg);
        }
        inputs.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.RelativePath, b.RelativePath);
            return c != 0 ? c : string.CompareOrdinal(a.FullPath, b.FullPath);
        });
        return inputs;
    }
}
