namespace Extractor.Model;

/// <summary>A recognised, normalised table.</summary>
public sealed class BudgetTable
{
    /// <summary>1-based position among the document's tables.</summary>
    public int Index { get; set; }
    /// <summary>A key of DOMAIN.md section 3.</summary>
    public TableKind Kind { get; set; } = TableKind.Other;
    /// <summary>What is printed with the table that says what it is, as recognition read it. The document JSON keeps
    /// its contract's flat names: the parts are written through the properties below, not as an object (their
    /// descriptions are the schema's, so they stay as they were).</summary>
    [Newtonsoft.Json.JsonIgnore, System.Text.Json.Serialization.JsonIgnore]
    public TableCaption Caption { get; set; } = new();
    public string? Title { get => Caption.Title; set => Caption.Title = value; }
    /// <summary>The printed number (单位公开表 2, 部门公开表3, 表4, 附表1-3).</summary>
    public string? Number { get => Caption.Number; set => Caption.Number = value; }
    /// <summary>The amount unit as printed (万元, 元, 千元, 亿元).</summary>
    public string? AmountUnit { get => Caption.AmountUnit; set => Caption.AmountUnit = value; }
    public string? ReportingUnit { get => Caption.ReportingUnit; set => Caption.ReportingUnit = value; }
    public string? ReportingUnitCode { get => Caption.ReportingUnitCode; set => Caption.ReportingUnitCode = value; }
    /// <summary>Year printed in the table's header (2025年预算数), if any.</summary>
    public int? HeaderYear { get => Caption.Year; set => Caption.Year = value; }
    public string? HeaderYearText { get => Caption.YearText; set => Caption.YearText = value; }
    /// <summary>Government tables: region (全市/全省, all levels below) | own-level (本级) | null when the title says
    /// both or neither and the document covers both (GovernmentCoverage).</summary>
    public GovernmentCoverage? Coverage { get; set; }
    /// <summary>Row classification: function | economic | economic-government | revenue | none.</summary>
    public Classification Classification { get; set; } = Model.Classification.None;
    public bool DeclaredEmpty { get; set; }
    /// <summary>The note stating the table is empty, or other notes printed with it.</summary>
    public string? Note { get => Caption.Note; set => Caption.Note = value; }
    public int FirstPage { get; set; }
    public int LastPage { get; set; }
    public int? FirstLine { get; set; }
    /// <summary>
    /// How the kind was decided (<see cref="KindSource"/>): the source of the strongest evidence for it (title, header,
    /// columns, codes, number-in-toc, title-in-toc, order-in-toc; title-weak and title-qualifier appear only as
    /// evidence), the step that decided it (table-of-contents, continuation, government-title, government-rows,
    /// government-follows), a department source mapped in a government document (government-header,
    /// government-columns, government-codes, government-number-in-toc, government-title-in-toc,
    /// government-order-in-toc), or, for kind other, title-unlisted, title-superseded or none.
    /// </summary>
    public KindSource? RecognisedBy { get; set; }
    /// <summary>Why the table got its kind: every piece of evidence weighed (title rule, header words, codes, 目录), with its score.</summary>
    public List<KindEvidence> KindEvidence { get; } = new();
    /// <summary>The part of spending the table is limited to by its title: <c>basic</c> (基本支出) or null for all of it.</summary>
    public Measure? SpendingPart { get; set; }
    public List<TableColumn> Columns { get; } = new();
    public List<TableRow> Rows { get; } = new();
    /// <summary>The code trees built from the rows, one per classification used.</summary>
    public List<CodeNode> CodeTree { get; } = new();
    /// <summary>Cells printed like amounts whose text does not read as a number (checked by extraction-loss).</summary>
    public List<UnreadCell> UnreadCells { get; } = new();
    /// <summary>
    /// The recognised tables (0-based, in recognition order) this table was normalised from: its own, then any
    /// continuation part joined to it. The identity that pairs a recognised table with the table it became; stage
    /// bookkeeping, no part of the output contract: internal (not in the JSON) and left out of the generated schema.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal List<int> RecognizedParts { get; } = new();
    /// <summary>
    /// For sources without page geometry (HTML, spreadsheet, Word, text): the raw tables this table was read from (the
    /// table and the parts joined to it), every cell with its text, span and, for spreadsheets, sheet and address, so
    /// the review page can show the grid as the source printed it. Kept in memory only: neither the document JSON
    /// nor the cache holds it (every value read from it is in the rows with its provenance).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore] // nor the document schema (generated with System.Text.Json's rules)
    internal List<Raw.RawTable> Source { get; } = new();
}

public sealed class TableColumn
{
    /// <summary>Column index in the raw grid (0-based).</summary>
    public int Index { get; set; }
    /// <summary>Printed header path, levels joined with '/': 财政拨款/一般公共预算拨款收入.</summary>
    public string Label { get; set; } = "";
    /// <summary>code | code-part | name | amount | text | side-label (two-sided tables) | ordinal.</summary>
    public ColumnRole Role { get; set; } = ColumnRole.Amount;
    /// <summary>Canonical measure for amount columns; other when none fits.</summary>
    public Measure? Measure { get; set; }
    /// <summary>income | expenditure for two-sided tables.</summary>
    public Side? Side { get; set; }
    /// <summary>How the measure was read when not from the header words: the identity that resolved an unknown header.</summary>
    public string? MeasureEvidence { get; set; }
    /// <summary>Government tables printed by region across the header (分地区 columns: 皮山县, 墨玉县 …): the region this
    /// column holds, its amounts' unit (line-items unit_name with unit_is_region); null for any other column.</summary>
    public string? Region { get; set; }
}

/// <summary>What a column holds (written as its canonical string: code, name, amount, text, side-label, code-part, ordinal).</summary>
public enum ColumnRole
{
    Code, Name, Amount, Text, SideLabel, CodePart,
    /// <summary>A column of row numbers (序号, 行次, 栏次, or unlabelled 1, 2, 3 …): position, never an amount.</summary>
    Ordinal,
}

/// <summary>The side of a two-sided table (收入 beside 支出) a row or column belongs to.</summary>
public enum Side { Income, Expenditure }

public sealed class TableRow
{
    /// <summary>Row index in the raw grid (0-based).</summary>
    public int Index { get; set; }
    /// <summary>Full subject code (expanded), null for named-only rows.</summary>
    public string? Code { get; set; }
    public string? PrintedCode { get; set; }
    /// <summary>Second code of cross-classified rows (5xx partner of a 3xx code).</summary>
    public string? PartnerCode { get; set; }
    public string? Name { get; set; }
    /// <summary>1 类, 2 款, 3 项 (economic: 1 类, 2 款, 3 sub-item); 0 for the grand total; null unknown.</summary>
    public int? Level { get; set; }
    public string? ParentCode { get; set; }
    /// <summary>Where Code comes from: printed (the table prints it) | catalog (names-only row resolved through the
    /// subject-code catalog); null for rows without a code.</summary>
    public CodeSource? CodeSource { get; set; }
    /// <summary>For catalog codes: high | low (<see cref="Model.CodeConfidence"/>); null for printed codes and rows without code.</summary>
    public CodeConfidence? CodeConfidence { get; set; }
    public Classification Classification { get; set; } = Model.Classification.None;
    public bool IsTotal { get; set; }
    /// <summary>income | expenditure for two-sided tables.</summary>
    public Side? Side { get; set; }
    /// <summary>
    /// The unit this row belongs to, where the table prints a unit per row (a 预算单位/单位名称 column, filled down
    /// over the rows of its group, or rows that are units); null where it prints none (the row belongs to the table's
    /// ReportingUnit) and on rows totalling several units (合计, or the department printed as a whole before its units).
    /// </summary>
    public string? ReportingUnit { get; set; }
    /// <summary>The code printed beside the row's unit (单位编码 116001), if any.</summary>
    public string? ReportingUnitCode { get; set; }
    /// <summary>Government tables printed by region (分地区): the row is a region (XX市, XX县, 市本级), named in ReportingUnit.</summary>
    public bool IsRegion { get; set; }
    /// <summary>What the row stands for beyond its code (<see cref="RowRole"/>): grand-total (总计 of a side),
    /// carryover (上年结转, 年终结转); null for an ordinary row.</summary>
    public RowRole? Role { get; set; }
    public Provenance Provenance { get; set; } = new();
    public List<Amount> Amounts { get; } = new();
}

/// <summary>One printed amount. Blank and zero are different facts: Printed "" with Value null is blank.</summary>
public sealed class Amount
{
    public int Column { get; set; }
    public Measure Measure { get; set; } = Model.Measure.Other;
    public string ColumnLabel { get; set; } = "";
    /// <summary>The text as printed in the cell.</summary>
    public string Printed { get; set; } = "";
    /// <summary>The decimal as printed, in the printed unit; null for blank or dash.</summary>
    public decimal? Value { get; set; }
    /// <summary>True for a dash or similar printed "nothing" (-, —, －).</summary>
    public bool IsDash { get; set; }
    public string? Unit { get; set; }
    public decimal? Yuan { get; set; }
    public Side? Side { get; set; }
    /// <summary>Canonical facts of the amount's column, read from its header by normalization (null where they do not
    /// apply): the period (<see cref="ColumnPeriod"/>), the phase of an outturn column (final: 决算数, 执行数), its part
    /// in its header group (<see cref="ColumnPart"/>), the header level that is an "of which" (其中), the group it
    /// stands in (<see cref="ColumnGroup"/>), and whether it is a ratio (增减%, 增长率).</summary>
    public ColumnPeriod? Period { get; set; }
    public Phase? Phase { get; set; }
    public ColumnPart? Part { get; set; }
    public int? OfWhichLevel { get; set; }
    public ColumnGroup? Group { get; set; }
    public bool? Ratio { get; set; }
    /// <summary>Debt tables: the kind of debt the amount is, general | special (一般债务 | 专项债务, named by its column or
    /// its row); null where it covers both or the table is no debt table.</summary>
    public DebtKind? DebtKind { get; set; }
    public Provenance Provenance { get; set; } = new();
}

/// <summary>A node of a table's code tree.</summary>
public sealed class CodeNode
{
    public string Code { get; set; } = "";
    public string? Name { get; set; }
    public int Level { get; set; }
    public string? Parent { get; set; }
    public Classification Classification { get; set; } = Model.Classification.Function;
    public List<string> Children { get; } = new();
    /// <summary>Row index (raw grid) of the node's row.</summary>
    public int Row { get; set; }
}
