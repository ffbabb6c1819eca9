using Extractor.Model;

namespace Extractor.Catalog;

/// <summary>
/// The subject-code catalog: every code of the classification trees (支出功能分类, 部门/政府预算支出经济分类, 收入分类)
/// met in the coded tables of the documents it was built from, with every name, year and count. The shipped one
/// (<see cref="Default"/>) is src/Extractor/Catalog/subject-catalog.tsv, loaded once.
/// </summary>
public sealed class CodeCatalog
{
    const string ResourceName = "Extractor.Catalog.subject-catalog.tsv";
    static readonly Lazy<CodeCatalog> Shipped = new(LoadShipped);

    readonly Dictionary<string, CatalogEntry> _byCode = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<CatalogEntry>> _byKey = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<CatalogEntry>> _byFold = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _previous = new(StringComparer.Ordinal);

    public CodeCatalog(IEnumerable<CatalogEntry> entries)
    {
        var lastOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entries.OrderBy(e => e.Code, StringComparer.Ordinal))
        {
            _byCode[e.Code] = e;
            // codes in order: the last one met of the same level under the same parent (or tree) precedes this one
            var siblings = (ParentOf(e.Code) ?? e.Code[..1]) + "/" + e.Code.Length;
            if (lastOf.TryGetValue(siblings, out var before)) _previous[e.Code] = before;
            lastOf[siblings] = e.Code;
            foreach (var key in e.Names.Select(n => CatalogNames.Key(n.Name)).Distinct()) Add(_byKey, key, e);
            foreach (var fold in e.Names.Select(n => CatalogNames.Fold(n.Name)).Distinct()) Add(_byFold, fold, e);
        }
    }

    /// <summary>The catalog shipped with the library (empty when the resource is missing).</summary>
    public static CodeCatalog Default => Shipped.Value;

    public static CodeCatalog Empty { get; } = new(Array.Empty<CatalogEntry>());

    public IEnumerable<CatalogEntry> Entries => _byCode.Values;
    public int Count => _byCode.Count;

    public CatalogEntry? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var e) ? e : null;

    public bool Contains(string? code) => Find(code) is not null;

    /// <summary>The code the catalog knows just before <paramref name="code"/> (itself in the catalog) among its
    /// siblings (same level, same parent; 类 of the same tree), or null.</summary>
    public string? PreviousSibling(string? code) => code is not null && _previous.TryGetValue(code, out var p) ? p : null;

    public IReadOnlyList<CatalogEntry> Named(string? name)
    {
        var key = CatalogNames.Key(name);
        if (key.Length == 0) return Array.Empty<CatalogEntry>();
        if (_byKey.TryGetValue(key, out var exact)) return exact;
        return _byFold.TryGetValue(CatalogNames.Fold(key), out var folded) ? folded : Array.Empty<CatalogEntry>();
    }

    /// <summary>Entries with a name equal to <paramref name="name"/> up to edition drift (brackets, a trailing 支出), whether
    /// or not an entry bears it exactly.</summary>
    public IReadOnlyList<CatalogEntry> Folded(string? name) =>
        _byFold.TryGetValue(CatalogNames.Fold(name), out var folded) ? folded : Array.Empty<CatalogEntry>();

    /// <summary>The names of <paramref name="code"/> met in at least <paramref name="minDocuments"/> documents.</summary>
    public IReadOnlyList<CatalogName> NamesOf(string code, int minDocuments = 1) =>
        Find(code)?.Names.Where(n => n.Count >= minDocuments).ToList() ?? (IReadOnlyList<CatalogName>)Array.Empty<CatalogName>();

    /// <summary>Entries whose code starts with <paramref name="query"/> (digits), or whose names contain it.</summary>
    public IEnumerable<CatalogEntry> Search(string query)
    {
        query = query.Trim();
        if (query.Length > 0 && query.All(char.IsAsciiDigit))
            return Entries.Where(e => e.Code.StartsWith(query, StringComparison.Ordinal));
        var key = CatalogNames.Key(query);
        var fold = CatalogNames.Fold(query);
        return Entries.Where(e => e.Names.Any(n => n.Name.Contains(key, StringComparison.Ordinal) || CatalogNames.Fold(n.Name).Contains(fold, StringComparison.Ordinal)));
    }

    /// <summary>The classification of a code by its first digit: 1 revenue, 2 function, 3 economic, 5 economic-government.</summary>
    public static Classification? ClassificationOf(string code) => code.Length == 0 ? null : code[0] switch
    {
        '1' => Classification.Revenue,
        '2' => Classification.Function,
        '3' => Classification.Economic,
        '5' => Classification.EconomicGovernment,
        _ => null,
    };

    /// <summary>Level by length: 3 digits 类, 5 款, 7 项.</summary>
    public static int? LevelOf(string code) => code.Length switch { 3 => 1, 5 => 2, 7 => 3, _ => null };

    public static string? ParentOf(string code) => code.Length switch { 5 => code[..3], 7 => code[..5], _ => null };

    static void Add(Dictionary<string, List<CatalogEntry>> index, string key, CatalogEntry e)
    {
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = new List<CatalogEntry>();
        if (!list.Contains(e)) list.Add(e);
    }

    static CodeCatalog LoadShipped()
    {
        using var stream = typeof(CodeCatalog).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return Empty;
        using var reader = new StreamReader(stream);
        return CatalogTsv.Read(reader);
    }
}
