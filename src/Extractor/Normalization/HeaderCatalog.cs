using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>
/// Header labels to canonical measures (DOMAIN.md section 9) and to column roles. Each label level is compared after
/// <see cref="LabelText.Key"/>; a generic subtotal under a specific parent takes the parent's measure
/// (财政拨款/小计 → appropriation, 因公出国(境)费/小计 → outbound).
/// </summary>
public static class HeaderCatalog
{
    /// <summary>Ordered: the first pattern that matches the whole key wins.</summary>
    static readonly (Regex Pattern, string Measure)[] Measures = Build(new (string, string)[]
    {
        // generic totals
        (@"(合计|小计|总计|预算数|预算金额|金额|本年预算|本年预算数|本年预算安排|预算安排数?|年初预算数?|全年预算数?|预算|本年合计|三公经费(合计|小计)?|支出合计|收入合计|支出总计|收入总计|决算数|本年决算数?|执行数)", Measure.Total),
        // three-public (before the generic 出国/公务用车 words can be taken by anything else)
        (@"因公出国\(境\)(费|费用|经费)?(支出)?(合计|小计)?", Measure.Outbound),
        (@"公务接待(费|费用|经费)?(支出)?", Measure.Reception),
        (@"公务用车购置及运行(维护|维持)?(费|费用|经费)?(支出)?(合计|小计)?", Measure.Vehicles),
        (@"(公务用车)?购置(费|费用|经费)?(支出)?", Measure.VehiclePurchase),
        (@"(公务用车)?运行(维护|维持)?(费|费用|经费)?(支出)?", Measure.VehicleOperation),
        // expenditure structure
        (@"基本支出(合计|小计)?", Measure.Basic),
        (@"(人员经费|人员支出|工资福利(支出)?|人员经费支出)", Measure.Personnel),
        (@"(公用经费|日常公用经费|公用支出|日常公用支出|公用经费支出)", Measure.Public),
        (@"(项目支出|专项业务经费(支出)?|专项支出)(合计|小计)?", Measure.Project),
        // revenue sources
        (@"(上年结转(和结余|结余)?|上年结转结余资金|结转结余|上年结余结转)(收入)?", Measure.Carryover),
        (@"((本级|当年)?财政拨款(收入)?(小计|合计)?|财政拨款资金|财政拨款安排)", Measure.Appropriation),
        (@"(一般公共预算(拨款)?(收入)?|一般公共预算财政拨款(收入)?|一般公共预算拨款收入|一般公共预算资金|公共财政预算(拨款)?(收入)?)", Measure.GeneralBudget),
        (@"(政府性基金(预算)?(拨款|财政拨款)?(收入)?|政府性基金预算资金)", Measure.GovernmentFund),
        (@"(国有资本经营(预算)?(拨款|财政拨款)?(收入)?|国有资本经营预算资金)", Measure.StateCapital),
        (@"(事业单位经营(服务)?收入|经营(服务)?收入)", Measure.OperatingIncome),
        (@"事业收入(合计)?", Measure.BusinessIncome),
        (@"对?附属单位上缴收入", Measure.SubsidiaryIncome),
        (@"上级补助收入", Measure.SuperiorSubsidy),
        (@"其[他它]收入", Measure.OtherIncome),
        (@"(使用非财政拨款结余(和专用结余)?|用事业基金弥补收支差额|非财政拨款结余)", Measure.NonAppropriationBalance),
        // other expenditure columns
        (@"上缴上级支出", Measure.TransferToSuperior),
        (@"经营支出", Measure.OperatingExpenditure),
        (@"对附属单位补助支出", Measure.SubsidyToSubsidiary),
        // comparisons
        (@"(上年(预算)?数|上年预算(安排)?|上年执行数|上年决算数|上年)", Measure.PriorYear),
        (@"(增减(额|数)?|增减变化(情况|金额|额|数)?|比上年增减(额)?|增长(率|额)?|增减(率|幅度|%)|增减比例|增幅|变动(率|额)?|同比增减)(\(%\))?", Measure.Change),
    });

    /// <summary>Generic subtotal words that defer to a specific parent label.</summary>
    static readonly HashSet<string> Subtotals = new() { "合计", "小计", "总计", "金额", "预算数", "预算金额" };

    static readonly Regex CodeLabel = new(@"^((部门|政府|政府预算|部门预算)?(支出|收入)?(功能|经济)?(分类)?(科目)?(编码|代码|编号)|编码|代码|单位编码|单位代码|项目编码|类款项)$", RegexOptions.Compiled);
    static readonly Regex NameLabel = new(@"^((部门|政府|政府预算|部门预算)?(支出|收入)?(功能|经济)?(分类)?(科目)?(名称)|科目|项目|单位名称|项目名称|名称|功能分类科目|经济分类科目|支出功能分类科目|支出经济分类科目|收入项目|支出项目|项目\(按功能分类\)|项目\(按经济分类\))$", RegexOptions.Compiled);
    static readonly Regex CodePartLabel = new(@"^(类|款|项)$", RegexOptions.Compiled);

    /// <summary>The canonical measure of a header path (levels joined with '/'); <see cref="Measure.Other"/> when none fits.</summary>
    public static string MeasureOf(string labelPath)
    {
        var levels = labelPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(LabelText.Key).Where(l => l.Length > 0).ToList();
        if (levels.Count == 0) return Measure.Other;
        var last = levels[^1];
        var measure = MeasureOfLevel(last);
        // a label broken over two header rows (一般公共预算 / 拨款收入): try the levels joined
        for (var i = levels.Count - 2; measure is null && i >= 0; i--)
            measure = MeasureOfLevel(string.Concat(levels.Skip(i)));
        if (measure is null) return Measure.Other;
        if (measure == Measure.Total && Subtotals.Contains(last))
            for (var i = levels.Count - 2; i >= 0; i--)
                if (MeasureOfLevel(levels[i]) is { } parent && parent != Measure.Total)
                    // 基本支出/合计 heads the basic-expenditure table: its 合计 is the table's total; 基本支出/小计 is basic.
                    return parent == Measure.Basic && last != "小计" ? Measure.Total : parent;
        return measure;
    }

    static readonly HashSet<string> ThreePublicItems = new()
    {
        Measure.Outbound, Measure.Reception, Measure.Vehicles, Measure.VehiclePurchase, Measure.VehicleOperation,
    };

    /// <summary>
    /// The measure of a column header in a "三公" table, where the 三公 item may sit at any level above the fund source
    /// (因公出国(境)费/一般公共预算 → outbound, 公务用车购置及运行维护费/小计/一般公共预算 → vehicles, 总计/一般公共预算 → total;
    /// the fund source stays in the label). A comparison level anywhere (上年/…, 增减变化情况/…) makes the column prior-year
    /// or change. Otherwise the ordinary <see cref="MeasureOf"/>.
    /// </summary>
    public static string ThreePublicMeasureOf(string labelPath)
    {
        var levels = labelPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(LabelText.Key).Where(l => l.Length > 0).ToList();
        var byLevel = levels.Select(MeasureOfLevel).ToList();
        if (byLevel.FirstOrDefault(m => m is Measure.PriorYear or Measure.Change) is { } comparison) return comparison;
        // the deepest 三公 item wins: 公务用车购置及运行维护费/公务用车购置费 is the purchase, …/小计 the whole item
        if (byLevel.LastOrDefault(m => m is not null && ThreePublicItems.Contains(m)) is { } item) return item;
        if (byLevel.Contains(Measure.Total)) return Measure.Total;
        return MeasureOf(labelPath);
    }

    public static bool IsThreePublicItem(string? measure) => measure is not null && ThreePublicItems.Contains(measure);

    static readonly Regex YearRowLabel = new(@"^((19|20)\d{2})年度?(预算数?|预算安排数?|决算数?|执行数|预算执行数)?$", RegexOptions.Compiled);

    /// <summary>The year a row label names (2025年, 2025年预算数), or null: a 三公 table laid out with one row per year.</summary>
    public static int? YearOfRowLabel(string? label)
    {
        var m = YearRowLabel.Match(LabelText.Compact(label));
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    /// <summary>The measure of a single printed label, or null.</summary>
    public static string? MeasureOfLevel(string label)
    {
        var key = LabelText.Key(label);
        if (key.Length == 0) return null;
        foreach (var (pattern, measure) in Measures)
            if (pattern.IsMatch(key)) return measure;
        return null;
    }

    public static bool IsCodeLabel(string labelPath) => AnyLevel(labelPath, CodeLabel);
    public static bool IsNameLabel(string labelPath) => AnyLevel(labelPath, NameLabel) && !IsCodeLabel(LastLevel(labelPath));
    public static bool IsCodePartLabel(string labelPath) => CodePartLabel.IsMatch(LabelText.Key(LastLevel(labelPath)));
    public static bool IsUnitColumnLabel(string labelPath) => LabelText.Key(LastLevel(labelPath)) is "单位编码" or "单位代码" or "单位名称" or "单位" or "预算单位" or "预算单位名称" or "单位(部门)名称";

    static string LastLevel(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";

    static bool AnyLevel(string path, Regex pattern)
    {
        var last = LabelText.Key(LastLevel(path));
        return pattern.IsMatch(last);
    }

    static (Regex, string)[] Build((string Pattern, string Measure)[] entries) =>
        entries.Select(e => (new Regex("^" + e.Pattern + "$", RegexOptions.Compiled), e.Measure)).ToArray();
}
