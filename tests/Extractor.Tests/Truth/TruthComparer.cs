using Extractor.Vocabulary;
using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Truth;

/// <summary>How one document's extraction compares with its truth file.</summary>
public sealed record TruthScore(string Document, int TruthRows, int Correct, int WrongValue, int Missing, int Extracted, int ExtractedMatched, int OtherUnits = 0)
{
    public double Recall => TruthRows == 0 ? 0 : (double)Correct / TruthRows;
    /// <summary>Share of extracted amounts (in the truth's kinds and measures) that match a truth row exactly.</summary>
    public double Precision => Extracted == 0 ? 0 : (double)ExtractedMatched / Extracted;
    public List<string> Examples { get; } = new();

    public override string ToString() => FormattableString.Invariant(
        $"{Document}: truth {TruthRows}, correct {Correct}, wrong value {WrongValue}, missing {Missing}, recall {Recall:P1}, extracted {Extracted}, precision {Precision:P1}{(OtherUnits > 0 ? $" (+{OtherUnits} amounts outside the truth: other units' rows, summary subtotals)" : "")}");
}

/// <summary>
/// Matches truth rows (table_kind, code or name, measure) to extracted amounts. Summary: the IsTotal rows of each side
/// (收入总计 = income, 支出总计 = expenditure). Three-public: by measure. Coded tables: by code, or by name when the
/// truth has none (合计 = the total row). Values compare in yuan, so units may differ.
/// A truth file covers one unit (its unit_name): rows the extraction attributes to another unit (TableRow.ReportingUnit,
/// e.g. the sub-unit rows of a 三公 table laid out by unit) are outside it, so they are counted apart, not in precision;
/// so are a two-sided summary's subtotal rows (本年收入合计), the truth holding its grand totals only.
/// </summary>
public static class TruthComparer
{
    /// <summary>Most unmatched extracted amounts listed per document.</summary>
    const int MaxUnmatchedExamples = 15;

    sealed record Candidate(BudgetTable Table, TableRow Row, Amount Amount);

    public static TruthScore Compare(BudgetDocument doc, TruthFile truth)
    {
        var used = new HashSet<Amount>();
        int correct = 0, wrong = 0, missing = 0;
        var examples = new List<string>();
        foreach (var t in truth.Rows)
        {
            // the truth's summary rows are grand totals (FORMAT.md): a grand-total row (收入总计) is matched before a
            // subtotal printing the same value (本年收入合计 when nothing is carried over)
            var candidates = Candidates(doc, t).OrderBy(c => t.TableKind == TableKind.Summary && !RowLabels.IsGrandTotal(c.Row.Name)).ToList();
            var yuan = AmountUnits.ToYuan(t.Amount, t.Unit);
            var hit = candidates.FirstOrDefault(c => !used.Contains(c.Amount) && Same(c.Amount, t.Amount, yuan));
            if (hit is not null) { used.Add(hit.Amount); correct++; continue; }
            if (candidates.Count > 0)
            {
                wrong++;
                if (examples.Count < 8) examples.Add($"wrong  {t.TableKind.Text()} {t.Code ?? t.Name} {t.Measure.Text()}: truth {t.Amount}, got {string.Join(",", candidates.Take(3).Select(c => c.Amount.Printed))}");
            }
            else
            {
                missing++;
                if (examples.Count < 8) examples.Add($"missing {t.TableKind.Text()} {t.Code ?? t.Name} {t.Measure.Text()} {t.Amount} p{t.Page}");
            }
        }

        var kinds = truth.Rows.Select(r => r.TableKind).ToHashSet();
        var measures = truth.Rows.GroupBy(r => r.TableKind).ToDictionary(g => g.Key, g => g.Select(r => r.Measure).ToHashSet());
        var unit = truth.Header.GetValueOrDefault("unit_name");
        var all = doc.Tables.Where(t => kinds.Contains(t.Kind))
            .SelectMany(t => t.Rows.Where(r => t.Kind != TableKind.Summary || r.IsTotal)
                .SelectMany(r => r.Amounts.Where(a => a.Value is not null && measures[t.Kind].Contains(a.Measure)).Select(a => (Row: r, Amount: a))))
            .ToList();
        // The truth's summary rows are its grand totals only (FORMAT.md): 本年收入合计 and the like are outside it too.
        var inScope = all.Where(x => used.Contains(x.Amount) || (OfTruthUnit(x.Row, unit) && (x.Row.Side is null || RowLabels.IsGrandTotal(x.Row.Name)))).ToList();
        var extracted = inScope.Select(x => x.Amount).ToList();
        var score = new TruthScore(truth.Document, truth.Rows.Count, correct, wrong, missing, extracted.Count, extracted.Count(used.Contains), all.Count - extracted.Count);
        score.Examples.AddRange(examples);
        // what lowers precision: extracted amounts in the truth's kinds and measures that match no truth row
        foreach (var x in inScope.Where(x => !used.Contains(x.Amount)).Take(MaxUnmatchedExamples))
            score.Examples.Add($"extra  {doc.Tables.First(t => t.Rows.Contains(x.Row)).Kind.Text()} {x.Row.Code ?? x.Row.Name} {x.Amount.Measure.Text()} {x.Amount.Printed} [{x.Amount.ColumnLabel}] p{x.Amount.Provenance.Page}");
        return score;
    }

    /// <summary>The row belongs to the truth's unit: no unit of its own (the table's), or the same name.</summary>
    static bool OfTruthUnit(TableRow row, string? unit) =>
        row.ReportingUnit is null || unit is null || PrintedText.Label(row.ReportingUnit) == PrintedText.Label(unit);

    static bool Same(Amount a, decimal truthValue, decimal? truthYuan) =>
        a.Value == truthValue && (a.Unit is null || truthYuan is null || a.Yuan == truthYuan)
        || (truthYuan is not null && a.Yuan == truthYuan);

    static IEnumerable<Candidate> Candidates(BudgetDocument doc, TruthRow t)
    {
        foreach (var table in doc.Tables.Where(x => x.Kind == t.TableKind))
        foreach (var row in table.Rows)
        {
            if (!RowMatches(row, t)) continue;
            foreach (var a in row.Amounts)
                if (a.Value is not null && a.Measure == t.Measure) yield return new Candidate(table, row, a);
        }
    }

    static bool RowMatches(TableRow row, TruthRow t)
    {
        switch (t.TableKind)
        {
            case TableKind.Summary:
                var side = t.Name.StartsWith("收入") ? Side.Income : t.Name.StartsWith("支出") ? Side.Expenditure : (Side?)null;
                return row.IsTotal && (side is null || row.Side == side);
            case TableKind.ThreePublic:
                return true;
            default:
                if (t.Code is not null) return row.Code == t.Code;
                if (RowLabels.IsTotal(t.Name)) return row.IsTotal;
                // a truth row without code is a names-only row as printed: the code the catalog resolved is not printed
                return (row.Code is null || row.CodeSource == CodeSource.Catalog) && PrintedText.LabelKey(row.Name) == PrintedText.LabelKey(t.Name);
        }
    }
}
