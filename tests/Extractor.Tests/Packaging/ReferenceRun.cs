using Extractor.Tests.Support;

namespace Extractor.Tests.Packaging;

/// <summary>
/// One single-process extraction of the bundled corpus/ by the built CLI (what 'dotnet run' runs), shared by the
/// packaging and engine tests as the output every other way of running must reproduce.
/// </summary>
public static class ReferenceRun
{
    static readonly Lazy<string> Output = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "extractor-reference-" + Guid.NewGuid().ToString("N")[..10]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        ExternalProcess.Succeeds(ExternalProcess.Cli(new[] { "extract", RepoPaths.Corpus, "--out", dir, "--jobs", "1" }));
        return dir;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The output folder of 'extract corpus --jobs 1'.</summary>
    public static string Corpus => Output.Value;
}
