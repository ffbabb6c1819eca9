using System.Text;
using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Reports;

/// <summary>A government-level document's figures for the corpus report (issue 11).</summary>
public sealed class GovernmentReportEntry
{
    public GovernmentLevel? Level { get; init; }
    public GovernmentCoverage? Coverage { get; init; }
    public string? LevelEvidence { get; init; }
    public int TablesWithAmounts { get; init; }
    public int TablesOfKind { get; init; }
    public int Amounts { get; init; }
    public int AmountsWithMeasure { get; init; }
    public int SumsPassed { get; init; }
    /// <summary>Tables with amounts left of kind other: what the family did not recognise, with its title as printed.</summary>
    public List<OtherGovernmentTable> OtherTables { get; } = new();
    /// <summary>Amounts under measure other by their column's printed label: the headers the family did not understand.</summary>
    public Dictionary<string, int> UnknownHeaders { get; } = new();
    /// <summary>Failed sums on coded revenue and expenditure trees and the government identities, with cause and evidence.</summary>
    public List<SumError> SumErrors { get; } = new();
}

/// <summary>A table of a government document left of kind other: its place, title and number as printed, its amounts.</summary>
public sealed record OtherGovernmentTable(int Index, int Page, string? Number, string? Title, int Amounts);

/// <summary>
/// The government section of the corpus report: per government document its level, coverage, tables with a kind,
/// amounts with a measure, and every failed tree, revenue and region sum with its judged cause and evidence.
/// </summary>
public static class GovernmentReport
{
    static readonly string[] SumRules = { CheckRules.TreeSum, CheckRules.GovernmentRevenue, CheckRules.RegionSum, CheckRules.Balance, CheckRules.Debt };

    public static GovernmentReportEntry? Entry(BudgetDocument doc)
    {
        if (doc.Metadata.Scope != Scope.Government) return null;
        var withAmounts = doc.Tables.Where(t => t.Rows.Any(r => r.Amounts.Any(a => a.Value is not null))).ToList();
        var amounts = doc.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Amounts).Where(a => a.Value is not null).ToList();
        var entry = new GovernmentReportEntry
        {
            Level = doc.Metadata.GovernmentLevel, Coverage = doc.Metadata.GovernmentCoverage, LevelEvidence = doc.Metadata.GovernmentLevelEvidence,
            TablesWithAmounts = withAmounts.Count, TablesOfKind = withAmounts.Count(t => t.Kind != TableKind.Other),
            Amounts = amounts.Count, AmountsWithMeasure = amounts.Count(a => a.Measure != Measure.Other),
            SumsPassed = doc.CheckTallies.Where(t => SumRules.Contains(t.Rule)).Sum(t => t.Passed + t.Rounding),
        };
        foreach (var t in withAmounts.Where(t => t.Kind == TableKind.Other))
            entry.OtherTables.Add(new OtherGovernmentTable(t.Index, t.FirstPage, t.Number, t.Title, t.Rows.Sum(r => r.Amounts.Count(a => a.Value is not null))));
        foreach (var a in amounts.Where(a => a.Measure == Measure.Other))
            entry.UnknownHeaders[a.ColumnLabel] = entry.UnknownHeaders.GetValueOrDefault(a.ColumnLabel) + 1;
        foreach (var f in doc.Checks.Where(f => SumRules.Contains(f.Rule) && f.Severity != Severity.Info))
            entry.SumErrors.Add(new SumError(f.Rule, f.Location, f.Expected, f.Actual, true, f.Cause ?? FindingCause.Undetermined, f.CauseEvidence));
        return entry;
    }

    public static string Format(IReadOnlyList<CorpusDocumentResult> results)
    {
        var gov = results.Where(r => r.Government is not null).ToList();
        if (gov.Count == 0) return "";
        var sb = new StringBuilder();
        int tables = gov.Sum(r => r.Government!.TablesWithAmounts), kinds = gov.Sum(r => r.Government!.TablesOfKind);
        int amounts = gov.Sum(r => r.Government!.Amounts), measured = gov.Sum(r => r.Government!.AmountsWithMeasure);
        sb.AppendLine($"government documents: {gov.Count}; without level: {gov.Count(r => r.Government!.Level is null)}; without phase: {gov.Count(r => r.Phase is null)}; " +
                      $"tables with amounts of a kind: {kinds}/{tables} = {100.0 * kinds / Math.Max(1, tables):0.0}%; " +
                      $"amounts with a measure: {measured}/{amounts} = {100.0 * measured / Math.Max(1, amounts):0.0}%");
        foreach (var r in gov)
        {
            var g = r.Government!;
            sb.AppendLine($"  {r.File}\tlevel {g.Level.Text() ?? "?"}\tphase {r.Phase.Text() ?? "?"}\tcoverage {g.Coverage.Text() ?? "both/unstated"}\tkinds {g.TablesOfKind}/{g.TablesWithAmounts}\tmeasures {g.AmountsWithMeasure}/{g.Amounts}\tsums ok {g.SumsPassed} failed {g.SumErrors.Count}");
            if (g.Level is null) sb.AppendLine($"    level {g.LevelEvidence ?? "unknown"}");
            if (r.Phase is null) sb.AppendLine($"    phase {r.PhaseFrom ?? "unknown"}");
            foreach (var t in g.OtherTables)
                sb.AppendLine($"    other: table {t.Index} p.{t.Page} {t.Number ?? "-"} \"{t.Title ?? "(no title read)"}\" ({t.Amounts} amounts)");
        }
        // the column headers no measure fits, most amounts first: a wording to learn, or a column that is no figure (利率, 期限)
        var unknown = gov.SelectMany(r => r.Government!.UnknownHeaders).GroupBy(h => h.Key)
            .Select(h => (Label: h.Key, Amounts: h.Sum(x => x.Value), Documents: h.Count()))
            .OrderByDescending(h => h.Amounts).ThenBy(h => h.Label, StringComparer.Ordinal).ToList();
        sb.AppendLine($"column headers of no measure in government documents: {unknown.Count} labels, {unknown.Sum(h => h.Amounts)} amounts:");
        foreach (var h in unknown)
            sb.AppendLine($"  \"{h.Label}\"\t{h.Amounts} amounts in {h.Documents} document(s)");
        // no scope at all because nothing could be read: the government family cannot tell whose document it is
        foreach (var r in results.Where(r => r.Scope is null && r.Pages > 0 && r.UnreadablePages >= r.Pages))
            sb.AppendLine($"  {r.File}\tno scope, no level: all {r.Pages} pages unreadable (see its issues), nothing left to read a government from");
        var errors = gov.SelectMany(r => r.Government!.SumErrors.Select(e => (r.File, Error: e))).ToList();
        var byCause = string.Join(", ", Canonical.All<FindingCause>()
            .Select(c => $"{c.Text()} {errors.Count(e => e.Error.Cause == c)}"));
        sb.AppendLine($"failed sums in government documents (tree, revenue, region, balance, debt): {errors.Count} ({byCause}):");
        foreach (var (file, e) in errors)
        {
            sb.AppendLine($"  {file}: {e}");
            sb.AppendLine($"    {e.Cause.Text()}{(e.Evidence is null ? "" : ": " + e.Evidence)}");
        }
        return sb.ToString();
    }
}
