using Extractor.Catalog;
using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Names-only tables (no code printed, the hierarchy by order and indentation only) get their codes from the
/// subject-code catalog. Each row's name is looked up, and of the codes printed with that name only those that fit the
/// rows above are kept: a 类 opens a tree, a 款 sits under the open 类, a 项 under the open 款, and a code is used once
/// per table. The amounts then decide between places that still fit (其他一般公共服务支出 as 款 20199 and as 项
/// 2019999): a node whose children printed so far do not yet add up to it takes the next row. Then the edition (a
/// name met in the document's year) and the weight of evidence (a name met in many documents against one met once,
/// a misreading) decide. A row still ambiguous, or a name the catalog never met, stays code-less and is counted, never
/// guessed; its amount still counts towards the open parent, so the rows after it keep their place.
/// </summary>
public static class CatalogCodeResolver
{
    /// <summary>Resolves every names-only table of the document; tables with rows left code-less get a document issue.</summary>
    public static void Resolve(BudgetDocument doc, CodeCatalog catalog)
    {
        foreach (var table in doc.Tables)
        {
            var result = Resolve(table, catalog, doc.Metadata.FiscalYear);
            if (result.Resolved == 0 || result.Unresolved == 0) continue;
            doc.Issues.Add(new DocumentIssue("codes-unresolved",
                $"table {table.Index} ({table.Kind}): {result.Unresolved} of {result.Rows} names-only rows got no code from the catalog " +
                $"(a name it never met, or one that fits several places): {string.Join("; ", result.UnresolvedNames.Take(5))}", table.FirstPage));
        }
    }

    /// <summary>Resolves one table in place when it prints no code and opens with a 类 the catalog knows.</summary>
    public static CatalogResolution Resolve(BudgetTable table, CodeCatalog catalog, int? fiscalYear = null)
    {
        if (!IsCandidate(table)) return CatalogResolution.None;
        var rows = table.Rows.Where(r => !r.IsTotal && r.Side is null && r.Code is null && CatalogNames.Key(r.Name).Length > 0).ToList();
        if (rows.Count == 0) return CatalogResolution.None;

        var amountColumn = AmountColumn(table);
        var state = new State();
        var unresolved = new List<string>();
        var resolved = 0;
        foreach (var row in rows)
        {
            var amount = row.Amounts.FirstOrDefault(a => a.Column == amountColumn)?.Value;
            var entry = Choose(row.Name!, catalog, amount, state, fiscalYear);
            if (entry is null)
            {
                if (state.Family is not null) unresolved.Add(row.Name!);
                state.Unknown(amount);
                continue;
            }
            state.Open(entry, amount);
            row.Code = entry.Code;
            row.Level = entry.Level;
            row.ParentCode = entry.Parent;
            row.CodeSource = CodeSource.Catalog;
            resolved++;
        }
        if (resolved == 0) return CatalogResolution.None;

        table.Classification = CodedTableNormalizer.ClassificationOf(table);
        foreach (var row in table.Rows) row.Classification = table.Classification;
        table.CodeTree.Clear();
        table.CodeTree.AddRange(CodeTreeBuilder.Build(table.Rows, table.Classification));
        return new CatalogResolution(resolved + unresolved.Count, resolved, unresolved);
    }

    /// <summary>A table of subjects that prints no code: not two-sided, not a 三公, performance, procurement or project list.</summary>
    static bool IsCandidate(BudgetTable table) =>
        table.Kind is not (TableKind.Summary or TableKind.AppropriationSummary or TableKind.ThreePublic or TableKind.PerformanceTargets
            or TableKind.Procurement or TableKind.ProjectExpenditure)
        && !table.Rows.Any(r => r.Code is not null || r.Side is not null);

    /// <summary>The column the arithmetic is weighed in: the total column, else the first amount column.</summary>
    static int? AmountColumn(BudgetTable table)
    {
        var amounts = table.Columns.Where(c => c.Role == ColumnRole.Amount).ToList();
        return (amounts.FirstOrDefault(c => c.Measure == Measure.Total) ?? amounts.FirstOrDefault())?.Index;
    }

    static CatalogEntry? Choose(string name, CodeCatalog catalog, decimal? amount, State state, int? year)
    {
        var placed = catalog.Named(name).Where(state.Fits).ToList();
        if (placed.Count == 0) return null;
        var adding = placed.Where(e => state.AddsUp(e, amount)).ToList();
        if (adding.Count == 0)
            // The amounts fit nowhere (the document's own sums disagree): a 项 the catalog knows under the open 款 is
            // still that 项; a 类 or 款 only when no open node could take the row as an unknown child.
            return placed.Count == 1 && (placed[0].Level == 3 || !state.SomeNodeTakes(amount)) ? placed[0] : null;
        if (adding.Count == 1) return adding[0];

        if (state.Awaiting() is { } awaiting && adding.Where(e => e.Parent == awaiting.Code).ToList() is { Count: > 0 } under) adding = under;
        if (adding.Count == 1) return adding[0];
        if (year is not null && adding.Where(e => Evidence(e, name).Years.Contains(year.Value)).ToList() is { Count: > 0 } ofYear) adding = ofYear;
        if (adding.Count == 1) return adding[0];
        // One reading against many: a name met once under a code and many times under another is a misreading.
        var ranked = adding.Select(e => (Entry: e, Evidence(e, name).Count)).OrderByDescending(x => x.Count).ToList();
        return ranked[0].Count >= CatalogSettings.DominantDocuments && ranked[0].Count >= CatalogSettings.DominanceRatio * ranked[1].Count
            ? ranked[0].Entry : null;
    }

    /// <summary>The catalog's evidence for <paramref name="name"/> under an entry: years met and documents.</summary>
    static (IReadOnlyList<int> Years, int Count) Evidence(CatalogEntry e, string name)
    {
        var key = CatalogNames.Key(name);
        var fold = CatalogNames.Fold(name);
        var names = e.Names.Where(n => CatalogNames.Key(n.Name) == key).ToList();
        if (names.Count == 0) names = e.Names.Where(n => CatalogNames.Fold(n.Name) == fold).ToList();
        return (names.SelectMany(n => n.Years).Distinct().ToList(), names.Sum(n => n.Count));
    }

    /// <summary>The open 类 and 款 as the rows are read, with the amounts their children have used so far.</summary>
    sealed class State
    {
        /// <summary>The first digit of the table's codes, fixed by the first 类 resolved.</summary>
        public char? Family;
        Node? _class, _section;
        readonly HashSet<string> _used = new(StringComparer.Ordinal);

        /// <summary>The entry's place is open: its parent is the open 类 or 款 (a 类 needs none), and it is unused.</summary>
        public bool Fits(CatalogEntry e)
        {
            if (_used.Contains(e.Code)) return false;
            if (Family is null) return e.Level == 1;
            if (e.Code[0] != Family) return false;
            return e.Level switch
            {
                1 => true,
                2 => _class?.Code is { } c && c == e.Parent,
                3 => _section?.Code is { } s && s == e.Parent,
                _ => false,
            };
        }

        /// <summary>The amounts allow the entry here: its parent has room for the row, and no node still awaiting its
        /// children could take the row instead.</summary>
        public bool AddsUp(CatalogEntry e, decimal? amount) => e.Level switch
        {
            1 => !Takes(_section, amount) && !Takes(_class, amount),
            2 => _class!.Takes(amount) && !Takes(_section, amount),
            _ => _section!.Takes(amount),
        };

        /// <summary>An open node awaiting children has room for the row.</summary>
        public bool SomeNodeTakes(decimal? amount) => Takes(_section, amount) || Takes(_class, amount);

        static bool Takes(Node? node, decimal? amount) => node is { Awaiting: true } && amount is not null && node.Takes(amount);

        /// <summary>The 款, else the 类, whose children printed so far do not yet add up to it; null when neither.</summary>
        public Node? Awaiting()
        {
            if (_section is { Code: not null, Awaiting: true }) return _section;
            if (_section is { Awaiting: null }) return null;
            return _class is { Code: not null, Awaiting: true } ? _class : null;
        }

        public void Open(CatalogEntry e, decimal? amount)
        {
            _used.Add(e.Code);
            Family ??= e.Code[0];
            var node = new Node(e.Code, amount);
            switch (e.Level)
            {
                case 1: _class = node; _section = null; break;
                case 2: _class?.Add(amount); _section = node; break;
                default: _section?.Add(amount); break;
            }
        }

        /// <summary>A row the catalog cannot place: its amount tells which open node it belongs to, and what it is
        /// not known to be cannot have children the resolver could place.</summary>
        public void Unknown(decimal? amount)
        {
            if (Family is null) return;
            if (Takes(_section, amount)) { _section!.Add(amount); return; }
            if (amount is not null && _class is { } c && c.Takes(amount))
            {
                c.Add(amount);
                _section = new Node(null, amount);
                return;
            }
            _class = new Node(null, amount);
            _section = null;
        }
    }

    sealed class Node(string? code, decimal? amount)
    {
        public string? Code { get; } = code;
        decimal _children;
        int _count;

        /// <summary>True once children are printed and while they fall short of the node's amount (the next row must
        /// be another child); false when they add up or none is printed yet (the node may be a leaf); null when the
        /// node prints no amount.</summary>
        public bool? Awaiting => amount is null ? null : _count > 0 && _children + Tolerance() < amount.Value;

        /// <summary>Whether a child of <paramref name="child"/> still fits under the node's amount.</summary>
        public bool Takes(decimal? child) =>
            amount is null || child is null || _children + child.Value <= amount.Value + Tolerance();

        public void Add(decimal? child) { _children += child ?? 0m; _count++; }

        decimal Tolerance()
        {
            var lastDigit = amount is { } a && a.Scale == 0 ? 1m : CatalogSettings.RoundingPerPart;
            return lastDigit * (_count + 1);
        }
    }
}

/// <summary>What the resolver did with a table: names-only rows seen, rows given a code, names left code-less.</summary>
public sealed record CatalogResolution(int Rows, int Resolved, IReadOnlyList<string> UnresolvedNames)
{
    public static CatalogResolution None { get; } = new(0, 0, Array.Empty<string>());
    public int Unresolved => Rows - Resolved;
}
