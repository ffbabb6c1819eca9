using Extractor.Model;
using Extractor.Recognition;

namespace Extractor.Normalization;

/// <summary>
/// The one place a table continued over pages is joined from parts that layout left apart. Three stages meet a
/// continued table, each for a reason only it can judge:
/// <list type="bullet">
/// <item>Layout (<see cref="Layout.TableStitcher"/>, with <see cref="Layout.PageBreakRowJoiner"/> for a row cut by the
/// break) joins grids that are geometrically one: the same columns at the same positions, nothing but 续表 or a repeated
/// unit line between. It sees positions, not meaning, and runs once, before recognition.</item>
/// <item>Recognition (<see cref="TableContextReader"/>) decides that an untitled, unnumbered table on the next page, with
/// no prose between, continues the table before it (<see cref="RecognizedTable.ContinuationOf"/>), and gives it that
/// table's caption context (kind, title, number, unit). It sees captions, not columns.</item>
/// <item>This class joins the parts recognition marked: each part is normalised with the part before it (a part printed
/// without header takes its columns, abbreviated codes carry on under its last 类/款), then appended to the table it
/// continues when both read the same columns, so sums, trees and line items see one table. Each row keeps its own page
/// in its provenance. A part whose columns differ stays a table of its own. A part laid out differently (a column more
/// or less, columns at other places) takes each column from the column printed at its place
/// (<see cref="RecognizedTable.ContinuedColumns"/>), never by index; an amount column continuing none is read under
/// the measure its cells give and reported (<see cref="IssueCode.ContinuationColumnUnmapped"/>), never labelled with a neighbour's measure.</item>
/// </list>
/// Nothing else joins tables.
/// </summary>
public static class ContinuationJoiner
{
    /// <summary>Normalises the recognised tables in order and joins each continuation part to the table it continues;
    /// returns the document's tables, numbered from 1, each knowing the recognised parts it was made of. A part's
    /// column that continues no column goes to <paramref name="issues"/>.</summary>
    public static List<BudgetTable> Normalize(RecognizedDocument recognized, ICollection<DocumentIssue> issues)
    {
        var tables = new List<BudgetTable>();
        // a first part's index → the last part normalised after it (joined or not), which the next part continues
        var lastPart = new Dictionary<int, BudgetTable>();
        // a recognised table's index → the document table it became (parts join the one their first part became)
        var kept = new Dictionary<int, BudgetTable>();
        var firstOf = new int[recognized.Tables.Count];
        for (var i = 0; i < recognized.Tables.Count; i++)
        {
            var table = recognized.Tables[i];
            firstOf[i] = table.ContinuationOf is int c && c >= 0 && c < i ? firstOf[c] : i;
            var previous = firstOf[i] != i && lastPart.TryGetValue(firstOf[i], out var part) ? part : null;
            var normalized = TableNormalizer.Normalize(table, recognized.Metadata, previous);
            lastPart[firstOf[i]] = normalized;
            var became = normalized;
            if (previous != null && kept.TryGetValue(firstOf[i], out var root) && TryAppend(root, normalized))
            {
                root.RecognizedParts.Add(i);
                became = root;
            }
            else
            {
                kept[i] = normalized;
                normalized.Index = tables.Count + 1;
                normalized.RecognizedParts.Add(i);
                tables.Add(normalized);
            }
            if (previous != null && table.ContinuedColumns is { } map)
                foreach (var column in normalized.Columns.Where(c => c.Role == ColumnRole.Amount && c.Label.Length == 0 && (c.Index >= map.Length || map[c.Index] is null)))
                    issues.Add(new DocumentIssue(IssueCode.ContinuationColumnUnmapped,
                        $"table {became.Index} ({became.Kind.Text()}) page {table.Table.Page}: continues the table on the page before, but its column " +
                        $"{column.Index + 1} is printed where that table has no column; its amounts are kept under {column.Measure.Text()}", table.Table.Page));
        }
        return tables;
    }

    /// <summary>Appends <paramref name="part"/> to <paramref name="root"/> when both have the same kind and columns.</summary>
    public static bool TryAppend(BudgetTable root, BudgetTable part)
    {
        if (root.Kind != part.Kind || root.Kind == TableKind.PerformanceTargets || !SameColumns(root, part)) return false;
        // Row indexes stay unique within the joined table: the part's rows are numbered on after the root's.
        if (root.Rows.Count > 0 && part.Rows.Count > 0)
        {
            var offset = root.Rows.Max(r => r.Index) + 1 - part.Rows.Min(r => r.Index);
            foreach (var row in part.Rows) row.Index += offset;
        }
        root.Rows.AddRange(part.Rows);
        root.UnreadCells.AddRange(part.UnreadCells);
        root.Source.AddRange(part.Source);
        root.LastPage = Math.Max(root.LastPage, part.LastPage);
        if (root.Rows.Any(r => r.Code != null))
        {
            root.CodeTree.Clear();
            root.CodeTree.AddRange(CodeTreeBuilder.Build(root.Rows, root.Classification));
        }
        if (part.Rows.Count > 0) root.DeclaredEmpty = false;
        return true;
    }

    static bool SameColumns(BudgetTable a, BudgetTable b) =>
        a.Columns.Count == b.Columns.Count &&
        a.Columns.Zip(b.Columns).All(p => p.First.Index == p.Second.Index && p.First.Measure == p.Second.Measure && p.First.Role == p.Second.Role);
}
