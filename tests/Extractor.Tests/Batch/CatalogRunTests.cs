using Extractor.Batch;
using Extractor.Catalog;
using Extractor.Tests.Support;

namespace Extractor.Tests.Batch;

/// <summary>catalog build reads its files through the one batch loop: each file isolated, a bad or missing one
/// reported and counted, the rest used.</summary>
public class CatalogRunTests
{
    [Fact]
    public void EveryReadableFileFeedsTheCatalogAndEachFailureIsReportedAndCounted()
    {
        using var t = new TempFolder();
        var seed = t.File("in/seed.txt", File.ReadAllText(RepoPaths.Seed));
        var bad = t.File("in/broken.pdf", "not a pdf at all");
        var log = new List<string>();
        var (builder, failed) = CatalogRun.BuildAsync(new[] { t.Sub("in"), t.Sub("nowhere") }, new BatchOptions { Jobs = 2 }, log.Add)
            .GetAwaiter().GetResult();

        Assert.Equal(2, failed); // the broken file and the missing path
        Assert.Equal(new[] { seed }, builder.Files);
        Assert.Contains(log, l => l.StartsWith("failed " + bad + ": "));
        Assert.Contains(log, l => l == "ok " + seed);
        Assert.Contains(log, l => l.Contains("nowhere") && l.EndsWith("no such file or folder"));

        // the same codes as the document read on its own
        var alone = new CatalogBuilder();
        alone.Add(Extractor.Pipeline.ExtractionPipeline.CreateDefault().Process(RepoPaths.Seed));
        Assert.NotEmpty(alone.Build().Entries);
        Assert.Equal(alone.Build().Entries.Select(e => e.Code), builder.Build().Entries.Select(e => e.Code));
    }
}
