using Extractor.Compare;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Tests.Batch;

namespace Extractor.Tests.Compare;

public class ComparisonTests
{
    [Fact]
    public void KeyFiguresComeFromTheGrandTotalRowsAndTheNarrative()
    {
        var doc = SampleDocuments.Unit("a.pdf", "热线中心", 259.10m, 200m, 59.10m, generalPublicServices: 200m);
        var m = MetricsCalculator.From(doc);

        Assert.Equal(2_591_000m, m.RevenueTotal);
        Assert.Equal(2_591_000m, m.ExpenditureTotal);
        Assert.Equal(2_000_000m, m.Basic);
        Assert.Equal(591_000m, m.Project);
        Assert.Equal(1_600_000m, m.Personnel);
        Assert.Equal(400_000m, m.Public);
        Assert.Equal((15_000m, 0m, 5_000m, 10_000m, 0m, 10_000m), (m.ThreePublic!.Value, m.Outbound!.Value, m.Reception!.Value, m.Vehicles!.Value, m.VehiclePurchase!.Value, m.VehicleOperation!.Value));
        Assert.Equal(126_800m, m.OperatingCosts);
        Assert.Equal(-11.20m, m.OperatingCostsChangePercent);
        Assert.Equal(-1_300_900m, m.RevenueChange);
        Assert.Equal(8, m.Staff);
        Assert.Equal(323_875m, m.CostPerStaff);
    }

    [Fact]
    public void FunctionSharesAreTheLevelOneRowsShareOfTheirSum()
    {
        var doc = SampleDocuments.Unit("a.pdf", "热线中心", 100m, 60m, 40m, generalPublicServices: 75m);
        var shares = MetricsCalculator.From(doc).FunctionShares;
        Assert.Equal(new[] { "201", "208" }, shares.Select(s => s.Code));
        Assert.Equal(0.75m, shares[0].Share);
        Assert.Equal(0.25m, shares[1].Share);
        Assert.Equal(750_000m, shares[0].AmountYuan);
        Assert.Equal("一般公共服务支出", shares[0].Name);
    }

    [Fact]
    public void AFigureNoTableGivesIsTakenFromTheNarrativeAndSaidSo()
    {
        var doc = SampleDocuments.Unit("a.pdf", "热线中心", 259.10m, 200m, 59.10m);
        doc.Tables.RemoveAll(t => t.Kind == TableKind.Revenue || t.Kind == TableKind.ThreePublic);
        var m = MetricsCalculator.From(doc);
        Assert.Equal(2_591_000m, m.RevenueTotal);          // the narrative's 收入预算总额
        Assert.Null(m.ThreePublic);                        // stated nowhere: stays null
        Assert.Equal(new[] { "revenue_total" }, m.FromNarrative);
        Assert.Empty(MetricsCalculator.From(SampleDocuments.Unit("b.pdf", "乙", 1m, 1m, 1m)).FromNarrative);
    }

    [Fact]
    public void WhatIsNotPrintedStaysNullNotZero()
    {
        var doc = new BudgetDocument { Document = "bare.txt", Format = "text" };
        var m = MetricsCalculator.From(doc);
        Assert.Null(m.RevenueTotal);
        Assert.Null(m.ThreePublic);
        Assert.Null(m.CostPerStaff);
        Assert.Empty(m.FunctionShares);
    }

    [Fact]
    public void CompareReadsTheRowsAndWritesUnitsByMetricsWithShareColumns()
    {
        using var t = new TempFolder();
        using (var outputs = new DatasetOutputs(t.Path))
        {
            outputs.AddDocument(SampleDocuments.Unit("a.pdf", "甲单位", 259.10m, 200m, 59.10m, generalPublicServices: 200m), "a.pdf");
            outputs.AddDocument(SampleDocuments.Unit("b.pdf", "乙单位", 100m, 60m, 40m, generalPublicServices: 100m), "b.pdf");
            outputs.Complete();
        }

        var comparison = ComparisonBuilder.Read(t.Path);
        Assert.Equal(new[] { "甲单位", "乙单位" }, comparison.Units.Select(u => u.UnitName));
        Assert.Equal(2_591_000m, comparison.Units[0]["revenue_total_yuan"]);
        Assert.Equal(323_875m, comparison.Units[0]["cost_per_staff_yuan"]);
        Assert.Equal(1m, comparison.Units[1].Shares["201"]);
        Assert.Equal(new[] { "201", "208" }, comparison.Classes.Keys);

        var csv = Path.Combine(t.Path, "cmp.csv");
        Assert.Equal(0, Cli.Commands.CompareCommand.Run(Path.Combine(t.Path, DatasetOutputs.DatabaseFileName), csv));
        var lines = File.ReadAllLines(csv, System.Text.Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        Assert.Equal("document", header[0]);
        Assert.Equal(new[] { "share_201", "share_208" }, header[^2..]);
        var first = lines[1].Split(',');
        Assert.Equal("2591000", first[Array.IndexOf(header, "revenue_total_yuan")]);
        Assert.Equal("126800", first[Array.IndexOf(header, "operating_costs_yuan")]);
        Assert.Equal("0.771903", first[Array.IndexOf(header, "share_201")]);
    }
}
