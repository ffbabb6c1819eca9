using System.Diagnostics;
using System.Text;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Raw;
using Extractor.Sources;

namespace Extractor.Reports;

/// <summary>One document's line in the corpus report.</summary>
public sealed class CorpusDocumentResult
{
    public required string File { get; init; }
    public string? Format { get; set; }
    public int Pages { get; set; }
    public string? Title { get; set; }
    public string? Phase { get; set; }
    public string? Scope { get; set; }
    /// <summary>A department or unit budget or final account (from recognised metadata), whose core tables are counted.</summary>
    public bool InScope { get; set; }
    public Dictionary<string, int> TablesByKind { get; } = new();
    public int Rows { get; set; }
    public int ChecksPassed { get; set; }
    public int ChecksFailed { get; set; }
    public int UnreadablePages { get; set; }
    public int OcrPages { get; set; }
    public List<string> CoreExpected { get; } = new();
    public List<string> CoreFound { get; } = new();
    /// <summary>In scope, but the file holds no table at all (narrative published apart from its tables, or tables as images).</summary>
    public bool NarrativeOnly { get; set; }
    /// <summary>tree-sum and row-sum findings of severity error or warning, each with its judged cause.</summary>
    public List<SumError> SumErrors { get; } = new();
    public IEnumerable<SumError> CoreSumErrors => SumErrors.Where(e => e.OnCoreTable);
    /// <summary>tree-sum and row-sum evaluations on the document (passed, failed).</summary>
    public int SumsPassed { get; set; }
    public int SumsFailed { get; set; }
    public string? Failure { get; set; }
    public double Seconds { get; set; }
    /// <summary>Scope government: the family's figures (GovernmentReport).</summary>
    public GovernmentReportEntry? Government { get; set; }
}

/// <summary>A failed tree or row sum as the report lists it.</summary>
public sealed record SumError(string Rule, string Location, string? Expected, string? Actual, bool OnCoreTable, string Cause, string? Evidence)
{
    public override string ToString() => $"{Rule} {Location}: expected {Expected}, printed {Actual}";
}

/// <summary>
/// Runs the whole pipeline over a folder, one document at a time, and summarises per document: tables by kind,
/// rows, checks, unreadable pages, failures, and the share of core tables found in department/unit documents.
/// </summary>
public static class CorpusReport
{
    /// <summary>Words in a recognised title that mark a document as a template or a checklist, not a budget.</summary>
    public static readonly string[] NotABudgetTitleWords = { "模板", "检查表", "XX", "××" };

    public static List<CorpusDocumentResult> Run(string folder, Action<CorpusDocumentResult>? progress = null, CancellationToken cancel = default)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var results = new List<CorpusDocumentResult>();
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => FormatSniffer.KnownExtensions.Contains(Path.GetExtension(f)))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancel.ThrowIfCancellationRequested();
            var result = new CorpusDocumentResult { File = Path.GetFileName(file) };
            var sw = Stopwatch.StartNew();
            try { Fill(result, pipeline.Process(file, cancel)); }
            catch (BadInputException e) { result.Failure = e.Message; }
            catch (Exception e) when (e is not OperationCanceledException) { result.Failure = $"internal error: {e.GetType().Name}: {e.Message}"; }
            result.Seconds = sw.Elapsed.TotalSeconds;
            results.Add(result);
            progress?.Invoke(result);
        }
        return results;
    }

    static void Fill(CorpusDocumentResult r, BudgetDocument doc)
    {
        r.Format = doc.Format;
        r.Pages = doc.PageCount;
        r.Title = doc.Metadata.Title;
        r.Phase = doc.Metadata.Phase;
        r.Scope = doc.Metadata.Scope;
        r.InScope = doc.Metadata.Scope is Scope.Department or Scope.Unit
                    && doc.Metadata.Phase is not null
                    && !NotABudgetTitleWords.Any(w => (doc.Metadata.Title ?? "").Contains(w) || (doc.Metadata.UnitName ?? "").Contains(w));
        foreach (var t in doc.Tables) r.TablesByKind[t.Kind] = r.TablesByKind.GetValueOrDefault(t.Kind) + 1;
        r.Rows = doc.Tables.Sum(t => t.Rows.Count);
        r.ChecksPassed = doc.CheckTallies.Sum(t => t.Passed);
        r.ChecksFailed = doc.CheckTallies.Sum(t => t.Failed);
        r.UnreadablePages = doc.Issues.Count(i => i.Code == SourceIssue.Unreadable);
        r.OcrPages = doc.Issues.Count(i => i.Code == SourceIssue.NeedsOcr);
        var sumRules = new[] { "tree-sum", "row-sum" };
        r.SumsPassed = doc.CheckTallies.Where(t => sumRules.Contains(t.Rule)).Sum(t => t.Passed + t.Rounding);
        r.SumsFailed = doc.CheckTallies.Where(t => sumRules.Contains(t.Rule)).Sum(t => t.Failed);
        foreach (var f in doc.Checks.Where(f => sumRules.Contains(f.Rule) && f.Severity != Severity.Info))
            r.SumErrors.Add(new SumError(f.Rule, f.Location, f.Expected, f.Actual, f.TableKind != null && TableKind.Core.Contains(f.TableKind),
                f.Cause ?? FindingCause.Undetermined, f.CauseEvidence));
        r.Government = GovernmentReport.Entry(doc);
        r.NarrativeOnly = r.InScope && doc.Tables.Count == 0;
        if (r.InScope && !r.NarrativeOnly)
        {
            var expected = doc.Completeness.Expected.Select(e => e.Kind).Where(TableKind.Core.Contains).Distinct().ToList();
            if (expected.Count == 0) expected = TableKind.Core.ToList();
            r.CoreExpected.AddRange(expected);
            r.CoreFound.AddRange(expected.Where(k => doc.Tables.Any(t => t.Kind == k)));
        }
    }

    /// <summary>The report as aligned text: one line per document, then totals.</summary>
    public static string Format(IReadOnlyList<CorpusDocumentResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("file\tformat\tpages\tphase/scope\ttables by kind\trows\tchecks ok/failed\tsums ok/failed\tunreadable\tocr\tcore found\tseconds\tfailure");
        foreach (var r in results)
        {
            var kinds = string.Join(" ", r.TablesByKind.OrderBy(k => k.Key).Select(k => $"{k.Key}:{k.Value}"));
            var core = r.NarrativeOnly ? "no tables" : r.InScope ? $"{r.CoreFound.Count}/{r.CoreExpected.Count}" : "-";
            sb.AppendLine($"{r.File}\t{r.Format}\t{r.Pages}\t{r.Phase ?? "?"}/{r.Scope ?? "?"}\t{kinds}\t{r.Rows}\t{r.ChecksPassed}/{r.ChecksFailed}\t{r.SumsPassed}/{r.SumsFailed}\t{r.UnreadablePages}\t{r.OcrPages}\t{core}\t{r.Seconds:0.00}\t{r.Failure}");
        }
        var ok = results.Where(r => r.Failure == null).ToList();
        var inScope = results.Where(r => r.InScope && !r.NarrativeOnly).ToList();
        int expected = inScope.Sum(r => r.CoreExpected.Count), found = inScope.Sum(r => r.CoreFound.Count);
        sb.AppendLine();
        sb.AppendLine($"documents: {results.Count} ({ok.Count} processed, {results.Count - ok.Count} refused); pages: {ok.Sum(r => r.Pages)}; " +
                      $"tables: {ok.Sum(r => r.TablesByKind.Values.Sum())}; rows: {ok.Sum(r => r.Rows)}; checks passed {ok.Sum(r => r.ChecksPassed)}, failed {ok.Sum(r => r.ChecksFailed)}; " +
                      $"unreadable pages {ok.Sum(r => r.UnreadablePages)}, pages needing OCR {ok.Sum(r => r.OcrPages)}");
        var byKind = ok.SelectMany(r => r.TablesByKind).GroupBy(k => k.Key).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Sum(x => x.Value)}");
        sb.AppendLine($"tables by kind: {string.Join(" ", byKind)}");
        sb.AppendLine(inScope.Count == 0
            ? "core tables: no department/unit budget or final account recognised (recognition may not be built yet)"
            : $"core tables found in {inScope.Count} department/unit budgets and final accounts: {found}/{expected} = {100.0 * found / Math.Max(1, expected):0.0}%");
        foreach (var r in results.Where(r => r.NarrativeOnly))
            sb.AppendLine($"no tables (narrative only, or tables printed as images; not counted): {r.File}");
        foreach (var r in inScope.Where(r => r.CoreFound.Count < r.CoreExpected.Count))
            sb.AppendLine($"core tables not found: {r.File}: {string.Join(", ", r.CoreExpected.Except(r.CoreFound))}");
        var errors = inScope.SelectMany(r => r.SumErrors.Select(e => (r.File, Error: e))).ToList();
        sb.AppendLine($"tree and row sums in those documents: passed {inScope.Sum(r => r.SumsPassed)}, failed {inScope.Sum(r => r.SumsFailed)}");
        foreach (var (heading, core) in new[] { ("on core tables", true), ("on other tables", false) })
        {
            var list = errors.Where(e => e.Error.OnCoreTable == core).ToList();
            var byCause = string.Join(", ", new[] { FindingCause.Published, FindingCause.Extraction, FindingCause.Undetermined }
                .Select(c => $"{c} {list.Count(e => e.Error.Cause == c)}"));
            sb.AppendLine($"failed sums {heading}: {list.Count} in {list.Select(e => e.File).Distinct().Count()} documents ({byCause}):");
            foreach (var (file, e) in list)
            {
                sb.AppendLine($"  {file}: {e}");
                sb.AppendLine($"    {e.Cause}{(e.Evidence is null ? "" : ": " + e.Evidence)}");
            }
        }
        sb.Append(GovernmentReport.Format(results));
        foreach (var r in results.Where(r => r.Failure != null)) sb.AppendLine($"refused: {r.File}: {r.Failure}");
        return sb.ToString();
    }
}
