using Extractor.Catalog;
using Extractor.Checks;
using Extractor.Model;
using Extractor.Normalization;
using Extractor.Tests.Support;
using Xunit.Abstractions;

namespace Extractor.Tests.Catalog;

/// <summary>
/// Issue 10's measurement on the real corpus: the codes of every coded function/economic table are hidden (names,
/// order and amounts kept) and resolved through the catalog built from every other document (leave-one-out); the
/// resolved codes are compared with the printed ones. And the names-only documents of the corpus get their codes.
/// Print the per-document figures: dotnet test --filter HideAndRecover --logger "console;verbosity=detailed"
/// </summary>
public class HideAndRecoverTests(RealCorpusDocuments corpus, ITestOutputHelper output) : IClassFixture<RealCorpusDocuments>
{
    /// <summary>
    /// The issue's targets: 99.5 % of the rows get their printed code back, none a wrong code with high confidence.
    /// Denominators, both printed: all coded rows, and the learnable ones (the other documents print that code with that
    /// name; a code or a name only this document prints cannot be learned leave-one-out, by construction).
    /// Measured 2026-12-04 (path search, 116 readable documents, 11822 coded rows): 99.59 % of the learnable rows
    /// recovered (92.55 % of all; 8088 high), 0 wrong with high confidence, 2 wrong with low confidence, 12 unlearnable
    /// rows resolved to another code (disputed: misprinted or local codes); 43 learnable rows not placed (by class: 16
    /// two-codes, 12 same-name-two-levels, 1 blank-row, 14 other). Both targets reached and asserted.
    /// </summary>
    const double RecoveredFloor = 0.995;
    const double RecoveredTarget = 0.995;
    const int WrongLowCeiling = 2;
    const double NamesOnlyCodedFloor = 0.99;
    /// <summary>Every names-only function table of the real corpus (government documents included; their rows include
    /// balance and transfer lines that are no subjects): measured 2026-12-04, 15719 of 18262 rows (86.1 %); after the
    /// catalog rebuild (Hebei 2021's coded 社会保险基金 tables teach 209xx/1020x), names-only social-insurance tables join
    /// the denominator half-coded: 16030 of 18856 rows (85.0 %). Classes printed without their 支出 (一、一般公共服务) read
    /// as 类 rather than as 援助其他地区's namesake 款, and item tables (debt uses, balances, transfers) read by subject only
    /// when they print the classes: 16155 of 18752 rows (86.15 %), the floor 86 %; the beam keeping the best reading of
    /// each open 类 (Hotan's education subtree after a 201 whose 款 rows the document omits): 16218 of 18768 (86.41 %).</summary>
    const double AllNamesOnlyCodedFloor = 0.86;

    [SkippableFact]
    public void HiddenCodesAreRecoveredThroughTheCatalogOfTheOtherDocuments()
    {
        RepoPaths.RequireRealCorpus();
        Skip.If(corpus.Documents.Count == 0, "no real document could be processed");
        var builder = new CatalogBuilder();
        foreach (var doc in corpus.Documents) builder.Add(doc);

        Tally all = new();
        var wrongExamples = new List<string>();
        var notPlaced = new List<string>();
        var notPlacedBy = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in corpus.Documents)
        {
            var tables = doc.Tables.Where(IsCodedTree).ToList();
            if (tables.Count == 0) continue;
            var catalog = builder.Build(leaveOut: doc.SourcePath ?? doc.Document);
            Tally tally = new();
            var codeLess = new List<string>();
            foreach (var table in tables)
            {
                var hidden = Hide(table);
                CatalogCodeResolver.Resolve(hidden, catalog, doc.Metadata.FiscalYear);
                foreach (var (printed, resolved) in table.Rows.Zip(hidden.Rows))
                {
                    if (Environment.GetEnvironmentVariable("EXTRACTOR_HIDE_DUMP") is { Length: > 0 } dump && doc.Document.Contains(dump))
                        output.WriteLine($"DUMP t{table.Index} r{printed.Index} {printed.Code} -> {resolved.Code} {resolved.CodeConfidence.Text()} {printed.Name} {printed.Amounts.FirstOrDefault()?.Value} | {string.Join(" ", catalog.Named(printed.Name).Select(e => $"{e.Code}:{string.Join(",", e.Names.Select(n => $"{n.Name}/{n.Count}/{string.Join("+", n.Years)}"))}"))}");
                    if (printed.IsTotal || printed.CodeSource != CodeSource.Printed) continue;
                    // the other documents print this code with this name: the catalog can know the answer
                    var known = catalog.NamesOf(printed.Code!).Any(n => CatalogNames.SameName(n.Name, printed.Name));
                    // the other documents print the code for other subjects, or it is no code of the trees at all
                    // unlearnable (the other documents never print this code with this name: another code for the name, a code
                    // of this document only, no code of the trees) and resolved to another code: disputed, not wrong
                    var disputed = !known;
                    tally.Rows++;
                    if (known) tally.Known++;
                    var high = resolved.CodeConfidence == CodeConfidence.High;
                    if (resolved.Code == printed.Code) { tally.Recovered++; if (high) tally.RecoveredHigh++; }
                    else if (resolved.Code is null)
                    {
                        // why the row stays code-less: the catalog lacks the code, lacks the name for it, or the place is unclear
                        var why = !catalog.Contains(printed.Code) ? "code-absent" : !known ? "name-absent" : "not-placed";
                        tally.Why[why] = tally.Why.GetValueOrDefault(why) + 1;
                        codeLess.Add($"[{why}] table {table.Index} row {printed.Index} {printed.Code} {printed.Name} {printed.Amounts.FirstOrDefault(a => a.Value is not null)?.Value}");
                        if (why == "not-placed")
                        {
                            var cls = NotPlacedClass(printed, table, catalog);
                            notPlacedBy[cls] = notPlacedBy.GetValueOrDefault(cls) + 1;
                            notPlaced.Add($"[{cls}] {doc.Document} table {table.Index} row {printed.Index} {printed.Code} {printed.Name} {printed.Amounts.FirstOrDefault(a => a.Value is not null)?.Value}");
                        }
                    }
                    else if (!disputed)
                    {
                        if (high) tally.WrongHigh++; else tally.WrongLow++;
                        wrongExamples.Add($"{(high ? "HIGH" : "low")} {doc.Document} table {table.Index} row {printed.Index} {printed.Name}: printed {printed.Code}, resolved {resolved.Code}");
                    }
                    else
                    {
                        tally.Disputed++;
                        if (high) tally.DisputedHigh++;
                        wrongExamples.Add($"disputed{(high ? " HIGH" : "")} {doc.Document} table {table.Index} row {printed.Index} {printed.Name}: printed {printed.Code} (unknown to the other documents with this name), resolved {resolved.Code}");
                    }
                }
            }
            all.Add(tally);
            output.WriteLine($"{doc.Document}: {tables.Count} tables, {tally}");
            foreach (var c in codeLess.Where(c => c.StartsWith("[not-placed]")).Concat(codeLess).Distinct().Take(6)) output.WriteLine("    code-less: " + c);
        }
        output.WriteLine($"ALL: {all}");
        output.WriteLine("not placed by class: " + string.Join(", ", notPlacedBy.Select(kv => $"{kv.Key} {kv.Value}")));
        foreach (var n in notPlaced.Order(StringComparer.Ordinal)) output.WriteLine("  NOT-PLACED " + n);
        foreach (var w in wrongExamples.Take(60)) output.WriteLine("  WRONG " + w);
        Assert.True(all.Rows > 0, "no coded table in the real corpus");
        output.WriteLine($"target {RecoveredTarget:P1} of the learnable rows: {((double)all.Recovered / all.Known >= RecoveredTarget ? "reached" : "not reached")}");
        Assert.True((double)all.Recovered / all.Known >= RecoveredFloor, $"recovered {Share(all.Recovered, all.Known)} of the rows the other documents know < {RecoveredFloor:P1}");
        Assert.True(all.WrongHigh == 0, $"{all.WrongHigh} rows resolved to a wrong code with high confidence (target 0)");
        Assert.True(all.WrongLow <= WrongLowCeiling, $"{all.WrongLow} rows resolved to a wrong code with low confidence (measured ceiling {WrongLowCeiling})");
    }

    /// <summary>Rows whose code is printed; known (learnable): the other documents print that code with that name; wrong:
    /// a learnable row resolved to another code; disputed: an unlearnable row resolved to another code (the other documents
    /// print the name under that code, or never print the printed code: local numbering, a misprint, another edition).</summary>
    sealed class Tally
    {
        public int Rows, Known, Recovered, RecoveredHigh, WrongHigh, WrongLow, Disputed, DisputedHigh;
        public Dictionary<string, int> Why { get; } = new();
        public int Wrong => WrongHigh + WrongLow;
        public void Add(Tally t)
        {
            Rows += t.Rows; Known += t.Known; Recovered += t.Recovered; RecoveredHigh += t.RecoveredHigh;
            WrongHigh += t.WrongHigh; WrongLow += t.WrongLow; Disputed += t.Disputed; DisputedHigh += t.DisputedHigh;
            foreach (var (k, v) in t.Why) Why[k] = Why.GetValueOrDefault(k) + v;
        }
        public override string ToString() =>
            $"{Rows} coded rows, recovered {Recovered} ({Share(Recovered, Rows)}; {Share(Recovered, Known)} of the {Known} the other documents know; " +
            $"{RecoveredHigh} high), wrong {WrongHigh} high + {WrongLow} low, disputed {Disputed} ({DisputedHigh} high), code-less {Rows - Recovered - Wrong - Disputed}" +
            (Why.Count == 0 ? "" : " (" + string.Join(", ", Why.OrderBy(w => w.Key).Select(w => $"{w.Key} {w.Value}")) + ")");
    }

    [SkippableFact]
    public void NamesOnlyDocumentsGetCodesAndTheirTreeSumsHold()
    {
        RepoPaths.RequireRealCorpus();
        Skip.If(corpus.Documents.Count == 0, "no real document could be processed");
        NamesOnlyTally departments = new(), all = new();
        var unexplained = new List<string>();
        foreach (var doc in corpus.Documents)
        {
            // the function tables that print no code and whose rows the catalog coded
            var tables = doc.Tables.Where(t => t.Classification == Classification.Function && t.Rows.All(r => r.CodeSource != CodeSource.Printed)
                && t.Rows.Any(r => r.CodeSource == CodeSource.Catalog)).ToList();
            if (tables.Count == 0) continue;
            NamesOnlyTally tally = new() { Tables = tables.Count };
            foreach (var table in tables)
            {
                // the subject rows: from the first the catalog coded on (title lines above it are no subjects)
                var subjects = table.Rows.SkipWhile(r => r.CodeSource != CodeSource.Catalog).Where(r => !r.IsTotal && r.Side is null && r.Name is { Length: > 0 }).ToList();
                tally.Rows += subjects.Count;
                tally.Coded += subjects.Count(r => r.CodeSource == CodeSource.Catalog);
            }
            var indexes = tables.Select(t => t.Index).ToHashSet();
            var treeErrors = doc.Checks.Where(f => f.Rule == CheckRules.TreeSum && f.Severity == Severity.Error && f.TableIndex is { } i && indexes.Contains(i)).ToList();
            tally.TreeSumErrors = treeErrors.Count;
            all.Add(tally);
            output.WriteLine($"{doc.Document}: {tally}");
            // a department or unit document none of whose function tables prints a code (Hangzhou): the issue's target
            if (doc.Metadata.Scope is not (Scope.Department or Scope.Unit)) continue;
            if (doc.Tables.Any(t => t.Classification == Classification.Function && t.Rows.Any(r => r.CodeSource == CodeSource.Printed))) continue;
            departments.Add(tally);
            // a tree sum may fail only where the document's own row does not add up across its columns either
            var rowErrors = doc.Checks.Where(f => f.Rule == CheckRules.RowSum && f.Severity == Severity.Error).Select(f => (f.TableIndex, f.Row)).ToHashSet();
            foreach (var e in treeErrors.Where(e => !rowErrors.Contains((e.TableIndex, e.Row))))
                unexplained.Add($"{doc.Document}: {e.Location}: {e.Message}");
        }
        output.WriteLine($"ALL names-only function tables: {all}");
        output.WriteLine($"names-only department/unit documents: {departments}");
        foreach (var u in unexplained) output.WriteLine("  " + u);
        Assert.True(departments.Rows > 0, "no names-only function table was resolved in the real corpus");
        Assert.True((double)departments.Coded / departments.Rows >= NamesOnlyCodedFloor, $"coded {Share(departments.Coded, departments.Rows)} < {NamesOnlyCodedFloor:P0}");
        Assert.Empty(unexplained);
        Assert.True((double)all.Coded / all.Rows >= AllNamesOnlyCodedFloor, $"names-only function tables of all documents: coded {Share(all.Coded, all.Rows)} < {AllNamesOnlyCodedFloor:P1}");
    }

    /// <summary>
    /// The shipped catalog is a build of the corpus (issue 10: "rebuilt reproducibly by a script"): every code and name the
    /// real corpus prints is in it, with the fiscal years of the documents that print it and at least their number. The
    /// real corpus is 117 of the script's 171 inputs; the byte-for-byte check of the whole build (4 minutes, too slow for
    /// the suite) is <c>scripts/build-catalog.sh --check</c>. A shipped file older than the pipeline (codes a table no
    /// longer gives, or one it now gives) fails here.
    /// </summary>
    [SkippableFact]
    public void TheShippedCatalogHoldsEveryPrintedCodeAndNameOfTheRealCorpus()
    {
        RepoPaths.RequireRealCorpus();
        Skip.If(corpus.Documents.Count == 0, "no real document could be processed");
        var observed = corpus.Documents.SelectMany(CatalogBuilder.Observe)
            .GroupBy(o => (o.Code, o.Name))
            .Select(g => (g.Key.Code, g.Key.Name, Years: g.Where(o => o.Year is not null).Select(o => o.Year!.Value).ToHashSet(),
                Documents: g.Select(o => o.Document).Distinct().Count()))
            .ToList();
        Assert.True(observed.Count > 1000, $"only {observed.Count} printed (code, name) pairs in the real corpus");
        var shipped = CodeCatalog.Default;
        var missing = new List<string>();
        foreach (var (code, name, years, documents) in observed)
        {
            var entry = shipped.NamesOf(code).FirstOrDefault(n => n.Name == name);
            if (entry is null) missing.Add($"{code} {name}: not in the shipped catalog");
            else if (!years.IsSubsetOf(entry.Years) || entry.Count < documents)
                missing.Add($"{code} {name}: shipped years {string.Join(',', entry.Years)} count {entry.Count}, the real corpus prints it in {string.Join(',', years.Order())} ({documents} documents)");
        }
        foreach (var m in missing.Take(20)) output.WriteLine(m);
        Assert.True(missing.Count == 0, $"{missing.Count} printed (code, name) pairs of the real corpus disagree with the shipped catalog (rebuild it: scripts/build-catalog.sh), e.g. {string.Join("; ", missing.Take(3))}");
    }

    sealed class NamesOnlyTally
    {
        public int Tables, Rows, Coded, TreeSumErrors;
        public void Add(NamesOnlyTally t) { Tables += t.Tables; Rows += t.Rows; Coded += t.Coded; TreeSumErrors += t.TreeSumErrors; }
        public override string ToString() =>
            $"{Tables} names-only function tables, {Rows} subject rows, coded {Coded} ({Share(Coded, Rows)}), tree sums failed {TreeSumErrors}";
    }

    /// <summary>Why a learnable row was not placed, by the class of difficulty its name and table present: the name is
    /// printed for a 款 and a 项 alike (same-name-two-levels); for two codes of one level (two-codes: editions
    /// renumbering it, 2089999/2089901); the table prints no amounts to weigh (blank-amounts); else other.</summary>
    static string NotPlacedClass(TableRow printed, BudgetTable table, CodeCatalog catalog)
    {
        var named = catalog.Named(printed.Name);
        if (named.Select(e => e.Level).Distinct().Count() > 1) return "same-name-two-levels";
        if (named.Count(e => e.Level == CodeCatalog.LevelOf(printed.Code!)) > 1) return "two-codes";
        if (table.Rows.Where(r => !r.IsTotal).All(r => r.Amounts.All(a => a.Value is null or 0m))) return "blank-amounts";
        if (printed.Amounts.All(a => a.Value is null)) return "blank-row";
        return "other";
    }

    /// <summary>A function or economic table whose printed codes form a tree (each code once: no cross-classified or per-unit repeats).</summary>
    static bool IsCodedTree(BudgetTable table)
    {
        if (table.Classification is not (Classification.Function or Classification.Economic or Classification.EconomicGovernment)) return false;
        var codes = table.Rows.Where(r => !r.IsTotal && r.CodeSource == CodeSource.Printed).Select(r => r.Code!).ToList();
        return codes.Count > 0 && codes.Distinct().Count() == codes.Count && table.Rows.All(r => r.Side is null);
    }

    /// <summary>The table as a names-only publisher would print it: names, order and amounts, no code.</summary>
    static BudgetTable Hide(BudgetTable table)
    {
        var hidden = new BudgetTable { Index = table.Index, Kind = table.Kind, Title = table.Title, AmountUnit = table.AmountUnit };
        hidden.Columns.AddRange(table.Columns);
        foreach (var row in table.Rows)
        {
            var copy = new TableRow { Index = row.Index, Name = row.Name, IsTotal = row.IsTotal, Level = row.IsTotal ? row.Level : null, Provenance = row.Provenance };
            copy.Amounts.AddRange(row.Amounts);
            hidden.Rows.Add(copy);
        }
        return hidden;
    }

    static string Share(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P2");
}
