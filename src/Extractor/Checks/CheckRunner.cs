using Extractor.Catalog;
using Extractor.Model;

namespace Extractor.Checks;

/// <summary>Runs every identity of DOMAIN.md section 6 over a document and records findings and tallies.</summary>
public static class CheckRunner
{
    /// <summary>Every check, in the order their findings are listed.</summary>
    public static IReadOnlyList<ICheck> All { get; } = new ICheck[]
    {
        new TocVsTablesCheck(), new HeaderYearCheck(), new TreeSumCheck(), new RowSumCheck(), new CrossTableTotalCheck(),
        new ProseVsTableCheck(), new ProseArithmeticCheck(), new StaffingCheck(), new GlossaryCodesCheck(), new PerformanceFundsCheck(),
        new CodeNameCheck(), new UnknownCodeCheck(),
        new ExtractionLossCheck(),
        new GovernmentRevenueCheck(), new BalanceCheck(), new PercentColumnCheck(), new RegionSumCheck(), new DebtCheck(), new GovernmentProseCheck(),
    };

    public static void Run(BudgetDocument doc) => Run(doc, CheckSettings.Default);

    /// <summary>Runs every check; the code checks compare with <paramref name="catalog"/> (default: the shipped one).</summary>
    public static void Run(BudgetDocument doc, CheckSettings settings, CodeCatalog? catalog = null)
    {
        var context = new CheckContext(doc, settings, catalog);
        foreach (var check in All)
        {
            try { check.Run(context); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A check that breaks on an odd document must not lose the document: say so and go on.
                doc.Issues.Add(new DocumentIssue(IssueCode.CheckFailed, $"check {check.Rule} failed: {e.GetType().Name}: {e.Message}"));
            }
        }
        doc.Checks.AddRange(context.Findings);
        try { Diagnosis.SumFailureDiagnoser.Diagnose(doc); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            doc.Issues.Add(new DocumentIssue(IssueCode.CheckFailed, $"diagnosing sum findings failed: {e.GetType().Name}: {e.Message}"));
        }
        FindingEvidence.Attach(doc);
        foreach (var rule in All.Select(c => c.Rule))
            doc.CheckTallies.Add(context.Tallies.FirstOrDefault(t => t.Rule == rule) ?? new CheckTally { Rule = rule });
    }
}
