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
                $"table {table.Index} ({table.Kind.Text()}): {result.Unresolved} of {result.Rows} names-only rows got no code from the catalog " +
                $"(a name it never met, or one that fits several places): {string.Join("; ", result.UnresolvedNames.Take(5))}", table.FirstPage));
        }
    }

    /// <summary>Resolves one table in place when it prints no code and its rows are subjects the catalog knows.</summary>
    public static CatalogResolution Resolve(BudgetTable table, CodeCatalog catalog, int? fiscalYear = null)
    {
        if (!IsCandidate(table)) return CatalogResolution.None;
        var rows = table.Rows.Where(r => !r.IsTotal && r.Side is null && r.Code is null && CatalogNames.Key(r.Name).Length > 0).ToList();
        if (rows.Count == 0) return CatalogResolution.None;

        // a function table's codes start with 2; an economic one's may be 3xx (部门) or 5xx (政府): its first 类 tells
        var expected = CodedTableNormalizer.ClassificationOf(table) == Classification.Function ? '2' : (char?)null;
        var unresolved = new List<string>();
        var resolved = 0;
        // side-by-side panels (人员经费 items left, 公用经费 items right) are separate trees, read panel by panel
        foreach (var panel in rows.GroupBy(r => r.Amounts.Count == 0 ? -1 : r.Amounts.Min(a => a.Column)))
        {
            var amountColumn = AmountColumn(table, panel);
            var state = new State(expected);
            foreach (var row in panel)
            {
                var amount = row.Amounts.FirstOrDefault(a => a.Column == amountColumn)?.Value;
                var entry = Choose(row.Name!, catalog, amount, state, fiscalYear);
                if (entry is null)
                {
                    if (state.Started) unresolved.Add(row.Name!);
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
        }
        if (resolved == 0) return CatalogResolution.None;

        table.Classification = CodedTableNormalizer.ClassificationOf(table);
        foreach (var row in table.Rows) row.Classification = table.Classification;
        table.CodeTree.Clear();
        table.CodeTree.AddRange(CodeTreeBuilder.Build(table.Rows, table.Classification));
        return new CatalogResolution(resolved + unresolved.Count, resolved, unresolved);
    }

    /// <summary>A table that prints no code and is not two-sided, a 三公 table or a performance table.</summary>
    static bool IsCandidate(BudgetTable table) =>
        table.Kind is not (TableKind.Summary or TableKind.AppropriationSummary or TableKind.ThreePublic or TableKind.PerformanceTargets)
        && !table.Rows.Any(r => r.Code is not null || r.Side is not null);

    /// <summary>The column the arithmetic is weighed in: the panel's total column, else the one printing the most
    /// amounts (percentages aside).</summary>
    static int? AmountColumn(BudgetTable table, IEnumerable<TableRow> panel)
    {
        var amounts = panel.SelectMany(r => r.Amounts).Where(a => a.Unit != "%").ToList();
        var totals = table.Columns.Where(c => c.Role == ColumnRole.Amount && c.Measure == Measure.Total).Select(c => c.Index).ToHashSet();
        return amounts.GroupBy(a => a.Column)
            .OrderByDescending(g => totals.Contains(g.Key)).ThenByDescending(g => g.Count(a => a.Value is not null)).ThenBy(g => g.Key)
            .FirstOrDefault()?.Key;
    }

    static CatalogEntry? Choose(string name, CodeCatalog catalog, decimal? amount, State state, int? year)
    {
        // a 类 opens a tree: only on a name met for it in several documents, as printed (a 款 住房保障 is no 住房保障支出)
        var exact = CatalogNames.Key(name);
        var named = catalog.Named(name).Where(e => !IsOneOff(e, name))
            .Where(e => e.Level > 1 || e.Names.Any(n => CatalogNames.Key(n.Name) == exact && n.Count >= CatalogSettings.TrustedNameDocuments)).ToList();
        var placed = named.Where(state.Fits).ToList();
        if (placed.Count == 0) return state.OutOfContext(named, name, amount);
        // met below this level somewhere: the row may be a child of an open node the catalog does not know
        bool MetDeeper(CatalogEntry e) => named.Any(n => n.Level > e.Level);
        var adding = placed.Where(e => state.AddsUp(e, amount, MetDeeper(e))).ToList();
        if (adding.Count == 0)
            // The amounts fit nowhere (the document's own sums disagree): a 项 the catalog knows under the open 款 is
            // still that 项; a 类 or 款 only when no open node could take the row as a child.
            return placed.Count == 1 && (placed[0].Level == 3 || !state.MayTakeAny(amount)) ? placed[0] : null;
        if (adding.Count == 1) return adding[0];

        if (state.Awaiting() is { } awaiting && adding.Where(e => e.Parent == awaiting.Code).ToList() is { Count: > 0 } under) adding = under;
        if (adding.Count > 1 && adding.Where(e => e.Code[0] == state.Preferred).ToList() is { Count: > 0 } preferred) adding = preferred;
        if (adding.Select(e => e.Code[0]).Distinct().Count() > 1) return null; // 303 or 509: the names cannot tell the trees apart
        if (adding.Count > 1 && year is not null && adding.Where(e => Evidence(e, name).Years.Contains(year.Value)).ToList() is { Count: > 0 } ofYear) adding = ofYear;
        return Dominant(adding, name);
    }

    /// <summary>The one entry left, or the one whose name is met in many more documents than any other's.</summary>
    static CatalogEntry? Dominant(List<CatalogEntry> entries, string name)
    {
        if (entries.Count <= 1) return entries.FirstOrDefault();
        var ranked = entries.Select(e => (Entry: e, Evidence(e, name).Count)).OrderByDescending(x => x.Count).ToList();
        return ranked[0].Count >= CatalogSettings.DominantDocuments && ranked[0].Count >= CatalogSettings.DominanceRatio * ranked[1].Count
            ? ranked[0].Entry : null;
    }

    /// <summary>A name met for the code in a single document while another name of the code is met in many: a row
    /// misread onto the code (201 read as 行政运行), not evidence of the code's name.</summary>
    static bool IsOneOff(CatalogEntry e, string name) =>
        Evidence(e, name).Count <= 1 && e.Names.Max(n => n.Count) >= CatalogSettings.DominantDocuments;

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
    sealed class State(char? preferred)
    {
        /// <summary>The first digit of the table's codes, fixed by the first 类 resolved.</summary>
        public char? Family { get; private set; }
        /// <summary>The first digit the table kind suggests (2 for function tables), preferred while the names tie.</summary>
        public char? Preferred => Family ?? preferred;
        /// <summary>A row has been resolved: the rows after it are subjects.</summary>
        public bool Started { get; private set; }
        Node? _class, _section;
        readonly bool[] _printsLevel = new bool[4];

        /// <summary>Tables print their subjects in code order (201, 20101, 2010101, 2010102, 20102 …): a code comes
        /// after every code resolved above it (which also uses each code once).</summary>
        bool After(CatalogEntry e) => _last is null || string.CompareOrdinal(e.Code, _last) > 0;

        string? _last;

        /// <summary>The entry's place is open: a 类, or a 款 under the open 类, or a 项 under the open 款; after the
        /// codes above.</summary>
        public bool Fits(CatalogEntry e) => After(e) && e.Level switch
        {
            // one tree per table: a function table does not turn into an economic one
            1 => Family is null || e.Code[0] == Family,
            2 => _class?.Code is { } c && c == e.Parent,
            3 => _section?.Code is { } s && s == e.Parent,
            _ => false,
        };

        /// <summary>A 款 or 项 printed without its parents above it (a table of 款 only, a list of 项): taken only when
        /// the catalog knows the name for one code only, met in several documents, of the table's classification, and
        /// no open node could take the row as an unknown child.</summary>
        public CatalogEntry? OutOfContext(List<CatalogEntry> named, string name, decimal? amount)
        {
            if (MayTakeAny(amount) || named.Count != 1) return null;
            var e = named[0];
            if (e.Level == 1 || !After(e) || (Family is { } f && e.Code[0] != f)) return null;
            if (Evidence(e, name).Count < CatalogSettings.TrustedNameDocuments) return null;
            var classCode = e.Code[..3];
            if (_class?.Code != classCode) { _class = Node.Virtual(classCode); _section = null; }
            if (e.Level == 3 && _section?.Code != e.Parent) _section = Node.Virtual(e.Parent!);
            return e;
        }

        /// <summary>The amounts allow the entry here: its parent has room for the row, and no node still awaiting its
        /// children could take the row instead.</summary>
        /// <param name="metDeeper">The catalog met the name at a lower level too: then a node that may have unknown
        /// children (blank amounts, a node the catalog does not know) keeps the row.</param>
        public bool AddsUp(CatalogEntry e, decimal? amount, bool metDeeper) => e.Level switch
        {
            1 => !Keeps(_section, amount, metDeeper) && !Keeps(_class, amount, metDeeper),
            2 => _class!.Takes(amount) && !Keeps(_section, amount, metDeeper),
            _ => _section!.Takes(amount),
        };

        /// <summary>The node takes the row for sure (awaiting children, with room for the amount), or may take it and
        /// the name is also met at a lower level.</summary>
        static bool Keeps(Node? node, decimal? amount, bool metDeeper) =>
            node is { IsVirtual: false, Awaiting: true } && amount is not null && node.Takes(amount) || metDeeper && MayTake(node, amount);

        /// <summary>The node may still take the row as a child: it awaits children and has room, or the amounts cannot
        /// tell (a blank amount) while it has or is presumed to have children.</summary>
        static bool MayTake(Node? node, decimal? amount) => node is { IsVirtual: false } && (node.Awaiting switch
        {
            true => amount is null || node.Takes(amount),
            null => node.MayHaveChildren,
            false => false,
        });

        /// <summary>An open node may still take the row as a child.</summary>
        public bool MayTakeAny(decimal? amount) => MayTake(_section, amount) || MayTake(_class, amount);

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
            _last = e.Code;
            Started = true;
            Family ??= e.Code[0];
            _printsLevel[Math.Clamp(e.Level, 1, 3)] = true;
            // a 类 of a table that prints 款 awaits its 款, a 款 of a table that prints 项 its 项
            var node = new Node(e.Code, amount, e.Level < 3 && _printsLevel[e.Level + 1]);
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
            if (!Started && _class is null)
            {
                // before the first 类: a row the catalog cannot place may be a 类 of its own (a tree the catalog does not
                // know); once rows are seen to add into it, a known 类 cannot start inside it. A heading or total
                // printed above the table does not count until then.
                _class = new Node(null, amount, false);
                return;
            }
            if (Takes(_section, amount)) { _section!.Add(amount); return; }
            if (amount is not null && _class is { } c && c.Takes(amount))
            {
                c.Add(amount);
                _section = new Node(null, amount, true);
                return;
            }
            _class = new Node(null, amount, true);
            _section = null;
        }
    }

    /// <summary>An open 类 or 款. <paramref name="presumeChildren"/>: before any child is printed, the node is taken to
    /// await children (a node the catalog does not know, or a level the table is seen to print below it).</summary>
    sealed class Node(string? code, decimal? amount, bool presumeChildren)
    {
        public string? Code { get; } = code;
        decimal _children;
        int _count;

        /// <summary>True once children are printed (or presumed) and while they fall short of the node's amount (the
        /// next row must be another child); false when they add up or none is printed yet (the node may be a leaf);
        /// null when the node prints no amount.</summary>
        public bool? Awaiting => amount is null ? null : (_count > 0 || presumeChildren) && _children + Tolerance() < amount.Value;

        /// <summary>Whether a child of <paramref name="child"/> still fits under the node's amount.</summary>
        public bool Takes(decimal? child) =>
            amount is null || child is null || _children + child.Value <= amount.Value + Tolerance();

        public void Add(decimal? child) { _children += child ?? 0m; _count++; }

        public bool MayHaveChildren => _count > 0 || presumeChildren;

        /// <summary>The parent of a 款 or 项 printed without it: known by code only, nothing known of its amount.</summary>
        public bool IsVirtual { get; private init; }

        public static Node Virtual(string code) => new(code, null, false) { IsVirtual = true };

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
