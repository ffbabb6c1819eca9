using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Pipeline;

/// <summary>
/// Joins a table's continuation part (recognised on a later page, normalised with the same columns) onto the table
/// it continues, so that sums, trees and line items see one table. Each row keeps its own page in its provenance.
/// </summary>
public static class ContinuationMerger
{
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
