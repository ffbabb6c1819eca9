using Extractor.Model;

namespace Extractor.Recognition;

/// <summary>What one printed line around a table says about it. A line may carry several parts (编制单位：… 单位：万元),
/// held in <see cref="Caption"/>; the rest says how the line relates to the lines around it.</summary>
public sealed class CaptionLine
{
    public required string Text { get; init; }
    /// <summary>The parts of a table's caption the line prints (a year-only line ((2025年度), 2025年) has a year without
    /// year text; a note line its note and what it says of emptiness).</summary>
    public TableCaption Caption { get; } = new();
    /// <summary>A reporting-unit label printed without its value (部门：), the name following as the next block.</summary>
    public bool ExpectsReportingUnit { get; set; }
    /// <summary>The start of a title printed after the unit on the same line (301007_某分局_机场公安综 / 合修缮…目标表).</summary>
    public string? TitlePrefix { get; set; }
    /// <summary>Text left over that none of the parts explains.</summary>
    public string Remainder { get; set; } = "";

    /// <summary>Every part of the line is table context.</summary>
    public bool IsCaption => Remainder.Length == 0 &&
        (Caption.Number != null || Caption.Title != null || Caption.AmountUnit != null || Caption.ReportingUnit != null
         || Caption.Note != null || Caption.Year != null || ExpectsReportingUnit);

    public bool IsNote => Caption.Note != null;
}
