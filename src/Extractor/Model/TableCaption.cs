namespace Extractor.Model;

/// <summary>
/// What is printed with a table that says what it is: number, title, amount unit, reporting unit, year and notes. One
/// record for the concept: a caption line holds the parts it prints (<see cref="Recognition.CaptionLine"/>), recognition
/// gathers a table's parts into one (<see cref="Recognition.RecognizedTable"/>), and the model carries that record on
/// (<see cref="BudgetTable"/>, which writes its fields flat under their contract names).
/// </summary>
public sealed record TableCaption
{
    /// <summary>A table title (ends in 表).</summary>
    public string? Title { get; set; }
    /// <summary>The printed number (单位公开表 2, 部门公开表01, 公开07表, 表4, 附表1-3).</summary>
    public string? Number { get; set; }
    /// <summary>The amount unit as printed (万元, 元, 千元, 亿元).</summary>
    public string? AmountUnit { get; set; }
    public string? ReportingUnit { get; set; }
    public string? ReportingUnitCode { get; set; }
    /// <summary>The year the table is stated for: printed in its header (2025年预算数), on a line of its own
    /// ((2025年度)) or in its title.</summary>
    public int? Year { get; set; }
    /// <summary>The text the year was read from (2025年预算数, (2025年度), the title); null for a year-only caption line.</summary>
    public string? YearText { get; set; }
    /// <summary>注：… / 说明：… lines, or a sentence stating the table is empty; several joined by line breaks.</summary>
    public string? Note { get; set; }
    /// <summary>A note says the table is empty (空表, 本单位无…), possibly conditionally (若为空表…).</summary>
    public bool NoteSaysEmpty { get; set; }
    /// <summary>A note states the emptiness as a fact (本部门无…，故本表为空表), not as a condition (若为空表…).</summary>
    public bool NoteSaysEmptyDefinitely { get; set; }

    /// <summary>Fills each part still missing here from <paramref name="other"/> (the first printed wins); the year
    /// goes with its text. Notes are not taken: a note belongs where it is printed (<see cref="AddNote"/>).</summary>
    public void Fill(TableCaption other)
    {
        Number ??= other.Number;
        Title ??= other.Title;
        AmountUnit ??= other.AmountUnit;
        ReportingUnit ??= other.ReportingUnit;
        ReportingUnitCode ??= other.ReportingUnitCode;
        if (Year == null) { Year = other.Year; YearText = other.YearText; }
    }

    /// <summary>Adds the note of <paramref name="other"/> (and what it says of emptiness) after this caption's notes.</summary>
    public void AddNote(TableCaption other)
    {
        if (other.Note == null) return;
        Note = Note == null ? other.Note : Note + "\n" + other.Note;
        NoteSaysEmpty |= other.NoteSaysEmpty;
        NoteSaysEmptyDefinitely |= other.NoteSaysEmptyDefinitely;
    }
}
