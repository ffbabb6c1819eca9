namespace Extractor.Normalization;

/// <summary>Item names of two-sided tables map onto their 支出功能分类 类 codes (names: <see cref="SubjectCatalog.FunctionClasses"/>).</summary>
public static class FunctionClassCatalog
{
    /// <summary>The 类 code of a printed item name such as "一、一般公共服务支出" or "(七)社会保障和就业支出", or null.</summary>
    public static string? CodeOf(string? name)
    {
        var key = PrintedText.LabelKey(name);
        if (!key.EndsWith(SubjectCatalog.ExpenditureWord, StringComparison.Ordinal)) return null;
        if (SubjectCatalog.FunctionClasses.TryGetValue(key, out var code)) return code;
        // a class printed without 支出 in the catalog (预备费) printed with it here
        var bare = key[..^SubjectCatalog.ExpenditureWord.Length];
        return SubjectCatalog.FunctionClasses.TryGetValue(bare, out code) && !bare.EndsWith(SubjectCatalog.ExpenditureWord, StringComparison.Ordinal) ? code : null;
    }
}
