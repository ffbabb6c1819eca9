using Extractor.Sources;

namespace Extractor.Batch;

/// <summary>
/// One input file: its full path and its identity in the batch, the path relative to the folder it was found in
/// (a file given by itself: its file name). The identity is unique within a batch: it is the <c>document</c> key of
/// every dataset and the name of its JSON.
/// </summary>
public sealed record BatchInput(string FullPath, string RelativePath)
{
    public string FileName => Path.GetFileName(FullPath);
}

/// <summary>What the input arguments expanded to.</summary>
public sealed record InputCollection(List<BatchInput> Inputs, List<string> Missing, List<string> Notes);

/// <summary>Files and folders given on the command line, expanded into a deterministic list of inputs.</summary>
public static class InputCollector
{
    /// <summary>Symbolic links followed in a row before a path is declared unresolvable (the kernel's own limit).</summary>
    const int MaxLinkHops = 40;

    /// <inheritdoc cref="Collect(IEnumerable{string}, string?)"/>
    public static List<BatchInput> Collect(IEnumerable<string> paths, string? excludeDir, out List<string> missing)
    {
        var c = Collect(paths, excludeDir);
        missing = c.Missing;
        return c.Inputs;
    }

    /// <summary>
    /// Expands files and folders (recursively, files with <see cref="FormatSniffer.KnownExtensions"/>), skipping hidden
    /// entries and anything under <paramref name="excludeDir"/> (the output folder). Folders and files are identified
    /// by their real path (symbolic links resolved): each file is taken once, a folder reached twice is read once, and a
    /// link back to a folder being read (a directory cycle) is never followed and is reported in Notes. Sorted by
    /// relative path (ordinal). Two inputs with the same relative path (the same name given from two roots) are told
    /// apart by their root folder's name, then by ~2, ~3. Paths that do not exist are returned in Missing.
    /// </summary>
    public static InputCollection Collect(IEnumerable<string> paths, string? excludeDir)
    {
        var missing = new List<string>();
        var notes = new List<string>();
        var exclude = excludeDir == null ? null : WithSlash(RealPath(Path.GetFullPath(excludeDir)));
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var seenDirs = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(string Full, string Relative, string Root)>();
        foreach (var arg in paths)
        {
            var full = Path.GetFullPath(arg);
            if (File.Exists(full))
            {
                if (seenFiles.Add(RealPath(full))) found.Add((full, Path.GetFileName(full), ""));
            }
            else if (Directory.Exists(full))
            {
                var real = RealPath(full);
                if (!seenDirs.Add(real)) continue;
                var ancestors = new List<string> { real };
                Walk(full, "", real, ancestors);
            }
            else missing.Add(arg);

            void Walk(string dir, string relative, string realDir, List<string> stack)
            {
                IEnumerable<FileSystemInfo> entries;
                try
                {
                    entries = new DirectoryInfo(dir).EnumerateFileSystemInfos("*", new EnumerationOptions
                    {
                        RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                    }).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    notes.Add($"{Shown(relative, full)}: folder not readable ({e.Message}); skipped");
                    return;
                }
                foreach (var entry in entries)
                {
                    var rel = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                    var entryPath = Path.Combine(dir, entry.Name);
                    string real;
                    try { real = entry.LinkTarget != null ? RealPath(entryPath) : Path.Combine(realDir, entry.Name); }
                    catch (IOException e)
                    {
                        notes.Add($"{Shown(rel, full)}: {e.Message}; skipped");
                        continue;
                    }
                    if (Directory.Exists(real))
                    {
                        if (exclude != null && WithSlash(real).StartsWith(exclude, StringComparison.Ordinal)) continue;
                        // A link to a folder being read or to one of its ancestors leads back into itself.
                        if (stack.Any(s => s == real || s.StartsWith(WithSlash(real), StringComparison.Ordinal)))
                        {
                            notes.Add($"{Shown(rel, full)}: directory cycle (a link back to {Shown(RelativeTo(real, stack[0]), full)}); not followed");
                            continue;
                        }
                        if (!seenDirs.Add(real)) continue; // the same folder reached by a second path is read once
                        stack.Add(real);
                        Walk(entryPath, rel, real, stack);
                        stack.RemoveAt(stack.Count - 1);
                    }
                    else if (File.Exists(real))
                    {
                        if (!FormatSniffer.KnownExtensions.Contains(Path.GetExtension(entry.Name))) continue;
                        if (entry.Name.Contains(Datasets.AtomicFile.TempMarker)) continue;
                        if (exclude != null && real.StartsWith(exclude, StringComparison.Ordinal)) continue;
                        if (seenFiles.Add(real)) found.Add((entryPath, rel, Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))));
                    }
                    else if (entry.LinkTarget != null) notes.Add($"{Shown(rel, full)}: broken link to {entry.LinkTarget}; skipped");
                }
            }
        }

        // Identities unique within the batch: a clash between roots takes the root folder's name, then a counter.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var clashing = found.GroupBy(f => f.Relative, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var inputs = new List<BatchInput>();
        foreach (var (fullPath, relative, root) in found)
        {
            var id = clashing.Contains(relative) && root.Length > 0 ? root + "/" + relative : relative;
            var unique = id;
            for (var i = 2; !taken.Add(unique); i++) unique = id + "~" + i;
            inputs.Add(new BatchInput(fullPath, unique));
        }
        inputs.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.RelativePath, b.RelativePath);
            return c != 0 ? c : string.CompareOrdinal(a.FullPath, b.FullPath);
        });
        return new InputCollection(inputs, missing, notes);
    }

    static string Shown(string relative, string root) => relative.Length == 0 ? root : relative;

    static string RelativeTo(string real, string root) =>
        real == root ? "." : Path.GetRelativePath(root, real).Replace(Path.DirectorySeparatorChar, '/');

    static string WithSlash(string p) => p.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>
    /// The path with every symbolic link along it resolved (like realpath(3)), so two spellings of one file or folder
    /// compare equal. Throws <see cref="IOException"/> for a chain of links that does not end.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        var hops = 0;
        var queue = new Queue<string>(parts);
        while (queue.Count > 0)
        {
            var name = queue.Dequeue();
            var next = Path.Combine(current, name);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            var target = info.Exists || info.LinkTarget != null ? info.LinkTarget : null;
            if (target == null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) throw new IOException($"too many levels of symbolic links at {next}");
            // Resolve the link's target relative to the folder holding the link, then go on with the rest of the path.
            var resolved = Path.GetFullPath(target, current);
            var rest = queue.ToList();
            var troot = Path.GetPathRoot(resolved) ?? "/";
            current = troot;
            queue = new Queue<string>(resolved[troot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
        }
        return current;
    }
}
