namespace Extractor.Tests.Formats;

/// <summary>Unique temporary file paths for tests that write their own inputs.</summary>
internal static class TempFiles
{
    static readonly string Folder = Path.Combine(Path.GetTempPath(), "extractor-format-tests-" + Environment.ProcessId);

    public static string Create(string extension)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, Guid.NewGuid().ToString("N") + extension);
    }
}
