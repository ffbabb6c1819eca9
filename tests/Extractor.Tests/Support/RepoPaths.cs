namespace Extractor.Tests.Support;

/// <summary>Locates the checkout, its corpus/, and ../shared (present in CI, absent in a user's fresh clone).</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();
    public static string Corpus => Path.Combine(Root, "corpus");
    public static string Seed => Path.Combine(Corpus, "jingdezhen-12345-hotline-2025-unit-budget.txt");
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
    public static string RealCorpus => Path.Combine(Shared, "corpus", "real");
    public static string Truth => Path.Combine(Shared, "corpus", "truth");
    public static string WideCorpus => Path.Combine(Shared, "corpus", "wide");
    public static string TestData => Path.Combine(Root, "tests", "Extractor.Tests", "TestData");

    /// <summary>Skips the calling test, with a message, where ../shared/corpus/real is absent.</summary>
    public static string RequireRealCorpus()
    {
        Skip.IfNot(Directory.Exists(RealCorpus), $"real corpus not found at {RealCorpus}: real-corpus tests are skipped (CI has ../shared beside the checkout)");
        return RealCorpus;
    }

    public static string RequireTruth()
    {
        Skip.IfNot(Directory.Exists(Truth), $"truth files not found at {Truth}: ground-truth tests are skipped");
        return Truth;
    }

    public static string RealFile(string name)
    {
        var path = Path.Combine(RequireRealCorpus(), name);
        Skip.IfNot(File.Exists(path), $"{name} not in the real corpus");
        return path;
    }

    /// <summary>A document of ../shared/corpus/wide (no truth); skips the calling test where it is absent.</summary>
    public static string WideFile(string name)
    {
        var path = Path.Combine(WideCorpus, name);
        Skip.IfNot(File.Exists(path), $"{name} not found in {WideCorpus}: wide-corpus tests are skipped");
        return path;
    }

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Extractor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Extractor.sln not found above " + AppContext.BaseDirectory);
    }
}
