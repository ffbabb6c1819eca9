using System.Text.RegularExpressions;
using Extractor.Compare;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Tests.Batch;
using Extractor.Tests.Support;

namespace Extractor.Tests.Datasets;

/// <summary>
/// The dataset columns are declared once (Datasets/Datasets.cs). What names columns elsewhere (the README's lists, the
/// comparison's metric selection) is kept in step with that declaration here.
/// </summary>
public class DatasetSchemaTests
{
    static string[] Names(Dataset d) => d.Fields.Select(f => f.Name).ToArray();

    /// <summary>The backquoted, comma-separated column list the README gives after <paramref name="lead"/>.</summary>
    static string[] ReadmeColumns(string lead)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var m = Regex.Match(readme, Regex.Escape(lead) + @".*?`([a-z0-9_]+(?:, [a-z0-9_]+)+)`");
        Assert.True(m.Success, $"README.md has no column list after '{lead}'");
        return m.Groups[1].Value.Split(", ");
    }

    [Fact]
    public void TheReadmeListsTheLineItemsAndChecksColumnsAndTheSqliteTablesOfTheSchemaInOrder()
    {
        Assert.Equal(Names(Extractor.Datasets.Datasets.LineItems), ReadmeColumns("One row per printed amount"));
        Assert.Equal(Names(Extractor.Datasets.Datasets.Checks), ReadmeColumns("One row per finding:"));
        Assert.Equal(Extractor.Datasets.Datasets.All.Select(d => d.Table), ReadmeColumns("One table per dataset:"));
    }

    [Fact]
    public void EveryColumnTheComparisonReadsIsADocumentsColumnOfTheRightType()
    {
        var fields = Extractor.Datasets.Datasets.Documents.Fields.ToDictionary(f => f.Name);
        foreach (var metric in Comparison.MetricColumns)
            Assert.Contains(fields[metric].Type, new[] { FieldType.Decimal, FieldType.Integer });
        foreach (var count in Comparison.CompletenessColumns) Assert.Equal(FieldType.Integer, fields[count].Type);
        foreach (var text in Comparison.UnitColumns.Except(new[] { "fiscal_year" }).Append("missing_kinds").Append("metrics_from_narrative").Append("duplicate_of"))
            Assert.Equal(FieldType.String, fields[text].Type);
        var shares = Names(Extractor.Datasets.Datasets.FunctionShares);
        Assert.Contains("amount_yuan", shares);
        Assert.Contains("share", shares);
    }

    [Fact]
    public void TheComparisonReadBackFromAFolderEqualsTheOneTheBatchBuilt()
    {
        using var t = new TempFolder();
        Comparison built;
        using (var outputs = new DatasetOutputs(t.Path))
        {
            outputs.AddDocument(SampleDocuments.Unit("a.pdf", "甲单位", 259.10m, 200m, 59.10m, generalPublicServices: 200m), "a.pdf");
            // the same disclosure again (another format): counted once
            outputs.AddDocument(SampleDocuments.Unit("a.html", "甲单位", 259.10m, 200m, 59.10m, generalPublicServices: 200m), "a.html");
            outputs.AddDocument(SampleDocuments.Unit("b.pdf", "乙单位", 100m, 60m, 40m, generalPublicServices: 100m), "b.pdf");
            outputs.Complete();
            built = outputs.Comparison;
        }
        var read = ComparisonBuilder.Read(t.Path);

        Assert.Equal(new[] { "a.pdf", "b.pdf" }, built.Units.Select(u => u.Document));
        Assert.Equal(built.Classes, read.Classes);
        Assert.Equal(built.Units.Count, read.Units.Count);
        for (var i = 0; i < built.Units.Count; i++)
        {
            Assert.Equal(built.Units[i].Document, read.Units[i].Document);
            Assert.Equal(built.Units[i].Metrics, read.Units[i].Metrics);
            Assert.Equal(built.Units[i].Completeness, read.Units[i].Completeness);
            Assert.Equal(built.Units[i].Shares, read.Units[i].Shares);
            Assert.Equal(built.Units[i].FromNarrative, read.Units[i].FromNarrative);
        }
        // figures without trailing zeros, as comparison.csv spells them: 259.10 万元 is 2591000 yuan
        Assert.Equal("2591000", ValueText.Format(read.Units[0]["revenue_total_yuan"]));
    }

    [Fact]
    public void CompareOnAFolderWithoutRowsSaysWhatIsMissing()
    {
        using var t = new TempFolder();
        var e = Assert.Throws<FileNotFoundException>(() => ComparisonBuilder.Read(t.Path));
        Assert.Contains("documents.jsonl", e.Message);
    }
}
