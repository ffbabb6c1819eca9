using Extractor.Model;

namespace Extractor.Checks;

/// <summary>Runs every identity of DOMAIN.md section 6 over a document and records findings and tallies.</summary>
public static class CheckRunner
{
    public static void Run(BudgetDocument doc) { }
}
