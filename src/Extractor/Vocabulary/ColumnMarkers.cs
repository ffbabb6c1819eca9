using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>Ordinal and marker columns: the labels printed over a column of row or column numbers (栏次, 行次, 序号, 甲/乙), never amounts.</summary>
public static partial class ColumnMarkers
{
    /// <summary>A column-number row's marker cell (栏次, 行次, 甲, 序号, 项目, a letter).</summary>
    [GeneratedRegex(@"^(\*+|栏次|行次|甲|乙|丙|丁|序号|项目|[A-Za-z])$")]
    public static partial Regex ColumnMarker();

    /// <summary>Marker cells of a row of column numbers (label form).</summary>
    public static readonly HashSet<string> ColumnNumberMarkers = new() { "*", "**", "***", "栏次", "行次", "栏", "甲", "乙", "丙", "丁", "—", "-", "序号" };

    /// <summary>A column number, with or without 栏.</summary>
    public static readonly Regex ColumnNumber = new(@"^(\d{1,2})栏?$", RegexOptions.Compiled);
}
