using Extractor.Model;
using Extractor.Raw;

namespace Extractor.Evidence;

/// <summary>A recognised table's outline on one page: the union of the boxes of its rows and amounts printed there.</summary>
public sealed record TableOutline(int TableIndex, TableKind Kind, string? Number, int Page, BoundingBox Box);

/// <summary>A finding's cells on one page.</summary>
public sealed record FindingMark(CheckFinding Finding, int Page, IReadOnlyList<FindingCell> Cells)
{
    /// <summary>The value found wrong when it is on this page, else the first cell here.</summary>
    public FindingCell Anchor => Cells.FirstOrDefault(c => c.Role == FindingCellRole.Checked) ?? Cells[0];
}

/// <summary>
/// What evidence draws for a document, from the canonical document alone: table outlines per page and, per
/// finding, its cells with a box grouped by page. Boxes are in upright page space (points, origin bottom-left), as
/// layout read them.
/// </summary>
public sealed class EvidencePlan
{
    public IReadOnlyList<TableOutline> Tables { get; }
    public IReadOnlyList<FindingMark> Findings { get; }

    EvidencePlan(IReadOnlyList<TableOutline> tables, IReadOnlyList<FindingMark> findings)
    {
        Tables = tables;
        Findings = findings;
    }

    public static EvidencePlan For(BudgetDocument doc)
    {
        var outlines = new List<TableOutline>();
        foreach (var table in doc.Tables)
        {
            var boxes = new Dictionary<int, BoundingBox>();
            void Take(Provenance p)
            {
                if (p.Box is not { } b || p.Page is not { } page) return;
                boxes[page] = boxes.TryGetValue(page, out var u) ? u.Union(b) : b;
            }
            foreach (var row in table.Rows)
            {
                Take(row.Provenance);
                foreach (var a in row.Amounts) Take(a.Provenance);
            }
            foreach (var (page, box) in boxes.OrderBy(kv => kv.Key))
                outlines.Add(new TableOutline(table.Index, table.Kind, table.Number, page, box));
        }

        var marks = new List<FindingMark>();
        foreach (var f in doc.Checks)
            foreach (var group in f.Cells.Where(c => c.Provenance.Box is not null && c.Provenance.Page is not null).GroupBy(c => c.Provenance.Page!.Value))
                marks.Add(new FindingMark(f, group.Key, group.ToList()));
        return new EvidencePlan(outlines, marks);
    }

    /// <summary>Pages with at least one boxed finding of the given severities.</summary>
    public ISet<int> PagesWithFindings(params string[] severities) =>
        Findings.Where(m => severities.Length == 0 || severities.Contains(m.Finding.Severity)).Select(m => m.Page).ToHashSet();
}
