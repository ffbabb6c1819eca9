using System.Text.RegularExpressions;
using Extractor.Model;
using Vocab = Extractor.Vocabulary.Measures;

namespace Extractor.Normalization;

/// <summary>
/// Header labels to canonical measures (DOMAIN.md section 9) and to column roles. Each label level is compared after
/// <see cref="PrintedText.LabelKey"/>; a generic subtotal under a specific parent takes the parent's measure
/// (财政拨款/小计 → appropriation, 因公出国(境)费/小计 → outbound).
/// </summary>
public static class HeaderCatalog
{
    /// <summary>Ordered: the first pattern that matches the whole key wins (Vocabulary.Measures.HeaderRules).</summary>
    static readonly (Regex Pattern, Measure Measure)[] Measures = Build(Vocab.HeaderRules);

    /// <summary>Generic subtotal words that defer to a specific parent label.</summary>
    static IReadOnlySet<string> Subtotals => Vocab.Subtotals;

    static readonly Regex CodeLabel = new(Vocab.CodeLabel, RegexOptions.Compiled);
    static readonly Regex NameLabel = new(Vocab.NameLabel, RegexOptions.Compiled);
    static readonly Regex CodePartLabel = new(Vocab.CodePartLabel, RegexOptions.Compiled);

    /// <summary>The canonical measure of a header path (levels joined with '/'); <see cref="Measure.Other"/> when none fits.</summary>
    public static Measure MeasureOf(string labelPath)
    {
        var levels = labelPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(PrintedText.LabelKey).Where(l => l.Length > 0).ToList();
        if (levels.Count == 0) return Measure.Other;
        var last = levels[^1];
        var measure = MeasureOfLevel(last);
        // a label broken over two header rows (一般公共预算 / 拨款收入): try the levels joined
        for (var i = levels.Count - 2; measure is null && i >= 0; i--)
            measure = MeasureOfLevel(string.Concat(levels.Skip(i)));
        if (measure is null) return Measure.Other;
        if (measure == Measure.Total && Subtotals.Contains(last))
            for (var i = levels.Count - 2; i >= 0; i--)
                // a group over sources (本年收入/小计) is a group, not a measure its subtotal defers to
                if (MeasureOfLevel(levels[i]) is { } parent && parent is not (Measure.Total or Measure.CurrentYearTotal))
                    // 基本支出/合计 heads the basic-expenditure table: its 合计 is the table's total; 基本支出/小计 is basic.
                    return parent == Measure.Basic && last != Vocab.GroupSubtotal ? Measure.Total : parent;
        return measure.Value;
    }

    static readonly HashSet<Measure> ThreePublicItems = new()
    {
        Measure.Outbound, Measure.Reception, Measure.Vehicles, Measure.VehiclePurchase, Measure.VehicleOperation,
    };

    /// <summary>
    /// The measure of a column header in a "三公" table, where the 三公 item may sit at any level above the fund source
    /// (因公出国(境)费/一般公共预算 → outbound, 公务用车购置及运行维护费/小计/一般公共预算 → vehicles, 总计/一般公共预算 → total;
    /// the fund source stays in the label), except a 政府性基金 or 国有资本经营 fund sub-column, which is that fund's money. A comparison level anywhere (上年/…, 增减变化情况/…) makes the column prior-year
    /// or change. Otherwise the ordinary <see cref="MeasureOf"/>.
    /// </summary>
    public static Measure ThreePublicMeasureOf(string labelPath)
    {
        var levels = labelPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(PrintedText.LabelKey).Where(l => l.Length > 0).ToList();
        var byLevel = levels.Select(MeasureOfLevel).ToList();
        if (byLevel.FirstOrDefault(m => m is Measure.PriorYear or Measure.Change) is { } comparison) return comparison;
        // an item split by fund source: the 三公 of the contract is the 一般公共预算 one; a 政府性基金 / 国有资本经营
        // sub-column is that fund's money (因公出国(境)费/政府性基金预算 → government-fund), the item kept in the label
        if (byLevel.Count > 1 && byLevel[^1] is Measure.GovernmentFund or Measure.StateCapital && byLevel.Any(m => IsThreePublicItem(m) || m == Measure.Total))
            return byLevel[^1]!.Value;
        // the deepest 三公 item wins: 公务用车购置及运行维护费/公务用车购置费 is the purchase, …/小计 the whole item
        if (byLevel.LastOrDefault(m => m is { } v && ThreePublicItems.Contains(v)) is { } item) return item;
        if (byLevel.Contains(Measure.Total)) return Measure.Total;
        return MeasureOf(labelPath);
    }

    public static bool IsThreePublicItem(Measure? measure) => measure is { } m && ThreePublicItems.Contains(m);

    static readonly Regex YearRowLabel = new(Vocab.YearRowLabel, RegexOptions.Compiled);

    /// <summary>The year a row label names (2025年, 2025年预算数), or null: a 三公 table laid out with one row per year.</summary>
    public static int? YearOfRowLabel(string? label)
    {
        var m = YearRowLabel.Match(PrintedText.Label(label));
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    /// <summary>The measure of a single printed label, or null.</summary>
    public static Measure? MeasureOfLevel(string label)
    {
        var key = PrintedText.LabelKey(label);
        if (key.Length == 0) return null;
        foreach (var (pattern, measure) in Measures)
            if (pattern.IsMatch(key)) return measure;
        return null;
    }

    public static bool IsCodeLabel(string labelPath) => AnyLevel(labelPath, CodeLabel);
    public static bool IsNameLabel(string labelPath) => AnyLevel(labelPath, NameLabel) && !IsCodeLabel(LastLevel(labelPath));
    public static bool IsCodePartLabel(string labelPath) => CodePartLabel.IsMatch(PrintedText.LabelKey(LastLevel(labelPath)));
    public static bool IsUnitColumnLabel(string labelPath) => Vocab.UnitColumnLabels.Contains(PrintedText.LabelKey(LastLevel(labelPath)));

    static string LastLevel(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";

    static bool AnyLevel(string path, Regex pattern)
    {
        var last = PrintedText.LabelKey(LastLevel(path));
        return pattern.IsMatch(last);
    }

    static (Regex, Measure)[] Build(IEnumerable<(string Pattern, Measure Measure)> entries) =>
        entries.Select(e => (new Regex("^(?:" + e.Pattern + ")$", RegexOptions.Compiled), e.Measure)).ToArray();
}
