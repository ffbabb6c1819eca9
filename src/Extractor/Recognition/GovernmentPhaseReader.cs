using Extractor.Model;
using Extractor.Raw;
using Extractor.Vocabulary;

namespace Extractor.Recognition;

/// <summary>
/// A government document's phase from what its tables are. Each table is a final account when its title (else its
/// header) names 决算, a budget when it names 预算, 执行 or 安排 (the execution of a year is the budget phase: DOMAIN.md
/// knows budget and final only, and a 预算执行情况和预算草案 report holds both years' budget tables). The tables decide
/// a document whose title does not name a phase, and overrule a title only when three in four of the tables naming one
/// phase name the other (a cover line read as the title: 广东省2024年预算执行情况已向… over 50 决算表). Without tables
/// naming either, the source's own title (an HTML page's title) and then the government's prose (财政决算 against 预算草案)
/// decide; with none of these the phase stays unknown, with the reason.
/// </summary>
public static class GovernmentPhaseReader
{
    /// <summary>The share of the tables naming a phase that overrules the title's phase.</summary>
    public const double TablesOverruleTitle = 0.75;
    /// <summary>Fewest tables naming a phase that may overrule the title (one appended table never does).</summary>
    public const int MinTablesToOverrule = 3;

    public static (Phase? Phase, string? From) Read(RecognizedDocument doc, Phase? phase, string? from)
    {
        var tables = doc.Tables.Where(t => t.ContinuationOf is null).Select(PhaseOfTable).Where(p => p is not null).ToList();
        int finals = tables.Count(p => p == Phase.Final), budgets = tables.Count - finals;
        var counted = string.Format(GovernmentOutputText.TablesByPhase, finals, tables.Count, budgets);
        if (phase is { } p && from == MetadataSource.Title)
        {
            var other = p == Phase.Final ? budgets : finals;
            return tables.Count >= MinTablesToOverrule && other >= tables.Count * TablesOverruleTitle
                ? (p == Phase.Final ? Phase.Budget : Phase.Final, $"{MetadataSource.Tables}: {counted}, against the title's")
                : (phase, from);
        }
        if (finals != budgets) return (finals > budgets ? Phase.Final : Phase.Budget, $"{MetadataSource.Tables}: {counted}");
        if (doc.Raw.Properties.TryGetValue(SourceTitle, out var title) && DocumentMetadataReader.PhaseOf(PrintedText.Compact(title)) is { } byTitle)
            return (byTitle, $"{MetadataSource.Title}: the file's own title '{title}'");
        var prose = string.Concat(doc.Raw.Blocks.OfType<TextBlock>().Take(DocumentMetadataReader.ScopeSearchBlocks).Select(b => PrintedText.Compact(b.Text)));
        int finalWords = GovernmentWords.FinalAccountProseWords.Sum(w => PrintedText.Mentions(prose, w)), budgetWords = GovernmentWords.BudgetProseWords.Sum(w => PrintedText.Mentions(prose, w));
        if (finalWords != budgetWords)
            return (finalWords > budgetWords ? Phase.Final : Phase.Budget,
                    $"{MetadataSource.GovernmentWording}: the prose names a final account {finalWords} times, a budget or its execution {budgetWords} times");
        if (phase is not null) return (phase, from);
        return (null, tables.Count > 0 ? $"none: {counted}" : NoPhase);
    }

    /// <summary>The source's title property (an HTML page's title, a Word file's core title).</summary>
    public const string SourceTitle = "title";

    /// <summary>Why a government document has no phase: its tables and words name none.</summary>
    public const string NoPhase = "none: no title, table title, column header or sentence names a budget, its execution or a final account " +
                                  "(a government's tables of debt limits and balances or of bonds only are neither)";

    /// <summary>final when the title (else the header) names 决算, budget when it names 预算, 执行 or 安排, else null.</summary>
    public static Phase? PhaseOfTable(RecognizedTable table)
    {
        // 一般公共预算, 政府性基金预算 …: a budget's name, not its phase (一般公共预算对下转移支付表 in a final account)
        var title = GovernmentMeasures.BudgetNames.Aggregate(PrintedText.Compact(table.Title), (text, name) => text.Replace(name, ""));
        var grid = table.Table.ToTextGrid();
        var header = string.Concat(grid.Skip(table.CaptionRowCount).Take(table.HeaderRowCount).SelectMany(r => r).Select(PrintedText.Compact));
        return PhaseOfWords(title) ?? PhaseOfWords(header);
    }

    static Phase? PhaseOfWords(string text)
    {
        foreach (var (words, measure) in GovernmentWords.FigureWords)
            if (words.Any(text.Contains)) return measure == Measure.Final ? Phase.Final : Phase.Budget;
        return null;
    }

}
