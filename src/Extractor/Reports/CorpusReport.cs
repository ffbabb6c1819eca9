using System.Text;
using Extractor.Checks;
using Extractor.Model;
using Extractor.Normalization;
using Extractor.Raw;

namespace Extractor.Reports;

/// <summary>One document's line in the corpus report.</summary>
public sealed class CorpusDocumentResult
{
    public required string File { get; init; }
    /// <summary>The input folder the document was found in (the report's figures are given per folder).</summary>
    public string Folder { get; init; } = "";
    public string? Format { get; set; }
    public int Pages { get; set; }
    public string? Title { get; set; }
    public Phase? Phase { get; set; }
    public Scope? Scope { get; set; }
    /// <summary>Where phase and scope were read, or why they are unknown (DocumentMetadata.PhaseFrom / ScopeFrom).</summary>
    public string? PhaseFrom { get; set; }
    public string? ScopeFrom { get; set; }
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
    /// <summary>Amounts (printed values) in core tables, and how many of them fell to measure other.</summary>
    public int CoreAmounts { get; set; }
    public int CoreOtherAmounts { get; set; }
    /// <summary>Amounts written from a column of row numbers (序号, 行次, consecutive integers): each one a misreading.</summary>
    public int OrdinalAmounts { get; set; }
    /// <summary>Rows with amounts but still no code after the catalog resolved names (and not a total, not a side of a
    /// two-sided table) in tables whose rows are coded (printed or catalog codes).</summary>
    public int CodelessRows { get; set; }
    /// <summary>Rows printed without a code that got one from the subject-code catalog (code_source catalog).</summary>
    public int CatalogCodedRows { get; set; }
    /// <summary>Findings whose judged cause is our reading (extraction).</summary>
    public int ExtractionFindings { get; set; }
    /// <summary>Header labels of core tables that fell to measure other: (table kind, label, amounts).</summary>
    public List<(string Kind, string Label, int Amounts)> OtherLabels { get; } = new();
    /// <summary>Tables of kind other whose rows carry function or economic codes: (title, classification, coded rows).</summary>
    public List<(string Title, Classification Classification, int CodedRows)> OtherCodedTables { get; } = new();
    /// <summary>Scope government: the family's figures (GovernmentReport).</summary>
    public GovernmentReportEntry? Government { get; set; }
}

/// <summary>A failed tree or row sum as the report lists it.</summary>
public sealed record SumError(string Rule, string Location, string? Expected, string? Actual, bool OnCoreTable, FindingCause Cause, string? Evidence)
{
    public override string ToString() => $"{Rule} {Location}: expected {Expected}, printed {Actual}";
}

/// <summary>
/// The corpus report: per document (run through the batch runner, see Batch/CorpusReportRun), tables by kind, rows,
/// checks, unreadable pages, failures, and the share of core tables found in department/unit documents; then totals
/// and, per folder, the recognition figures.
/// </summary>
public static class CorpusReport
{
    /// <summary>Words in a recognised title that mark a document as a template or a checklist, not a budget.</summary>
    public static IReadOnlyList<string> NotABudgetTitleWords => Vocabulary.TableKinds.NotABudgetTitleWords;

    /// <summary>The checks whose failures the report lists with their judged cause: the tree and row sums.</summary>
    public static readonly IReadOnlyList<string> SumRules = new[] { CheckRules.TreeSum, CheckRules.RowSum };

    /// <summary>A processed document's line.</summary>
    public static CorpusDocumentResult Result(BudgetDocument doc, string file, string folder, double seconds)
    {
        var result = new CorpusDocumentResult { File = file, Folder = folder, Seconds = seconds };
        Fill(result, doc);
        return result;
    }

    /// <summary>The line of an input that could not be processed.</summary>
    public static CorpusDocumentResult Failed(string file, string folder, string reason, double seconds) =>
        new() { File = file, Folder = folder, Failure = reason, Seconds = seconds };

    static void Fill(CorpusDocumentResult r, BudgetDocument doc)
    {
        r.Format = doc.Format;
        r.Pages = doc.PageCount;
        r.Title = doc.Metadata.Title;
        r.Phase = doc.Metadata.Phase;
        r.Scope = doc.Metadata.Scope;
        r.PhaseFrom = doc.Metadata.PhaseFrom;
        r.ScopeFrom = doc.Metadata.ScopeFrom;
        r.InScope = doc.Metadata.Scope is Scope.Department or Scope.Unit
                    && doc.Metadata.Phase is not null
                    && !NotABudgetTitleWords.Any(w => (doc.Metadata.Title ?? "").Contains(w) || (doc.Metadata.UnitName ?? "").Contains(w));
        foreach (var t in doc.Tables) r.TablesByKind[t.Kind.Text()] = r.TablesByKind.GetValueOrDefault(t.Kind.Text()) + 1;
        r.Rows = doc.Tables.Sum(t => t.Rows.Count);
        r.ChecksPassed = doc.CheckTallies.Sum(t => t.Passed);
        r.ChecksFailed = doc.CheckTallies.Sum(t => t.Failed);
        r.UnreadablePages = doc.Issues.Count(i => i.Code == IssueCode.UnreadablePage);
        r.OcrPages = doc.Issues.Count(i => i.Code == IssueCode.NeedsOcr);
        r.SumsPassed = doc.CheckTallies.Where(t => SumRules.Contains(t.Rule)).Sum(t => t.Passed + t.Rounding);
        r.SumsFailed = doc.CheckTallies.Where(t => SumRules.Contains(t.Rule)).Sum(t => t.Failed);
        foreach (var f in doc.Checks.Where(f => SumRules.Contains(f.Rule) && f.Severity != Severity.Info))
            r.SumErrors.Add(new SumError(f.Rule, f.Location, f.Expected, f.Actual, f.TableKind is { } kind && CoreTables.Kinds.Contains(kind),
                f.Cause ?? FindingCause.Undetermined, f.CauseEvidence));
        r.Government = GovernmentReport.Entry(doc);
        r.NarrativeOnly = r.InScope && doc.Tables.Count == 0;
        if (r.InScope && !r.NarrativeOnly)
        {
            var expected = doc.Completeness.Expected.Select(e => e.Kind).Where(CoreTables.Kinds.Contains).Distinct().ToList();
            if (expected.Count == 0) expected = CoreTables.Kinds.ToList();
            r.CoreExpected.AddRange(expected.Select(k => k.Text()));
            r.CoreFound.AddRange(expected.Where(k => doc.Tables.Any(t => t.Kind == k)).Select(k => k.Text()));
        }
        RecognitionFigures(r, doc);
    }

    /// <summary>The name a folder's figures are given under: its last path segment.</summary>
    public static string FolderName(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));

    static readonly HashSet<Classification> CodedClassifications = new() { Classification.Function, Classification.Economic, Classification.EconomicGovernment };

    /// <summary>The truth-free figures of recognition: amounts under other, ordinal amounts, code-less rows, and the
    /// labels and tables the vocabulary did not know.</summary>
    public static void RecognitionFigures(CorpusDocumentResult r, BudgetDocument doc)
    {
        r.ExtractionFindings = doc.Checks.Count(f => f.Cause == FindingCause.Extraction);
        foreach (var t in doc.Tables)
        {
            var valued = t.Rows.SelectMany(row => row.Amounts).Where(a => a.Value is not null).ToList();
            foreach (var group in valued.GroupBy(a => a.Column))
                if (OrdinalColumn.Is(group.First().ColumnLabel, t.Rows.SelectMany(row => row.Amounts).Where(a => a.Column == group.Key).Select(a => a.Printed)))
                    r.OrdinalAmounts += group.Count();
            if (CoreTables.Kinds.Contains(t.Kind))
            {
                r.CoreAmounts += valued.Count;
                var other = valued.Where(a => a.Measure == Measure.Other).ToList();
                r.CoreOtherAmounts += other.Count;
                foreach (var g in other.GroupBy(a => a.ColumnLabel))
                    r.OtherLabels.Add((t.Kind.Text(), g.Key, g.Count()));
            }
            var coded = t.Rows.Count(row => row.Code is not null && CodedClassifications.Contains(row.Classification));
            r.CatalogCodedRows += t.Rows.Count(row => row.CodeSource == CodeSource.Catalog && row.Code is not null);
            if (coded > 0)
                r.CodelessRows += t.Rows.Count(row => row.Code is null && !row.IsTotal && row.Side is null && row.Amounts.Any(a => a.Value is not null));
            if (t.Kind == TableKind.Other && coded > 0)
                r.OtherCodedTables.Add((t.Title ?? "(untitled)", t.Classification, coded));
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
            sb.AppendLine($"{r.File}\t{r.Format}\t{r.Pages}\t{r.Phase.Text() ?? "?"}/{r.Scope.Text() ?? "?"}\t{kinds}\t{r.Rows}\t{r.ChecksPassed}/{r.ChecksFailed}\t{r.SumsPassed}/{r.SumsFailed}\t{r.UnreadablePages}\t{r.OcrPages}\t{core}\t{r.Seconds:0.00}\t{r.Failure}");
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
            var byCause = string.Join(", ", Canonical.All<FindingCause>()
                .Select(c => $"{c.Text()} {list.Count(e => e.Error.Cause == c)}"));
            sb.AppendLine($"failed sums {heading}: {list.Count} in {list.Select(e => e.File).Distinct().Count()} documents ({byCause}):");
            foreach (var (file, e) in list)
            {
                sb.AppendLine($"  {file}: {e}");
                sb.AppendLine($"    {e.Cause.Text()}{(e.Evidence is null ? "" : ": " + e.Evidence)}");
            }
        }
        sb.Append(GovernmentReport.Format(results));
        foreach (var r in results.Where(r => r.Failure != null)) sb.AppendLine($"refused: {r.File}: {r.Failure}");
        FormatRecognition(sb, results);
        return sb.ToString();
    }

    /// <summary>Most example documents named per unknown label or table.</summary>
    public const int Examples = 3;

    /// <summary>
    /// Per folder, the truth-free figures of recognition; then every header label that fell to other in a core table
    /// and every other table holding function or economic codes, with counts and example documents.
    /// </summary>
    static void FormatRecognition(StringBuilder sb, IReadOnlyList<CorpusDocumentResult> results)
    {
        sb.AppendLine();
        sb.AppendLine("recognition by folder (no truth needed):");
        sb.AppendLine("(core amounts and their share under other are counted in department/unit documents; the last column in every document)");
        sb.AppendLine("folder\tdocuments\tdept/unit docs with tables\tcore tables found\tcore coverage\tcore amounts\tunder other\tshare other\tordinal amounts\trows without code (dept/unit)\trows without code (government)\trows coded by catalog\textraction findings\tshare other, all documents");
        foreach (var g in results.GroupBy(r => r.Folder))
        {
            var inScope = g.Where(r => r.InScope && !r.NarrativeOnly && r.Failure == null).ToList();
            int expected = inScope.Sum(r => r.CoreExpected.Count), found = inScope.Sum(r => r.CoreFound.Count);
            int amounts = inScope.Sum(r => r.CoreAmounts), other = inScope.Sum(r => r.CoreOtherAmounts);
            sb.AppendLine($"{g.Key}\t{g.Count()}\t{inScope.Count}\t{found}/{expected}\t{Percent(found, expected)}\t{amounts}\t{other}\t{Percent(other, amounts)}" +
                          $"\t{g.Sum(r => r.OrdinalAmounts)}\t{g.Where(r => r.Scope != Scope.Government).Sum(r => r.CodelessRows)}\t{g.Where(r => r.Scope == Scope.Government).Sum(r => r.CodelessRows)}\t{g.Sum(r => r.CatalogCodedRows)}\t{g.Sum(r => r.ExtractionFindings)}\t{Percent(g.Sum(r => r.CoreOtherAmounts), g.Sum(r => r.CoreAmounts))}");
        }

        var labels = results.Where(r => r.InScope).SelectMany(r => r.OtherLabels.Select(l => (r.File, l.Kind, l.Label, l.Amounts)))
            .GroupBy(x => (x.Kind, x.Label)).OrderByDescending(g => g.Sum(x => x.Amounts)).ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Label, StringComparer.Ordinal).ToList();
        sb.AppendLine();
        sb.AppendLine($"unknown vocabulary: header labels under measure other in core tables of department/unit documents ({labels.Count}; amounts\tdocuments\ttable kind\tlabel\texamples):");
        foreach (var g in labels)
        {
            var docs = g.Select(x => x.File).Distinct().ToList();
            sb.AppendLine($"  {g.Sum(x => x.Amounts)}\t{docs.Count}\t{g.Key.Kind}\t{(g.Key.Label.Length == 0 ? "(no label)" : g.Key.Label)}\t{string.Join(", ", docs.Take(Examples))}");
        }

        var unknown = results.Where(r => r.Failure is null && (r.Phase is null || r.Scope is null)).ToList();
        sb.AppendLine();
        sb.AppendLine($"documents without phase or scope ({unknown.Count}; folder\tfile\tphase/scope\twhy):");
        foreach (var r in unknown)
        {
            var why = string.Join("; ", new[] { r.Phase is null ? "phase " + (r.PhaseFrom ?? "not read") : null, r.Scope is null ? "scope " + (r.ScopeFrom ?? "not read") : null }.Where(w => w is not null));
            sb.AppendLine($"  {r.Folder}\t{r.File}\t{r.Phase.Text() ?? "?"}/{r.Scope.Text() ?? "?"}\t{why}");
        }

        var tables = results.SelectMany(r => r.OtherCodedTables.Select(t => (r.File, t.Title, t.Classification, t.CodedRows)))
            .GroupBy(x => (x.Title, x.Classification)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Title, StringComparer.Ordinal).ToList();
        sb.AppendLine();
        sb.AppendLine($"unknown vocabulary: tables of kind other holding function or economic codes ({tables.Count}; tables\tcoded rows\tclassification\ttitle\texamples):");
        foreach (var g in tables)
        {
            var docs = g.Select(x => x.File).Distinct().ToList();
            sb.AppendLine($"  {g.Count()}\t{g.Sum(x => x.CodedRows)}\t{g.Key.Classification.Text()}\t{g.Key.Title}\t{string.Join(", ", docs.Take(Examples))}");
        }
    }

    static string Percent(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0.00}%";
}
