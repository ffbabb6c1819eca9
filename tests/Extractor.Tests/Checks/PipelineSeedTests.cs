using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Narrative;
using Extractor.Tests.Performance;
using Extractor.Tests.Support;

namespace Extractor.Tests.Checks;

/// <summary>The seed through the real pipeline (text source, recogniser, normalizer): narrative, targets and findings.</summary>
public class PipelineSeedTests
{
    static BudgetDocument Processed()
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.Seed);
        Assert.True(doc.Tables.Count > 0, "the pipeline produced no tables from the seed");
        return doc;
    }

    [Fact]
    public void EveryNarrativeFactOfTheSeedComesThroughThePipeline()
    {
        var doc = Processed();
        var got = doc.Narrative.Facts.Select(f => (f.Section!, f.Subject, f.Label!, f.Code, f.Amount!.Value, f.Unit!, f.Change, f.Direction, f.PriorYear, f.Provenance.Line!.Value)).ToList();
        Assert.Equal(SeedNarrativeTests.ExpectedFacts, got);
        Assert.Equal(8, doc.Narrative.Staffing!.Authorized);
        Assert.Equal(19, doc.Narrative.Sections.Count);
    }

    [Fact]
    public void ThePerformanceTableComesThroughThePipeline()
    {
        var doc = Processed();
        var target = Assert.Single(doc.PerformanceTargets);
        Assert.Equal(("166", 118m, 0m), (target.DepartmentCode, target.FundsTotal!.Value, target.FundsAppropriation!.Value));
        Assert.Equal(SeedPerformanceTests.Expected.Select(e => (e.L1, e.L2, e.L3, e.Cmp, e.Value, e.Unit)),
            target.Indicators.Select(i => (i.Level1!, i.Level2!, i.Level3!, i.Comparator!, i.Value!.Value, i.Unit!)));
        Assert.Equal(TableKind.PerformanceTargets, doc.Tables.Single(t => t.Index == target.TableIndex).Kind);
    }

    [Fact]
    public void TheSeedReportsExactlyItsKnownInconsistencies()
    {
        var doc = Processed();
        var got = doc.Checks.Select(c => $"{c.Rule} {c.Severity.Text()} {c.TableKind.Text()}").ToList();
        var expected = new[]
        {
            "toc-vs-tables warning summary", "toc-vs-tables warning appropriation-summary",
            "header-year warning government-fund-expenditure", "header-year warning state-capital-expenditure",
            "prose-arithmetic info ", "prose-arithmetic error ",
            "glossary-codes warning revenue",
            "performance-funds error performance-targets", "performance-funds error performance-targets",
        };
        Assert.Equal(expected.Select(e => e.TrimEnd()), got.Select(g => g.TrimEnd()));
        Assert.DoesNotContain(doc.Issues, i => i.Code == IssueCode.CheckFailed);
        Assert.True(doc.CheckTallies.Single(t => t.Rule == "tree-sum").Passed > 50);
        Assert.True(doc.CheckTallies.Single(t => t.Rule == "prose-vs-table").Passed >= 30);
    }
}
