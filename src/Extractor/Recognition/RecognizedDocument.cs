using Extractor.Model;
using Extractor.Raw;

namespace Extractor.Recognition;

/// <summary>What recognition hands to normalization: each block named, tables with their context, prose blocks in order.</summary>
public sealed class RecognizedDocument
{
    public required RawDocument Raw { get; init; }
    public DocumentMetadata Metadata { get; set; } = new();
    /// <summary>Entries of the 目录 that name tables, in order.</summary>
    public List<TocEntry> TableOfContents { get; } = new();
    /// <summary>Whether a 目录 was found at all.</summary>
    public bool HasTableOfContents { get; set; }
    public List<RecognizedTable> Tables { get; } = new();
    /// <summary>Text blocks that are not table titles, unit lines or table notes: the narrative, in reading order.</summary>
    public List<TextBlock> NarrativeBlocks { get; } = new();
    /// <summary>The 目录 when it is printed as a grid; that raw table is also in Tables, titled 目录, kind other.</summary>
    public RawTable? TableOfContentsTable { get; set; }
    /// <summary>The blocks of the 目录 (heading and entries); they are also in NarrativeBlocks, so prose readers can skip them.</summary>
    public List<TextBlock> TableOfContentsBlocks { get; } = new();
    /// <summary>The narrative read from <see cref="NarrativeBlocks"/>: sections, facts, figures.</summary>
    public Model.Narrative Narrative { get; set; } = new();
}

/// <summary>A 目录 line: its printed title, and the table kind it names (null for non-table entries).</summary>
public sealed record TocEntry(string Title, TableKind? Kind, int? Page, int? Line);

/// <summary>A raw table with everything printed around it that tells what it is.</summary>
public sealed class RecognizedTable
{
    public required RawTable Table { get; init; }
    public TableKind Kind { get; set; } = TableKind.Other;
    /// <summary>Everything printed with the table that says what it is (number, title, units, year, notes), gathered from
    /// the lines above it, caption rows inside its grid and notes below it; carried into the model as it is.</summary>
    public TableCaption Caption { get; } = new();
    /// <summary>Shorthand for <c>Caption.Title</c>, kept for <see cref="GovernmentTableRecognizer"/> (read only).</summary>
    public string? Title => Caption.Title;
    /// <summary>Shorthand for <c>Caption.Number</c>, kept for <see cref="GovernmentTableRecognizer"/> (read only).</summary>
    public string? Number => Caption.Number;
    /// <summary>Government tables: region (全市) | own-level (本级) | null when the title says both or neither and the document does not tell.</summary>
    public GovernmentCoverage? Coverage { get; set; }
    public bool DeclaredEmpty { get; set; }
    /// <summary>How the kind was decided (as <see cref="BudgetTable.RecognisedBy"/>: the source of the strongest evidence).</summary>
    public KindSource? RecognisedBy { get; set; }
    /// <summary>Every piece of evidence weighed for the kind, with its score.</summary>
    public List<KindEvidence> KindEvidence { get; } = new();
    /// <summary>First line/page of the title (provenance of the table as a whole).</summary>
    public int? TitleLine { get; set; }
    public int? TitlePage { get; set; }
    /// <summary>
    /// Index (0-based, in Tables) of the table this one continues: an untitled table on the next page, with no prose
    /// between, of about the same width. It takes that table's kind and context here; its rows are joined to that table
    /// in normalization (<see cref="Normalization.ContinuationJoiner"/>).
    /// </summary>
    public int? ContinuationOf { get; set; }
    /// <summary>
    /// For a continuation part laid out differently from the part it continues: for each of its raw columns, the column
    /// of that part printed at the same place (null: none) (<see cref="ContinuedColumns"/>). Null when the columns
    /// correspond by index.
    /// </summary>
    public int?[]? ContinuedColumns { get; set; }
    /// <summary>Leading rows of the raw grid that hold caption lines (title, (2025年度), 单位：万元), not header or data.</summary>
    public int CaptionRowCount { get; set; }
    /// <summary>Header rows after the caption rows, the column-number row (** ** 1 2 3) included when printed.</summary>
    public int HeaderRowCount { get; set; }
    /// <summary>Trailing rows of the raw grid that hold notes (注：…), not data.</summary>
    public int FooterRowCount { get; set; }
    /// <summary>Rows after the header and before the notes that hold any text.</summary>
    public int DataRowCount { get; set; }
    /// <summary>Column of the raw grid naming each row's unit (预算单位, 单位名称), when the table prints one.</summary>
    public int? UnitColumn { get; set; }
    /// <summary>The unit column also names projects (单位（项目）名称): rows with a unit code are units, the rows below them their projects.</summary>
    public bool UnitColumnHoldsProjects { get; set; }
    /// <summary>Column of the raw grid holding each row's unit code (单位编码), when printed.</summary>
    public int? UnitCodeColumn { get; set; }
    /// <summary>
    /// Raw grid row → the unit that row belongs to, for tables printing a unit per row (<see cref="RowUnitReader"/>).
    /// Rows totalling several units (合计) are absent. Empty when the table prints no unit column.
    /// </summary>
    public Dictionary<int, RowUnit> RowUnits { get; } = new();
    /// <summary>The projects and indicators of a 项目支出绩效目标表 (<see cref="PerformanceTargetReader"/>); empty for other kinds.</summary>
    public List<PerformanceTarget> PerformanceTargets { get; } = new();
}

/// <summary>A unit as printed on a table row: its name and, where printed beside it, its code.</summary>
public sealed record RowUnit(string Name, string? Code);
