using Extractor.Checks;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Checks;

/// <summary>The sum failures the real corpus publishes are judged published, with their evidence.</summary>
public class RealSumFailureDiagnosisTests
{
    static List<CheckFinding> SumErrors(string file) =>
        ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile(file)).Checks
            .Where(f => f.Rule is CheckRules.TreeSum or CheckRules.RowSum && f.Severity != Severity.Info).ToList();

    [SkippableFact]
    public void Hangzhou表5基本支出小计DisagreesWithItsPartsInPrint()
    {
        var errors = SumErrors("renwu_hangzhou_transport_2026_dept_budget.pdf").Where(f => f.Location.Contains("表5")).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, f => Assert.Equal(FindingCause.Published, f.Cause));
        Assert.Contains(errors, f => f.CauseEvidence!.Contains("recurs on"));
    }

    [SkippableFact]
    public void TheTamperedPutuoUnitBudgetIsPublishedThatWay()
    {
        var errors = SumErrors("sh_putuo_doccheck_unit_budget.pdf");
        Assert.NotEmpty(errors);
        Assert.All(errors, f => Assert.Equal(FindingCause.Published, f.Cause));
        Assert.Contains(errors, f => f.CauseEvidence!.Contains("rounded"));
    }
}
