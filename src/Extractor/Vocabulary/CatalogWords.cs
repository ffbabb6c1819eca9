namespace Extractor.Vocabulary;

/// <summary>Printed words the subject-code catalog folds when it compares subject names.</summary>
public static class CatalogWords
{
    /// <summary>Level markers printed after a name (交通运输支出（类）, 其他交通运输支出（款）), compared half-width.</summary>
    public static readonly IReadOnlyList<string> LevelMarkers = new[] { "(类)", "(款)", "(项)", "(目)" };

    /// <summary>Endings that editions add or drop without changing the subject (机关事业单位基本养老保险缴费 / …缴费支出).</summary>
    public static readonly IReadOnlyList<string> DriftEndings = new[] { "支出" };

    /// <summary>A residual line's bare word (其他): the last line of any list, no evidence that the list is the 类 of a tree.</summary>
    public const string Residual = "其他";

    /// <summary>Bracket characters an edition prints or leaves out (维修（护）费 / 维修护费, 〔〕 for （）).</summary>
    public const string Brackets = "()[]【】〔〕<>《》";
}
