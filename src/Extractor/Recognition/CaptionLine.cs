namespace Extractor.Recognition;

/// <summary>What one printed line around a table says about it. A line may carry several parts (编制单位：… 单位：万元).</summary>
public sealed class CaptionLine
{
    public required string Text { get; init; }
    /// <summary>单位公开表 2, 部门公开表01, 公开07表, 表4, 附表1-3.</summary>
    public string? Number { get; set; }
    /// <summary>A table title (ends in 表).</summary>
    public string? Title { get; set; }
    /// <summary>万元, 元, 千元, 亿元.</summary>
    public string? AmountUnit { get; set; }
    public string? ReportingUnit { get; set; }
    public string? ReportingUnitCode { get; set; }
    /// <summary>注：… / 说明：… lines, or a sentence stating the table is empty.</summary>
    public string? Note { get; set; }
    /// <summary>The note says the table is empty (空表, 本单位无…), possibly conditionally (若为空表…).</summary>
    public bool SaysEmpty { get; set; }
    /// <summary>The note states the emptiness as a fact (本部门无…，故本表为空表), not as a condition (若为空表…).</summary>
    public bool SaysEmptyDefinitely { get; set; }
    /// <summary>A line holding only a year ((2025年度), 2025年).</summary>
    public int? Year { get; set; }
    /// <summary>A reporting-unit label printed without its value (部门：), the name following as the next block.</summary>
    public bool ExpectsReportingUnit { get; set; }
    /// <summary>The start of a title printed after the unit on the same line (301007_某分局_机场公安综 / 合修缮…目标表).</summary>
    public string? TitlePrefix { get; set; }
    /// <summary>Text left over that none of the parts explains.</summary>
    public string Remainder { get; set; } = "";

    /// <summary>Every part of the line is table context.</summary>
    public bool IsCaption => Remainder.Length == 0 &&
        (Number != null || Title != null || AmountUnit != null || ReportingUnit != null || Note != null || Year != null || ExpectsReportingUnit);

    public bool IsNote => Note != null;
}
