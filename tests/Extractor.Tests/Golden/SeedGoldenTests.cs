using System.Text;
using Extractor.Datasets;
using Extractor.Tests.Normalization;
using Extractor.Tests.Support;

namespace Extractor.Tests.Golden;

/// <summary>
/// The seed's line items against the hand-reviewed golden file (see README.md beside it). Regenerate only on purpose:
/// EXTRACTOR_REGENERATE_GOLDEN=1 dotnet test --filter SeedGolden, then review the diff line by line.
/// </summary>
public class SeedGoldenTests
{
    static string GoldenPath => Path.Combine(RepoPaths.Root, "tests", "Extractor.Tests", "Golden", "seed.line-items.tsv");

    [Fact]
    public void SeedGoldenLineItemsMatchTheReviewedFile()
    {
        var actual = LineItemTsv.Format(Projections.LineItems(SeedTables.Document()));
        if (Environment.GetEnvironmentVariable("EXTRACTOR_REGENERATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(GoldenPath), $"golden file missing: {GoldenPath}");
        var expected = File.ReadAllText(GoldenPath).Replace("\r\n", "\n");
        var diff = Diff(expected, actual);
        Assert.True(diff.Length == 0, "line items differ from the golden file (- expected, + actual):\n" + diff);
    }

    /// <summary>The same golden file through the real pipeline (text source + recognition): identical line for line.
    /// Never skipped: the seed is in the checkout, so a regression to zero tables fails here.</summary>
    [Fact]
    public void SeedThroughThePipelineGivesTheGoldenLineItems()
    {
        var doc = Extractor.Pipeline.ExtractionPipeline.CreateDefault().Process(RepoPaths.Seed);
        Assert.NotEmpty(doc.Tables);
        var actual = LineItemTsv.Format(Projections.LineItems(doc));
        var diff = Diff(File.ReadAllText(GoldenPath).Replace("\r\n", "\n"), actual);
        Assert.True(diff.Length == 0, "pipeline line items differ from the golden file (- expected, + actual):\n" + diff);
    }

    static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var sb = new StringBuilder();
        var onlyExpected = e.Except(a).ToList();
        var onlyActual = a.Except(e).ToList();
        foreach (var l in onlyExpected.Take(40)) sb.AppendLine("- " + l);
        foreach (var l in onlyActual.Take(40)) sb.AppendLine("+ " + l);
        if (sb.Length == 0 && !e.SequenceEqual(a)) sb.AppendLine("same lines, different order or count");
        return sb.ToString();
    }
}
