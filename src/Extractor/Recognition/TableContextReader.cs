using Extractor.Model;
using Extractor.Raw;

namespace Extractor.Recognition;

/// <summary>
/// Gives every raw table the context printed with it: the caption lines just before it (number, title, unit line,
/// reporting unit, notes), the notes just after it, and caption rows printed inside its own grid. Decides its kind
/// from the title (catalog), else its header, else its number's place in the 目录.
/// </summary>
public static class TableContextReader
{
    /// <summary>Caption lines kept waiting for a table; older ones fall back to narrative.</summary>
    public const int MaxPendingLines = 16;
    /// <summary>A title this short (基本支出表) may be the second line of a longer one.</summary>
    public const int ShortTitleLength = 8;

    sealed record Pending(TextBlock Block, CaptionLine Line, bool IsFragment);

    /// <summary>Builds doc.Tables; returns the text blocks that were consumed as table context.</summary>
    public static HashSet<TextBlock> Attach(IReadOnlyList<RawBlock> blocks, ISet<TextBlock> tocBlocks, RecognizedDocument doc)
    {
        var consumed = new HashSet<TextBlock>(ReferenceEqualityComparer.Instance);
        var pending = new List<Pending>();
        RecognizedTable? last = null;
        var afterTable = false;
        var proseSinceTable = false;

        foreach (var block in blocks)
        {
            if (block is RawTable raw)
            {
                var table = Recognize(raw, pending, consumed, doc);
                if (last != null && !proseSinceTable) MarkContinuation(table, last, doc.Tables);
                doc.Tables.Add(table);
                pending.Clear();
                last = table;
                afterTable = true;
                proseSinceTable = false;
                continue;
            }
            if (block is not TextBlock tb) continue;
            if (tocBlocks.Contains(tb)) { pending.Clear(); afterTable = false; continue; }
            if (RestOfWrappedUnit(pending, tb) is { } unitLine)
            {
                unitLine.Caption.ReportingUnit += PrintedText.Compact(tb.Text);
                consumed.Add(tb);
                continue;
            }

            if (!CaptionParser.CouldBeCaption(tb.Text))
            {
                pending.Clear();
                proseSinceTable = true;
                afterTable = false;
                continue;
            }
            var line = ParseBlock(tb);
            if (line.IsNote && afterTable && last != null && pending.Count == 0)
            {
                last.Caption.AddNote(line.Caption);
                consumed.Add(tb);
                continue;
            }
            afterTable = false;
            if (pending.Count > 0 && pending[^1].Line is { ExpectsReportingUnit: true, Caption.ReportingUnit: null } label && !line.IsCaption && IsUnitName(tb.Text))
            {
                (label.Caption.ReportingUnitCode, label.Caption.ReportingUnit) = CaptionParser.SplitCode(tb.Text);
                consumed.Add(tb);
                continue;
            }
            if (line.IsCaption) pending.Add(new Pending(tb, line, false));
            else if (!CaptionParser.IsProse(tb.Text)) pending.Add(new Pending(tb, line, true)); // header text, title fragment
            else { pending.Clear(); proseSinceTable = true; }
            if (pending.Count > MaxPendingLines)
            {
                // Header text and broken rows between a title and its table must not push the title out.
                var oldestFragment = pending.FindIndex(p => p.IsFragment);
                pending.RemoveAt(oldestFragment >= 0 ? oldestFragment : 0);
            }
        }
        DemoteSupersededWeakTitles(doc.Tables);
        return consumed;
    }


    /// <summary>
    /// A table matched only by a weak rule (财政拨款基本支出表) yields its kind to a table of the same unit matched by a
    /// strong rule (一般公共预算基本支出表), and becomes `other` with its title kept.
    /// </summary>
    static void DemoteSupersededWeakTitles(List<RecognizedTable> tables)
    {
        int RankOf(RecognizedTable t) => t.RecognisedBy is KindSource.Title or KindSource.TitleWeak ? TableKindCatalog.RuleOfTitle(t.Caption.Title)?.Rank ?? 0 : int.MaxValue;
        bool SameUnit(RecognizedTable a, RecognizedTable b) =>
            a.Caption.ReportingUnit is not { } x || b.Caption.ReportingUnit is not { } y || PrintedText.Compact(x) == PrintedText.Compact(y);

        var weak = tables.Where(t => t.RecognisedBy == KindSource.TitleWeak).ToList();
        var superseded = weak.Where(w => tables.Any(t => t != w && t.Kind == w.Kind && RankOf(t) < RankOf(w) && SameUnit(t, w))).ToList();
        foreach (var w in weak) w.RecognisedBy = KindSource.Title;
        foreach (var w in superseded)
        {
            w.KindEvidence.Add(new KindEvidence { Source = KindSource.TitleSuperseded, Kind = w.Kind, Score = 0, Detail = "a weak title: the document has a table of this kind matched by a stronger title rule" });
            w.Kind = TableKind.Other;
            w.RecognisedBy = KindSource.TitleSuperseded;
        }
        foreach (var t in tables.Where(t => t.ContinuationOf != null)) t.Kind = tables[t.ContinuationOf!.Value].Kind;
    }

    /// <summary>A block of one or more lines read as one caption (all parts merged).</summary>
    static CaptionLine ParseBlock(TextBlock tb)
    {
        var lines = tb.Text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count <= 1) return CaptionParser.Parse(tb.Text);
        var parts = lines.Select(CaptionParser.Parse).ToList();
        var merged = new CaptionLine { Text = PrintedText.Tidy(tb.Text) };
        foreach (var p in parts)
        {
            merged.Caption.Fill(p.Caption);
            merged.Caption.AddNote(p.Caption);
            if (p.Remainder.Length > 0) merged.Remainder = (merged.Remainder + " " + p.Remainder).Trim();
        }
        return merged;
    }

    static RecognizedTable Recognize(RawTable raw, List<Pending> pending, HashSet<TextBlock> consumed, RecognizedDocument doc)
    {
        var probe = new TableLayoutProbe(raw);
        var table = new RecognizedTable
        {
            Table = raw,
            CaptionRowCount = probe.CaptionRowCount,
            FooterRowCount = probe.FooterRowCount,
            HeaderRowCount = Math.Max(0, probe.HeaderEnd - probe.CaptionRowCount),
        };

        // Lines above the table: the last title line, the lines after it, and the caption lines just before it back
        // to the previous title (a listing of tables printed above is not this table's context).
        var caption = table.Caption;
        pending = OwnGroup(pending);
        var captions = pending.Where(p => !p.IsFragment).ToList();
        foreach (var p in captions)
        {
            var c = p.Line.Caption;
            caption.Number ??= c.Number;
            caption.AmountUnit ??= c.AmountUnit;
            caption.ReportingUnit ??= c.ReportingUnit;
            caption.ReportingUnitCode ??= c.ReportingUnitCode;
            caption.AddNote(c);
            if (c.Title != null) { caption.Title = c.Title; table.TitleLine = p.Block.Line; table.TitlePage = p.Block.Page; }
            consumed.Add(p.Block);
        }
        var titleBlock = captions.LastOrDefault(p => p.Line.Caption.Title != null);
        caption.Title = TitleWithFragments(pending, titleBlock, consumed, table);

        // Caption rows inside the grid.
        foreach (var c in probe.CaptionRows.Select(r => r.Caption))
        {
            if (caption.Title == null && c.Title != null) { table.TitlePage = raw.Page; table.TitleLine = raw.Line; }
            caption.Fill(c with { Year = null }); // a year printed here is weighed below, after the header's
        }
        foreach (var c in probe.FooterRows) caption.AddNote(c.Caption);

        // Kind: title, header, number's place in the 目录.
        if (ReferenceEquals(raw, doc.TableOfContentsTable))
        {
            caption.Title = HeadingWords.TableOfContentsWord;
            table.RecognisedBy = KindSource.TableOfContents;
            return table;
        }
        // Kind: title, header, codes and the number's place in the 目录, weighed together.
        var toc = TableKindCatalog.PlaceInToc(doc.TableOfContents, caption.Number, caption.Title,
            doc.Tables.Where(t => t.ContinuationOf == null && !ReferenceEquals(t.Table, doc.TableOfContentsTable)).Select(t => (t.Caption.Number, t.Caption.Title)));
        var decision = TableKindCatalog.Decide(new TableKindCatalog.Clues(caption.Title, probe.HeaderTexts, CodeProfile.Of(probe), toc));
        table.Kind = decision.Kind;
        table.RecognisedBy = decision.RecognisedBy;
        table.KindEvidence.AddRange(decision.Evidence);
        if (decision.RecognisedBy == KindSource.NumberInToc) caption.Title ??= toc?.Entry.Title;

        var year = probe.HeaderYear();
        if (year != null) { caption.Year = year.Value.Year; caption.YearText = year.Value.Text; }
        else
        {
            var captionYear = probe.CaptionRows.Select(c => c.Caption.Year).FirstOrDefault(y => y != null) ?? captions.Select(p => p.Line.Caption.Year).FirstOrDefault(y => y != null);
            var titleYear = PeriodWords.FirstYear(caption.Title);
            if ((captionYear ?? titleYear) is { } y) { caption.Year = y; caption.YearText = captionYear != null ? PeriodWords.FiscalYearInBrackets(y) : caption.Title; }
        }

        table.DataRowCount = probe.DataRowCount;
        var hasData = probe.DataRowCount > 0 && (probe.HasNumbers || !TableKindCatalog.IsAmountTable(table.Kind));
        table.DeclaredEmpty = !hasData || (caption.NoteSaysEmptyDefinitely && probe.AllAmountsZeroOrBlank);
        return table;
    }

    /// <summary>Most columns by which a continuation may differ from the table it continues (a column lost at a page edge).</summary>
    public const int ContinuationWidthTolerance = 1;

    /// <summary>
    /// An untitled, unnumbered table on the page after another, about the same width: it continues that table, and takes
    /// its caption context (kind, title, number, unit, year). Recognition owns this decision because it rests on what is
    /// printed around the table (no title, no prose between); the rows are joined in normalization
    /// (<see cref="Normalization.ContinuationJoiner"/>). In a government's document the mark is looked at once more when
    /// the rows can be read (<see cref="SettleGovernmentParts"/>); nowhere else is continuation decided.
    /// </summary>
    static void MarkContinuation(RecognizedTable table, RecognizedTable previous, List<RecognizedTable> tables)
    {
        if (table.Caption.Title != null || table.Caption.Number != null) return;
        if (table.Table.Page != previous.Table.LastPage + 1) return;
        if (Math.Abs(table.Table.ColumnCount - previous.Table.ColumnCount) > ContinuationWidthTolerance) return;
        var root = previous.ContinuationOf ?? tables.IndexOf(previous);
        var head = tables[root];
        table.ContinuationOf = root;
        table.ContinuedColumns = ContinuedColumns.Map(previous.Table, table.Table);
        table.Kind = head.Kind;
        table.Caption.Fill(head.Caption); // its title and number are none of its own (above)
        table.RecognisedBy = KindSource.Continuation;
        table.KindEvidence.Clear();
        table.KindEvidence.Add(new KindEvidence { Source = KindSource.Continuation, Kind = head.Kind, Score = 0, Detail = $"continues table {root + 1} on the page before" });
    }

    /// <summary>
    /// Continuation in a government's document, settled once its tables can be read by their rows (the document is known
    /// to be a government's only after its metadata is read): in order, a continuation takes the kind its first part now
    /// has, unless it is untitled and its rows name another revenue or spending kind than that part (支出 rows after a
    /// 收入 table): then it is no part but a table of its own whose title was not read. Every other table takes its own
    /// government kind (<see cref="GovernmentTableRecognizer.KindOf"/>), or, untitled and unnumbered straight after a
    /// table of a government kind (same or next page), that table's kind as its next part, without being joined to it.
    /// </summary>
    public static void SettleGovernmentParts(RecognizedDocument doc)
    {
        var tables = doc.Tables;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            if (table.ContinuationOf is { } root && root < i)
            {
                if (table.Title is null && GovernmentTableRecognizer.KindOfRows(table) is { } own && own != tables[root].Kind
                    && GovernmentTableRecognizer.IsRevenueOrSpending(own) && GovernmentTableRecognizer.IsRevenueOrSpending(tables[root].Kind))
                {
                    table.ContinuationOf = null;
                    (table.Kind, table.RecognisedBy) = (own, KindSource.GovernmentRows);
                    continue;
                }
                table.Kind = tables[root].Kind;
                continue;
            }
            if (table.RecognisedBy == KindSource.TableOfContents) continue;
            var (kind, by) = GovernmentTableRecognizer.KindOf(table);
            if (by != KindSource.GovernmentTitle && table.Title is null && table.Number is null && i > 0 && tables[i - 1] is var previous
                && previous.Kind != TableKind.Other && table.Table.Page <= Math.Max(previous.Table.LastPage, previous.Table.Page) + 1)
                (kind, by) = (previous.Kind, KindSource.GovernmentFollows);
            if (kind is null) continue;
            table.Kind = kind.Value;
            table.RecognisedBy = by;
        }
    }

    /// <summary>The pending lines that belong to the coming table: from just after the previous title-bearing line.</summary>
    static List<Pending> OwnGroup(List<Pending> pending)
    {
        var last = pending.FindLastIndex(p => p.Line.Caption.Title != null);
        if (last <= 0) return pending;
        var start = last;
        while (start > 0 && pending[start - 1].Line.Caption.Title == null) start--;
        return pending.GetRange(start, pending.Count - start);
    }

    /// <summary>The title, with a fragment printed on the line before joined to it when the title alone names no kind.</summary>
    static string? TitleWithFragments(List<Pending> pending, Pending? titleBlock, HashSet<TextBlock> consumed, RecognizedTable table)
    {
        if (titleBlock != null)
        {
            var title = titleBlock.Line.Caption.Title!;
            var i = pending.IndexOf(titleBlock);
            if (i > 0 && pending[i - 1].Line.TitlePrefix is { Length: > 0 } prefix)
            {
                table.TitleLine = pending[i - 1].Block.Line;
                table.TitlePage = pending[i - 1].Block.Page;
                return PrintedText.Tidy(prefix + title);
            }
            var alone = TableKindCatalog.RuleOfTitle(title);
            var incomplete = alone == null || alone.Weak || PrintedText.Compact(title).Length <= ShortTitleLength;
            if (i > 0 && pending[i - 1].IsFragment && CaptionParser.IsTitleFragment(pending[i - 1].Block.Text))
            {
                var joined = PrintedText.Tidy(pending[i - 1].Block.Text) + title;
                // a line that names a kind by itself is joined only when the whole names a more specific government kind
                // (…"三公"经费、会议费、培 / 训费、机关运行经费预算表)
                if (CaptionParser.LooksLikeTitle(joined) && (incomplete && TableKindCatalog.RuleOfTitle(joined) is { } rule && (alone == null || !rule.Weak)
                    || OpensTitle(pending[i - 1].Block.Text) && NamesMoreGovernmentKind(joined, title)))
                {
                    consumed.Add(pending[i - 1].Block);
                    table.TitleLine = pending[i - 1].Block.Line;
                    table.TitlePage = pending[i - 1].Block.Page;
                    return PrintedText.Tidy(joined);
                }
            }
            return title;
        }
        // No single line reads as a title: try two or three consecutive fragments just above the table.
        for (var n = 2; n <= 3; n++)
        {
            if (pending.Count < n) break;
            for (var end = pending.Count; end >= n; end--)
            {
                var run = pending.Skip(end - n).Take(n).ToList();
                if (!run.All(p => p.IsFragment || p.Line.Caption.Title != null)) continue;
                var joined = PrintedText.Tidy(string.Concat(run.Select(p => PrintedText.Tidy(p.Block.Text))));
                if (CaptionParser.LooksLikeTitle(joined) && (TableKindCatalog.KindOfTitle(joined) != null || OpensTitle(run[0].Block.Text) && NamesMoreGovernmentKind(joined, null)))
                {
                    foreach (var p in run) consumed.Add(p.Block);
                    table.TitleLine = run[0].Block.Line;
                    table.TitlePage = run[0].Block.Page;
                    return joined;
                }
            }
        }
        // a government title printed without 表 (…2025年预算执行情况和2026年预算（草案）): the last such line above the table
        if (pending.LastOrDefault(p => GovernmentTableRecognizer.IsUnendedTitle(p.Block.Text)) is { } unended)
        {
            consumed.Add(unended.Block);
            table.TitleLine = unended.Block.Line;
            table.TitlePage = unended.Block.Page;
            return PrintedText.Tidy(unended.Block.Text);
        }
        return null;
    }

    /// <summary>
    /// Whether a title printed over two lines names a government kind (DOMAIN.md section 3b) by a more specific rule than
    /// its last line alone: 2024年省级一般公共预算税收返还和转移支付 / 分市县决算表 is the transfers table, 2024年政府性基金 /
    /// 收入决算表 the fund's, not the general budget's.
    /// </summary>
    static bool NamesMoreGovernmentKind(string joined, string? alone) =>
        GovernmentTableRecognizer.RuleOfTitle(TableKindCatalog.WithoutNegations(joined, out _)) is { Kind: not TableKind.Other } rule
        && (GovernmentTableRecognizer.RuleOfTitle(alone) is not { } own || own.Kind == TableKind.Other || rule.Weight > own.Weight);

    /// <summary>Whether a line may be a title's first line: not a bracketed qualifier or note.</summary>
    static bool OpensTitle(string text) => PrintedText.Compact(text) is { Length: > 0 } c && !Punctuation.OpeningBrackets.Contains(c[0]);

    /// <summary>Most caption lines between a unit line and the rest of its name (部门：中国共产党江苏省委员会办 / 单位：万元 / 公厅).</summary>
    public const int MaxLinesBeforeUnitRest = 2;
    /// <summary>Longest rest of a unit name wrapped onto a line of its own.</summary>
    public const int MaxUnitRestLength = 6;

    /// <summary>
    /// The caption line whose reporting unit this short block completes (部门名称：江苏省高级人民法 / 院): the unit alone
    /// is no institution's name, or the break cuts its ending, and joined it is one.
    /// </summary>
    static CaptionLine? RestOfWrappedUnit(List<Pending> pending, TextBlock tb)
    {
        var rest = PrintedText.Compact(tb.Text);
        if (rest.Length is 0 or > MaxUnitRestLength || !rest.All(PrintedText.IsIdeograph)) return null;
        for (var i = pending.Count - 1; i >= Math.Max(0, pending.Count - 1 - MaxLinesBeforeUnitRest); i--)
        {
            if (pending[i].Line.Caption.ReportingUnit is not { } unit) continue;
            var joined = PrintedText.Compact(unit) + rest;
            if (!RowUnitReader.LooksLikeInstitution(joined) || CaptionParser.Parse(tb.Text).IsCaption) return null;
            var cutsEnding = UnitWords.LongUnitEndings.Any(e => joined.EndsWith(e) && rest.Length < e.Length);
            return !RowUnitReader.LooksLikeInstitution(unit) || cutsEnding ? pending[i].Line : null;
        }
        return null;
    }

    static bool IsUnitName(string text)
    {
        var c = PrintedText.Compact(text);
        return c.Length is >= 4 and <= 40 && c.Count(PrintedText.IsIdeograph) >= 4 && !CaptionParser.IsProse(text) && !CaptionParser.LooksLikeTitle(text);
    }
}
