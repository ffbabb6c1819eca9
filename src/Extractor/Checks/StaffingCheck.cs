using Extractor.Model;

namespace Extractor.Checks;

/// <summary>编制 = Σ categories; 实有 = 在职 + 离休 + 退休; 在职 = Σ categories.</summary>
public sealed class StaffingCheck : ICheck
{
    public string Rule => CheckRules.Staffing;

    public void Run(CheckContext context)
    {
        if (context.Document.Narrative.Staffing is not { } s) return;
        if (s.Authorized is { } authorized && s.AuthorizedByCategory.Count > 0)
            Check(context, s, OutputText.AuthorizedStaff, authorized, s.AuthorizedByCategory.Values.Sum(), "the sum of its categories");
        if (s.Actual is { } actual && s.InService is { } inService)
            Check(context, s, OutputText.ActualStaff, actual, inService + (s.RetiredCadres ?? 0) + (s.Retired ?? 0), $"{OutputText.InService} + {OutputText.RetiredCadres} + {OutputText.Retired}");
        if (s.InService is { } serving && s.InServiceByCategory.Count > 0)
            Check(context, s, OutputText.InServiceStaff, serving, s.InServiceByCategory.Values.Sum(), "the sum of its categories");
    }

    static void Check(CheckContext context, Staffing s, string what, int stated, int sum, string parts) =>
        context.Compare(CheckRules.Staffing, sum, stated, 0m, () => new CheckFinding
        {
            Location = $"staffing sentence (line {s.Provenance.Line}): {what}",
            Expected = sum.ToString(), Actual = stated.ToString(),
            Message = $"{what} is stated as {stated} but {parts} is {sum}",
            Provenance = s.Provenance,
        });
}
