using System.Globalization;
using Extractor.Catalog;
using Extractor.Model;

namespace Extractor.Checks;

/// <summary>What a check works with: the document, the settings, and the findings and tallies it records.</summary>
public sealed class CheckContext
{
    readonly Dictionary<string, CheckTally> _tallies = new();

    public CheckContext(BudgetDocument document, CheckSettings? settings = null, CodeCatalog? catalog = null)
    {
        Document = document;
        Settings = settings ?? CheckSettings.Default;
        Catalog = catalog ?? CodeCatalog.Default;
    }

    /// <summary>The subject-code catalog the code checks compare with.</summary>
    public CodeCatalog Catalog { get; }

    public BudgetDocument Document { get; }
    public CheckSettings Settings { get; }
    public List<CheckFinding> Findings { get; } = new();
    public IEnumerable<CheckTally> Tallies => _tallies.Values;

    public CheckTally Tally(string rule)
    {
        if (!_tallies.TryGetValue(rule, out var t)) _tallies[rule] = t = new CheckTally { Rule = rule };
        return t;
    }

    public void Pass(string rule) => Tally(rule).Passed++;

    /// <summary>Records a failed identity (error or warning; info counts as rounding).</summary>
    public void Fail(CheckFinding finding)
    {
        if (finding.Severity == Severity.Info) Tally(finding.Rule).Rounding++;
        else Tally(finding.Rule).Failed++;
        Findings.Add(finding);
    }

    /// <summary>The rounding allowance for a sum of <paramref name="parts"/> parts, in the printed unit.</summary>
    public decimal Tolerance(int parts) => Settings.RoundingPerChild * Math.Max(1, parts);

    /// <summary>
    /// The rounding allowance for a sum of parts, from how precisely the amounts were printed: one unit of the last
    /// printed digit per part (whole 元 tables: 1 per part), never less than <see cref="CheckSettings.RoundingPerChild"/>.
    /// </summary>
    public decimal Tolerance(int parts, IEnumerable<decimal?> printed)
    {
        var scale = NumberParser.FinestScale(printed) ?? 2;
        var lastDigit = scale >= 10 ? 0m : NumberParser.DigitAt(scale);
        return Math.Max(Settings.RoundingPerChild, lastDigit) * Math.Max(1, parts);
    }

    /// <summary>
    /// Compares expected with actual: equal passes; a difference within <paramref name="tolerance"/> is rounding (info);
    /// anything more is a finding of <paramref name="severity"/>. The finding is built only when needed.
    /// </summary>
    public void Compare(string rule, decimal expected, decimal actual, decimal tolerance, Func<CheckFinding> finding,
        Severity severity = Severity.Error)
    {
        var diff = Math.Abs(expected - actual);
        if (diff == 0) { Pass(rule); return; }
        var f = finding();
        f.Rule = rule;
        f.Severity = diff <= tolerance ? Severity.Info : severity;
        if (f.Severity == Severity.Info) f.Message = "Rounding: " + f.Message;
        Fail(f);
    }

    /// <summary>A number as an analyst reads it (no trailing zeros beyond the printed scale).</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal value, string? unit) => string.IsNullOrEmpty(unit) ? Format(value) : $"{Format(value)} {unit}";
}
