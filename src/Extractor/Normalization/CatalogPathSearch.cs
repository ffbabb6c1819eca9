using Extractor.Catalog;
using Extractor.Vocabulary;
using S = Extractor.Catalog.CatalogSettings;

namespace Extractor.Normalization;

/// <summary>
/// Reads a names-only table as a path through a classification tree: row by row, every reading that is still open
/// (a beam of the best <see cref="CatalogSettings.BeamWidth"/>) takes each of the row's candidate codes that fits, or
/// leaves the row code-less. A code fits when it comes after every code placed above it (tables print subjects in code
/// order), belongs to the tree of the table's first 类, and, for a 款 or 项, sits under the 类 or 款 open above it; one
/// printed without its parent above it (a list of 项, a 款 under a 类 the catalog does not know) is an orphan, worth
/// less. Each placed row scores a point (an orphan half); when a node closes, its children's amounts either add up to
/// its own (a bonus), overflow it (a strong penalty) or fall short with nothing unknown to explain the gap (a penalty).
/// The weight of evidence across documents (how many printed the name for the code, in the document's year) and the
/// table kind's tree only break ties. The margin of a row is how much the best reading loses when the row is read
/// otherwise (another code, or none): the reading that placed it differently and was merged into the best, or left in
/// the beam at the end, or the other candidates of the same step.
/// </summary>
public static class CatalogPathSearch
{
    /// <summary>A row to place: its printed name and its amount in the column the arithmetic is weighed in; in a partly
    /// coded table, <paramref name="Printed"/> is the code the row prints: the reading places it there (it anchors the
    /// rows around it), or leaves it out where no reading can.</summary>
    public sealed record Subject(string Name, decimal? Amount, string? Printed = null)
    {
        /// <summary>An 其中 line: it and the lines after it under the same node list part of the node, not all of it.</summary>
        public bool OfWhich { get; } = PrintedText.IsOfWhich(Name);
    }

    /// <summary>A row placed: its code and whether the placement is high-confidence.</summary>
    public sealed record Placement(CatalogEntry Entry, bool High);

    /// <summary>One placement per subject (null: code-less).</summary>
    public static IReadOnlyList<Placement?> Run(IReadOnlyList<Subject> subjects, CodeCatalog catalog, char? preferred, int? year) =>
        Run(subjects, catalog, preferred, year, out _);

    /// <summary>One placement per subject (null: code-less), and for each code-less subject the code of the node its
    /// amount counts towards in the chosen reading (the deepest open node with room for it; null when none, or when it
    /// is the child of a code-less row above it).</summary>
    public static IReadOnlyList<Placement?> Run(IReadOnlyList<Subject> subjects, CodeCatalog catalog, char? preferred, int? year, out IReadOnlyList<string?> owners)
    {
        var candidates = subjects.Select(s => s.Printed is { } code ? PrintedCandidate(code, catalog) : Candidates(s.Name, catalog, year)).ToList();
        var beam = new List<Path> { Path.Start };
        // readings set aside for lack of room, nearest the cut first: rivals at the score they had then
        var setAside = new List<Path>();
        for (var i = 0; i < subjects.Count; i++)
        {
            var next = new Dictionary<StateKey, Path>();
            foreach (var path in beam)
            {
                // a printed code is no choice: the row is left out only where no reading can place it
                var printed = subjects[i].Printed is not null;
                var expansions = printed ? new List<Path>() : new List<Path> { path.Skip(i, subjects[i], candidates[i].Count > 0) };
                // a row is placed without its parent above it only where no open node can take it
                foreach (var orphans in new[] { false, true })
                {
                    foreach (var c in candidates[i])
                        if (path.Place(i, c, subjects[i], preferred, orphans) is { } placed) expansions.Add(placed);
                    if (expansions.Count > (printed ? 0 : 1)) break;
                }
                if (expansions.Count == 0) expansions.Add(path.Skip(i, subjects[i], candidates[i].Count > 0));
                foreach (var e in expansions) Merge(next, e);
            }
            var ranked = next.Values.OrderByDescending(p => p.Score).ToList();
            beam = ranked.Take(S.BeamWidth).ToList();
            // the best reading of each open 类 stays, however far behind: a reading that opens the next 类 pays now for
            // the node it closes (a document omitting its 款 rows), while readings that leave that 类 out pay at the end
            var open = beam.Select(p => p.Key.Class).ToHashSet();
            foreach (var p in ranked.Skip(S.BeamWidth))
                if (open.Add(p.Key.Class)) beam.Add(p);
            setAside.AddRange(ranked.Skip(S.BeamWidth).Take(S.SetAsideRivals));
        }
        var best = beam.Select(p => p.Close()).OrderByDescending(p => p.Score).ToList() is var finals ? finals[0] : null!;
        foreach (var other in finals.Skip(1)) RecordMargins(best.Step, other.Step, best.Score - other.Score);
        for (var s = best.Step; s is not null; s = s.Prev)
            foreach (var (margin, loser) in s.Rivals ?? new()) RecordMargins(s, loser, margin);

        var steps = new Step[subjects.Count];
        for (var s = best.Step; s is not null; s = s.Prev) steps[s.Row] = s;
        foreach (var rival in setAside)
            if (steps[rival.Step!.Row] is var mine && mine.Score - rival.Score < S.HighMargin)
                RecordMargins(mine, rival.Step, mine.Score - rival.Score);
        var owed = new string?[subjects.Count];
        var broken = BrokenSums(steps, candidates, subjects, preferred, owed);
        var result = new Placement?[subjects.Count];
        owners = owed;
        // a row left out though the catalog knows its name is a repeat or a misfit, not an unnamed part of the node
        for (var i = 0; i < steps.Length; i++)
            if (steps[i].Entry is null && candidates[i].Count > 0) owed[i] = null;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (step.Entry is not { } entry) continue;
            // a tie the structure cannot break: only a name met in many more documents than its rivals' is taken; the
            // row counts towards the parent the reading gave it if its rivals share that parent
            if (step.Margin < S.TieMargin && !step.Dominant)
            {
                if (candidates[i].Where(c => c.Entry.Level == entry.Level && c.Entry.Code[0] == entry.Code[0]).All(c => c.Entry.Parent == entry.Parent)) owed[i] = entry.Parent;
                continue;
            }
            var parentHigh = step.Parent is not { } p || result[p.Row] is { High: true };
            result[i] = new Placement(entry, step.Trusted && !step.Orphan && !step.Contested && !step.Disordered && parentHigh && step.Margin >= S.HighMargin && !broken.Contains(i));
        }
        return result;
    }

    /// <summary>The rows of the chosen reading whose node does not add up: the reading replayed, every node's sums
    /// judged; <paramref name="owed"/> gets the node each code-less row counts towards.</summary>
    static HashSet<int> BrokenSums(Step[] steps, List<List<Candidate>> candidates, IReadOnlyList<Subject> subjects, char? preferred, string?[] owed)
    {
        var broken = new HashSet<int>();
        var path = Path.Start.Judging(broken, owed);
        for (var i = 0; i < steps.Length; i++)
            path = steps[i].Entry is { } e
                ? path.Place(i, candidates[i].First(c => c.Entry == e), subjects[i], preferred, steps[i].Orphan)!
                : path.Skip(i, subjects[i], candidates[i].Count > 0);
        path.Close();
        return broken;
    }

    /// <summary>Keeps the better of two readings that leave the same state; the rows where they differ record the margin.</summary>
    static void Merge(Dictionary<StateKey, Path> next, Path path)
    {
        if (!next.TryGetValue(path.Key, out var held)) { next[path.Key] = path; return; }
        var (winner, loser) = path.Score > held.Score ? (path, held) : (held, path);
        // the rows the loser reads otherwise are won by this margin, if the winner's reading turns out the best
        (winner.Step!.Rivals ??= new()).Add((winner.Score - loser.Score, loser.Step!));
        next[path.Key] = winner;
    }

    /// <summary>Every row the loser reads otherwise than the winner: the winner wins it by at most the score difference.</summary>
    static void RecordMargins(Step? winner, Step? loser, double margin)
    {

        for (Step? w = winner, l = loser; w is not null && l is not null && !ReferenceEquals(w, l); w = w.Prev, l = l.Prev)
            if (w.Entry?.Code != l.Entry?.Code) w.Margin = Math.Min(w.Margin, margin);
    }

    /// <summary>The codes printed with the name in other documents. A 类 opens a tree: only on a name met for it in several
    /// documents, as printed (a 款 住房保障 is no 住房保障支出); a name read once onto a code met in many under another
    /// name is a misreading, no evidence. The latter yields where the name has no other home in the catalog: a code's
    /// name in another edition (工读学校教育 / 专门学校教育) is evidence of that code alone.
    /// Rivals are the candidates of the same level: a 款 and a 项 of one name are told apart by the structure, two codes
    /// of one level by the evidence, the edition nearest the document's year first.</summary>
    static List<Candidate> Candidates(string name, CodeCatalog catalog, int? year)
    {
        var exact = CatalogNames.Key(name);
        var fold = CatalogNames.Fold(name);
        var printed = catalog.Named(name);
        var onlyHome = printed.Count == 1;
        // a 类 printed without its 支出 (一般公共服务 for 201 一般公共服务支出) is a candidate beside the 款 that bears the
        // short name exactly (21901 一般公共服务 under 援助其他地区支出): where the row sits in the tree tells them apart
        var all = printed.Concat(catalog.Folded(name).Where(e => e.Level == 1 && !printed.Contains(e))).ToList();
        var named = all.Where(e => onlyHome && e.Level > 1 || !IsOneOff(e, name))
            .Where(e => e.Level > 1 || e.Names.Any(n => (CatalogNames.Key(n.Name) == exact || CatalogNames.Fold(n.Name) == fold) && n.MetIn(S.TrustedNameDocuments))).ToList();
        var evidence = named.Select(e => Evidence(e, name)).ToList();
        var distance = evidence.Select(x => year is { } y && x.Years.Count > 0 ? x.Years.Min(v => Math.Abs(v - y)) : int.MaxValue).ToList();
        return named.Select((e, k) =>
        {
            var (years, count, seed) = evidence[k];
            var rivals = Enumerable.Range(0, named.Count).Where(o => o != k && named[o].Level == e.Level).ToList();
            var others = rivals.Select(o => evidence[o].Count).DefaultIfEmpty(0).Max();
            var dominant = count >= S.DominantDocuments && count >= S.DominanceRatio * others;
            // the document's own edition: the name met in its year, else in the year nearest to it of all rivals'
            var edition = distance[k] == 0 || distance[k] != int.MaxValue && rivals.All(o => distance[o] > distance[k]);
            var weight = S.EvidenceWeight * Math.Log2(1 + count) + (edition ? S.EditionWeight : 0);
            // a sibling the name was read onto once is set aside, but the row is then no longer beyond doubt
            var contested = all.Any(o => o != e && o.Parent == e.Parent && o.Level == e.Level);
            // the name is its child's too (20401 武装警察部队 / 2040101 武装警察部队): read as the parent only if a child follows
            var namesake = named.Any(o => o.Parent == e.Code);
            return new Candidate(e, weight, seed || count >= S.TrustedNameDocuments, dominant, contested, namesake, catalog.PreviousSibling(e.Parent));
        }).ToList();
    }

    /// <summary>The one candidate of a row printing its code: the catalog's entry, or one made from the code alone
    /// (a code the catalog never met); none for a code outside the trees.</summary>
    static List<Candidate> PrintedCandidate(string code, CodeCatalog catalog)
    {
        if (CodeCatalog.LevelOf(code) is not { } level || CodeCatalog.ClassificationOf(code) is not { } classification) return new();
        var entry = catalog.Find(code) ?? new CatalogEntry { Code = code, Classification = classification, Level = level, Parent = CodeCatalog.ParentOf(code) };
        return new() { new Candidate(entry, 0, true, true, false, false, catalog.PreviousSibling(entry.Parent)) };
    }

    /// <summary>A name met for the code in a single document while another name of the code is met in many: a row
    /// misread onto the code (201 read as 行政运行), not evidence of the code's name. A seed name is the code's own.</summary>
    static bool IsOneOff(CatalogEntry e, string name) =>
        Evidence(e, name) is { Count: <= 1, Seed: false } && e.Names.Max(n => n.Count) >= S.DominantDocuments;

    /// <summary>The catalog's evidence for <paramref name="name"/> under an entry: years met, documents, and whether the
    /// seed names the code so (the classification's own name: trusted, but no document's weight).</summary>
    static (IReadOnlyList<int> Years, int Count, bool Seed) Evidence(CatalogEntry e, string name)
    {
        var key = CatalogNames.Key(name);
        var fold = CatalogNames.Fold(name);
        var names = e.Names.Where(n => CatalogNames.Key(n.Name) == key).ToList();
        if (names.Count == 0) names = e.Names.Where(n => CatalogNames.Fold(n.Name) == fold).ToList();
        return (names.SelectMany(n => n.Years).Distinct().ToList(), names.Sum(n => n.Count), names.Any(n => n.Seed));
    }

    /// <param name="Weight">Evidence across documents, a tie-breaker only.</param>
    /// <param name="Trusted">Met in several documents, or the seed's name: may be placed without its parent above it.</param>
    /// <param name="Dominant">Met in many more documents than any rival code of the name.</param>
    /// <param name="Contested">A sibling code was printed with the name too (in a single document).</param>
    /// <param name="Namesake">A child code of this one is printed with the same name.</param>
    /// <param name="PriorParent">The catalog's code before the candidate's parent, at its level and under its own parent.</param>
    sealed record Candidate(CatalogEntry Entry, double Weight, bool Trusted, bool Dominant, bool Contested, bool Namesake, string? PriorParent);

    /// <summary>The decision taken at a row (a code or none) in a reading, linked to the decisions above it.</summary>
    sealed class Step(Step? prev, int row, CatalogEntry? entry)
    {
        public Step? Prev { get; } = prev;
        /// <summary>The reading's score once this decision is taken.</summary>
        public double Score { get; set; }
        public int Row { get; } = row;
        public CatalogEntry? Entry { get; } = entry;
        /// <summary>Placed without its parent open above it.</summary>
        public bool Orphan { get; init; }
        public bool Dominant { get; init; }
        public bool Contested { get; init; }
        /// <summary>The name is met for the code in several documents (one document's reading is no certainty).</summary>
        public bool Trusted { get; init; }
        /// <summary>Placed out of code order.</summary>
        public bool Disordered { get; init; }
        /// <summary>The step of the row that opened the parent node, if printed.</summary>
        public Step? Parent { get; init; }
        /// <summary>How much the best reading loses when this row is read otherwise.</summary>
        public double Margin { get; set; } = double.PositiveInfinity;
        /// <summary>Readings merged into this one at this row (same state after it): how much they lost by, and their last step.</summary>
        public List<(double Margin, Step Loser)>? Rivals { get; set; }
    }

    /// <summary>An open 类 or 款: its code, amount, the amounts of its placed children and of rows the catalog could not
    /// place below it. Virtual: known by code only (a parent not printed above its child). Namesake: its row's name is
    /// its child's name too.</summary>
    sealed record Node(string Code, decimal? Amount, decimal Children, decimal Unknown, int Count, bool Virtual, Step? Opener, bool Namesake = false)
    {
        /// <summary>An 其中 line was printed below it: what is printed below is part of it, so it may fall short.</summary>
        public bool Partial { get; init; }
        /// <summary>A row the catalog could name was left code-less below it (a reading passing over a candidate).</summary>
        public bool Passed { get; init; }

        public Node WithChild(Subject s) => this with { Children = Children + (s.Amount ?? 0m), Count = Count + 1, Partial = Partial || s.OfWhich };
        public Node WithUnknown(Subject s, bool named) => this with { Unknown = Unknown + (s.Amount ?? 0m), Partial = Partial || s.OfWhich, Passed = Passed || named };

        public bool HasRoom(decimal? amount) => Amount is null || amount is null || Children + Unknown + amount <= Amount + S.RoundingPerPart * (Count + 1) * (Amount.Value.Scale == 0 ? 100 : 1);

        /// <summary>Score of the node's arithmetic when it closes; marks its opening row when the sums break.</summary>
        public double Verdict(HashSet<int>? broken)
        {
            if (Virtual) return 0;
            // a leaf (nothing printed below it) has no sums to judge; one named as its child is rather that child
            if (Count == 0 && Unknown == 0) return Namesake ? -S.NamesakeLeafPenalty : 0;
            if (Amount is not { } amount) return 0;
            var tolerance = (amount.Scale == 0 ? 1m : S.RoundingPerPart) * (Count + 1);
            double verdict;
            if (Math.Abs(Children - amount) <= tolerance) verdict = Unknown == 0 ? S.SumBonus : 0;
            // rows left code-less still count: leaving a row out never mends a sum the document itself breaks
            else if (Children + Unknown > amount + tolerance) verdict = -S.OverflowPenalty;
            // the gap is explained by rows the catalog could not place, or by rows meant for a higher node
            else if (Unknown != 0 && Children + Unknown >= amount - tolerance) verdict = 0;
            // an 其中 list names part of the node only; and a node with no child placed, below which only names the catalog
            // never met fall short of it, is judged as a leaf: those rows may as well be its siblings (款 it does not know)
            else if (Partial || Count == 0 && !Passed) verdict = 0;
            else verdict = -S.ShortfallPenalty;
            if (verdict < 0 && Opener is not null) broken?.Add(Opener.Row);
            return verdict;
        }
    }

    readonly record struct StateKey(string? Last, string? Class, decimal ClassChildren, string? Section, decimal SectionChildren, bool AfterSkip);

    /// <summary>A reading of the rows so far: its score, last decision, last code placed and the open 类 and 款.</summary>
    sealed class Path
    {
        public static Path Start { get; } = new();

        public double Score { get; private init; }
        public Step? Step { get; private init; }
        string? _last;
        Node? _class, _section;
        /// <summary>Where a replay of the chosen reading collects the rows whose node does not add up.</summary>
        HashSet<int>? _broken;
        /// <summary>The last row was left code-less: it may be a parent the catalog could not name.</summary>
        bool _afterSkip;
        /// <summary>Where a replay of the chosen reading records the node each code-less row counts towards.</summary>
        string?[]? _owed;

        public Path Judging(HashSet<int> broken, string?[] owed) => new() { _broken = broken, _owed = owed };

        public StateKey Key => new(_last, _class?.Code, _class?.Children ?? 0, _section?.Code, _section?.Children ?? 0, _afterSkip);

        Path With(Step step, double gain, Node? cls, Node? section, string? last, bool afterSkip = false)
        {
            step.Score = Score + gain;
            return new() { Score = step.Score, Step = step, _class = cls, _section = section, _last = last, _broken = _broken, _afterSkip = afterSkip, _owed = _owed };
        }

        /// <summary>The row left code-less: its amount is owed by the deepest open node.</summary>
        public Path Skip(int row, Subject s, bool named)
        {
            var amount = s.Amount;
            var step = new Step(Step, row, null);
            // the deepest open node that has room for it owes the amount (else the 类: a 款 the catalog does not know);
            // below another code-less row and with no room left, it is that row's child, owed by no open node
            if (_section is not null && (_class is null || _section.HasRoom(amount)))
                return Owe(row, _section).With(step, 0, _class, _section.WithUnknown(s, named), _last, afterSkip: true);
            if (_afterSkip && _class is not null && !_class.HasRoom(amount))
                return With(step, 0, _class, _section, _last, afterSkip: true);
            return Owe(row, _class).With(step, 0, _class?.WithUnknown(s, named), _section, _last, afterSkip: true);
        }

        Path Owe(int row, Node? node)
        {
            if (_owed is not null) _owed[row] = node?.Code;
            return this;
        }

        /// <summary>The row read as the candidate's code, or null where the code cannot follow the rows above.</summary>
        public Path? Place(int row, Candidate c, Subject s, char? preferred, bool orphan)
        {
            var amount = s.Amount;
            var e = c.Entry;
            if (_last is { } last && e.Code[0] != last[0]) return null;
            var classCode = e.Code[..3];
            // printed out of code order (sorted by amount, a 类 added at the end): only under the node open above it,
            // a code not used yet, worth less than a row in order
            var disordered = _last is not null && string.CompareOrdinal(e.Code, _last) <= 0;
            if (disordered && (orphan || !InOpenNode(e) || Used(e))) return null;
            var worth = disordered ? S.DisorderedScore : 1;
            var nextLast = disordered ? _last : e.Code;
            // the tree the table kind suggests, weighed once: where the first 类 is placed
            var gain = c.Weight + (_last is null && e.Code[0] == preferred ? S.PreferredTreeWeight : 0);
            switch (e.Level)
            {
                case 1:
                {
                    gain += worth + CloseAll();
                    var step = new Step(Step, row, e) { Dominant = c.Dominant, Contested = c.Contested, Trusted = c.Trusted, Disordered = disordered };
                    return With(step, gain, new Node(e.Code, amount, 0, 0, 0, false, step, c.Namesake), null, nextLast);
                }
                case 2:
                {
                    var inClass = _class?.Code == classCode;
                    // without its 类 above it only where no printed 类 is open (a 款 cannot leave the open 类 unprinted), or
                    // below a code-less row standing where the 类 after the open one is printed (a name the catalog lacks)
                    if (!inClass && !(orphan && (c.Trusted && _class is null or { Virtual: true } || _afterSkip && _class?.Code == c.PriorParent))) return null;
                    gain += (inClass ? worth : S.OrphanScore) + (_section?.Verdict(_broken) ?? 0) + (inClass ? 0 : _class?.Verdict(_broken) ?? 0);
                    var step = new Step(Step, row, e) { Dominant = c.Dominant, Contested = c.Contested, Trusted = c.Trusted, Disordered = disordered, Orphan = !inClass || _class!.Virtual, Parent = inClass ? _class!.Opener : null };
                    var cls = inClass ? _class!.WithChild(s) : new Node(classCode, null, 0, 0, 0, true, null);
                    return With(step, gain, cls, new Node(e.Code, amount, 0, 0, 0, false, step, c.Namesake), nextLast);
                }
                default:
                {
                    var inSection = _section?.Code == e.Parent;
                    // without its 款 above it only within the printed 类 open above it, if any, or below a code-less row
                    // standing where the 款 after the open one is printed
                    if (!inSection && !(orphan && (c.Trusted && (_class is null or { Virtual: true } || _class.Code == classCode) || _afterSkip && AfterPriorParent(c, classCode)))) return null;
                    var cls = _class;
                    var section = _section;
                    if (!inSection)
                    {
                        gain += section?.Verdict(_broken) ?? 0;
                        if (cls?.Code != classCode) { gain += cls?.Verdict(_broken) ?? 0; cls = new Node(classCode, null, 0, 0, 0, true, null); }
                        section = new Node(e.Parent!, null, 0, 0, 0, true, null);
                    }
                    gain += inSection ? worth : S.OrphanScore;
                    var step = new Step(Step, row, e) { Dominant = c.Dominant, Contested = c.Contested, Trusted = c.Trusted, Disordered = disordered, Orphan = !inSection || section!.Virtual, Parent = section!.Opener };
                    return With(step, gain, cls, section.WithChild(s), nextLast);
                }
            }
        }

        /// <summary>Below a code-less row, a 项 may sit under the 款 after the open one (the code-less row stands where that
        /// 款 is printed); a 项 of its class's first 款 (no 款 before it) only where no 款 is open and the open 类, if
        /// printed, is its own: never under another class (行政运行 of 20801 below 202 外交支出).</summary>
        bool AfterPriorParent(Candidate c, string classCode) => c.PriorParent is not null
            ? _section?.Code == c.PriorParent
            : _section is null && (_class is null or { Virtual: true } || _class.Code == classCode);

        /// <summary>A 类, or a 款 under the printed 类 open above it, or a 项 under the printed 款 open above it.</summary>
        bool InOpenNode(CatalogEntry e) => e.Level switch
        {
            1 => true,
            2 => _class is { Virtual: false } c && c.Code == e.Parent,
            _ => _section is { Virtual: false } s && s.Code == e.Parent,
        };

        /// <summary>The code is placed already in this reading (looked for back to the node it would sit under).</summary>
        bool Used(CatalogEntry e)
        {
            var stop = e.Level switch { 2 => _class?.Opener, 3 => _section?.Opener, _ => null };
            for (var s = Step; s is not null && !ReferenceEquals(s, stop); s = s.Prev)
                if (s.Entry?.Code == e.Code) return true;
            return false;
        }

        double CloseAll() => (_section?.Verdict(_broken) ?? 0) + (_class?.Verdict(_broken) ?? 0);

        /// <summary>The reading at the end of the table: the open nodes closed.</summary>
        public Path Close() => new() { Score = Score + CloseAll(), Step = Step, _last = _last, _broken = _broken, _afterSkip = _afterSkip, _owed = _owed };
    }
}
