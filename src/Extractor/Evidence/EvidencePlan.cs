using Extractor.Model;
using Extractor.Raw;

namespace Extractor.Evidence;

/// <summary>A recognised table's outline on one page: the union of the boxes of its rows and amounts printed there.</summary>
public sealed record TableOutline(int TableIndex, TableKind Kind, string? Number, int Page, BoundingBox Box);

/// <summary>
/// A finding's cells on one page; for a finding without cells, the one box standing for what it points at
/// (<paramref name="Place"/> says what: <see cref="FindingPlace"/>).
/// </summary>
public sealed record FindingMark(CheckFinding Finding, int Page, IReadOnlyList<FindingCell> Cells, FindingPlace? Place = null)
{
    /// <summary>The value found wrong when it is on this page, else the first cell here.</summary>
    public FindingCell Anchor => Cells.FirstOrDefault(c => c.Role == FindingCellRole.Checked) ?? Cells[0];
}

/// <summary>What a <see cref="FindingMark"/> without cells boxes instead.</summary>
public enum FindingPlace
{
    /// <summary>The row (code, name) the finding is about: its own provenance box.</summary>
    Row,
    /// <summary>The paragraph holding the sentence the finding is about.</summary>
    Paragraph,
    /// <summary>The outline of the table the finding is about (a header year, a table as a whole).</summary>
    Table,
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
        {
            foreach (var group in f.Cells.Where(c => c.Provenance.Box is not null && c.Provenance.Page is not null).GroupBy(c => c.Provenance.Page!.Value))
                marks.Add(new FindingMark(f, group.Key, group.ToList()));
            if (f.Cells.Count == 0 && PlaceOf(f, outlines) is { } place) marks.Add(place);
        }
        return new EvidencePlan(outlines, marks);
    }

    /// <summary>
    /// What a finding without cells points at, when the document keeps a box for it: its own place (the row a code
    /// finding is about, the paragraph of a sentence), else the outline of its table (a table's header has no box of
    /// its own) on the page it names or the table's first.
    /// </summary>
    static FindingMark? PlaceOf(CheckFinding f, List<TableOutline> outlines)
    {
        if (f.Provenance is { Box: { } box, Page: { } page })
            return new FindingMark(f, page, new[] { PlaceCell(f, page, box) }, f.Row is null && f.Column is null ? FindingPlace.Paragraph : FindingPlace.Row);
        if (f.TableIndex is not { } index) return null;
        var onPage = outlines.Where(o => o.TableIndex == index).ToList();
        var outline = onPage.FirstOrDefault(o => o.Page == f.Provenance?.Page) ?? onPage.FirstOrDefault();
        return outline is null ? null : new FindingMark(f, outline.Page, new[] { PlaceCell(f, outline.Page, outline.Box) }, FindingPlace.Table);
    }

    static FindingCell PlaceCell(CheckFinding f, int page, BoundingBox box) => new()
    {
        Role = FindingCellRole.Checked, TableIndex = f.TableIndex ?? 0, Row = f.Row ?? -1, Column = f.Column ?? -1,
        Printed = f.Actual ?? "", Provenance = new Provenance { Page = page, Box = box },
    };

    /// <summary>
    /// Why a finding is shown without a box on the page, in words for the review page; null when it has one (its
    /// cells, or the place <see cref="PlaceOf"/> found).
    /// </summary>
    public string? WhyNoBox(CheckFinding f, bool pageGeometry)
    {
        if (Findings.Any(m => ReferenceEquals(m.Finding, f))) return null;
        if (!pageGeometry)
            return f.Cells.Count > 0 ? null
                : f.TableIndex is { } t ? $"about table {t} as a whole (the source has no page geometry to box)"
                : "the source has no page geometry to box";
        if (f.Cells.Count > 0) return "its cells were read without a box (a page the reader could not lay out)";
        if (f.Rule == Checks.CheckRules.TocVsTables) return $"a {Extractor.Vocabulary.OutputText.Contents} entry: the document keeps its text, not where it is printed";
        if (f.TableIndex is { } table) return $"about table {table}, which has no boxed row to outline";
        return f.Provenance?.Page is { } page
            ? $"the document keeps only its page ({page}), not a box"
            : "the document keeps no position for it";
    }

    /// <summary>Pages with at least one boxed finding of the given severities.</summary>
    public ISet<int> PagesWithFindings(params Severity[] severities) =>
        Findings.Where(m => severities.Length == 0 || severities.Contains(m.Finding.Severity)).Select(m => m.Page).ToHashSet();
}
