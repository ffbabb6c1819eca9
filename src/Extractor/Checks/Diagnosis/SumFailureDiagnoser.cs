using Extractor.Model;

namespace Extractor.Checks.Diagnosis;

/// <summary>
/// Judges each failed tree or row sum: extraction when there is a sign we misread (that wins), published when the
/// document's own figures are read consistently and still disagree, otherwise undetermined with what was seen.
/// The judgement and its evidence go onto the finding; no number is changed.
/// </summary>
public static class SumFailureDiagnoser
{
    public static void Diagnose(BudgetDocument doc)
    {
        var failures = doc.Checks.Select(f => SumFailure.From(f, doc)).Where(f => f is not null).Select(f => f!).ToList();
        foreach (var f in failures)
        {
            var extraction = ExtractionEvidence.For(f, doc).Concat(GovernmentSumEvidence.Extraction(f, doc)).ToList();
            var published = extraction.Count == 0
                ? PublishedEvidence.For(f, doc, failures).Concat(GovernmentSumEvidence.Published(f, doc)).ToList()
                : new List<string>();
            (f.Finding.Cause, var evidence) = extraction.Count > 0 ? (FindingCause.Extraction, extraction)
                : published.Count > 0 ? (FindingCause.Published, published)
                : (FindingCause.Undetermined, Hints(f));
            f.Finding.CauseEvidence = evidence.Count > 0 ? string.Join("; ", evidence) : null;
        }
        GovernmentSumEvidence.JudgeWholes(doc);
        foreach (var f in doc.Checks.Where(f => CheckRules.SumRules.Contains(f.Rule) && f.Severity != Severity.Info && f.Cause is null))
            f.Cause = FindingCause.Undetermined;
    }

    /// <summary>What a reviewer should look at when nothing decided the cause.</summary>
    static List<string> Hints(SumFailure f)
    {
        var hints = new List<string> { $"gap {f.Money(f.Gap)}" };
        if (f.Pages.Count > 1) hints.Add($"the rows straddle pages {f.Pages[0]}–{f.Pages[^1]}: check the page break");
        if (f.Parts.FirstOrDefault(p => f.EqualsGap(p.Amount?.Value)) is { Amount: not null } part)
            hints.Add($"the part {f.Describe(part.Row)} {TableView.ColumnName(part.Amount!)} equals the gap");
        return hints;
    }
}
