using Extractor.Model;
using Extractor.Reports;

namespace Extractor.Tests.Government;

/// <summary>The corpus report's government section counts documents without level or phase and says why.</summary>
public class GovernmentReportTests
{
    [Fact]
    public void DocumentsWithoutPhaseAreCountedWithTheirReason()
    {
        var dated = new CorpusDocumentResult { File = "budget.pdf", Scope = Scope.Government, Phase = Phase.Budget,
            Government = new GovernmentReportEntry { Level = GovernmentLevel.City } };
        var debt = new CorpusDocumentResult { File = "debt.xlsx", Scope = Scope.Government, PhaseFrom = "none: debt limits and balances only",
            Government = new GovernmentReportEntry { Level = GovernmentLevel.City } };
        var text = GovernmentReport.Format(new[] { dated, debt });
        Assert.Contains("without level: 0; without phase: 1;", text);
        Assert.Contains("debt.xlsx\tlevel city\tphase ?", text);
        Assert.Contains("    phase none: debt limits and balances only", text);
        Assert.DoesNotContain("    phase none", text.Split("debt.xlsx")[0]);
    }
}
