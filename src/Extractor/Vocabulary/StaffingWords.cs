using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Staffing as printed in 机构设置及人员情况: category words, count phrases (编制, 实有, 在职, 离休, 退休, 内设科室).</summary>
public static class StaffingWords
{
    public const string Administrative = "administrative", CivilServantManaged = "civil-servant-managed";
    public const string FullyFunded = "fully-funded", PartlyFunded = "partly-funded", SelfFunded = "self-funded";
    public const string Workers = "workers", OtherCategory = "other";

    /// <summary>Category words (compact text) → category key; first match wins.</summary>
    public static readonly IReadOnlyList<(string Word, string Category)> Categories = new[]
    {
        ("参照公务员", CivilServantManaged), ("参公", CivilServantManaged), ("行政", Administrative),
        ("全部补助", FullyFunded), ("全额", FullyFunded), ("部分补助", PartlyFunded), ("差额", PartlyFunded),
        ("自收自支", SelfFunded), ("经费自理", SelfFunded), ("工勤", Workers),
    };

    public static readonly Regex InternalSections = new(@"内设(?:科室|机构|处室|股室)(?:共)?(\d+)个");
    public static readonly Regex AuthorizedTotal = new(@"编制(?:人数|数)?(?:共计|合计|总数|总计|共)?(?:为)?(\d+)(?:人|名)");
    /// <summary>Words that make an "编制 N 人" a category count, not the total (行政编制 5 人).</summary>
    public static readonly string[] CategoryPrefixes = { "行政", "事业", "工勤", "参照", "参公", "全额", "差额", "自收自支", "补助" };
    public static readonly Regex ActualTotal = new(@"实有(?:人数|人员)?(?:共计|合计|总数|总计|共)?(?:为)?(\d+)(?:人|名)");
    public static readonly Regex InServiceTotal = new(@"在职(?:人数|人员)?(?:小计|合计|共计|共)?(?:为)?(\d+)(?:人|名)");
    public static readonly Regex RetiredCadres = new(@"离休(?:人数|人员)?(?:小计|合计|共计|共)?(?:为)?(\d+)(?:人|名)");
    public static readonly Regex Retired = new(@"(?<!离)退休(?:人数|人员)?(?:小计|合计|共计|共)?(?:为)?(\d+)(?:人|名)");
    public static readonly Regex CountedLabel = new(@"([^,;:、。\d]+?)(\d+)(?:人|名)");

    /// <summary>The words that open each count's clause.</summary>
    public const string Authorized = "编制", Actual = "实有", InService = "在职", RetiredCadresWord = "离休", RetiredWord = "退休";

    /// <summary>Words introducing a breakdown (其中, 包括), dropped from a category label.</summary>
    public static readonly string[] BreakdownWords = { "其中", "包括" };
}
