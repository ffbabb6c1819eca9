using System.Diagnostics;

namespace Extractor.Sources.Word;

/// <summary>
/// Converts a legacy binary document with LibreOffice (soffice --headless --convert-to). Each conversion runs with its
/// own throw-away profile so parallel runs do not collide, and is killed when it exceeds the timeout.
/// </summary>
public static class LibreOfficeConverter
{
    /// <summary>Longest a conversion may run (a 180-page .doc takes about half a minute on a slow machine).</summary>
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(240);

    /// <summary>The soffice executable: EXTRACTOR_SOFFICE if set, else soffice or libreoffice on PATH, or null.</summary>
    public static string? FindSoffice() =>
        FindSoffice(Environment.GetEnvironmentVariable("EXTRACTOR_SOFFICE"), Environment.GetEnvironmentVariable("PATH"));

    internal static string? FindSoffice(string? configured, string? searchPath)
    {
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(configured)) return configured;
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : new[] { "soffice", "libreoffice" };
        foreach (var dir in (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>Converts <paramref name="path"/> to <paramref name="targetExtension"/> in <paramref name="outDir"/>; returns the new file.</summary>
    public static string Convert(string soffice, string path, string targetExtension, string outDir, CancellationToken cancel)
    {
        var profile = Path.Combine(Path.GetTempPath(), "extractor-lo-profile-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore",
                     "--convert-to", targetExtension, "--outdir", outDir, path })
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start) ?? throw new BadInputException("could not start LibreOffice (soffice)");
            var stdout = process.StandardOutput.ReadToEndAsync(cancel);
            var stderr = process.StandardError.ReadToEndAsync(cancel);
            var deadline = DateTime.UtcNow + Timeout;
            while (!process.WaitForExit(200))
            {
                if (cancel.IsCancellationRequested || DateTime.UtcNow > deadline)
                {
                    try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                    cancel.ThrowIfCancellationRequested();
                    throw new BadInputException($"LibreOffice did not finish converting within {Timeout.TotalSeconds:0} s");
                }
            }
            var result = Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + "." + targetExtension);
            if (process.ExitCode != 0 || !File.Exists(result))
            {
                var said = string.Join(" ", new[] { stderr, stdout }.Where(t => t.IsCompletedSuccessfully)
                    .SelectMany(t => t.Result.Split('\n')).Select(l => l.Trim())
                    .Where(l => l.Length > 0 && !l.Contains("javaldx") && !l.StartsWith("convert ")));
                throw new BadInputException("LibreOffice could not convert the file: it is damaged or not a Word document" +
                    (said.Length > 0 ? $" ({said})" : "") + (process.ExitCode != 0 ? $", exit code {process.ExitCode}" : ""));
            }
            return result;
        }
        finally
        {
            try { if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
