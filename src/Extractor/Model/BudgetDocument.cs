namespace Extractor.Model;

/// <summary>The canonical budget document: the only thing writers read.</summary>
public sealed class BudgetDocument
{
    /// <summary>The output contract this document was written with (<see cref="Model.SchemaVersion"/>).</summary>
    public string SchemaVersion { get; init; } = Model.SchemaVersion.Current;

    /// <summary>
    /// The document's identity in every output: the input file name, or in a batch the input's path relative to the
    /// input folder given (unique within the batch; the batch sets it).
    /// </summary>
    public required string Document { get; set; }
    /// <summary>Where the input was read: in a batch, the same relative path as <see cref="Document"/>.</summary>
    public string? SourcePath { get; set; }
    public required string Format { get; init; }
    public string? Sha256 { get; set; }
    public int PageCount { get; set; }
    public DocumentMetadata Metadata { get; set; } = new();
    public Completeness Completeness { get; set; } = new();
    public List<BudgetTable> Tables { get; } = new();
    public Narrative Narrative { get; set; } = new();
    public List<PerformanceTarget> PerformanceTargets { get; } = new();
    public List<CheckFinding> Checks { get; } = new();
    public List<CheckTally> CheckTallies { get; } = new();
    /// <summary>Reader and recognition problems (unreadable pages, needs OCR, hidden columns, unrecognised tables).</summary>
    public List<DocumentIssue> Issues { get; } = new();
}

public sealed class DocumentMetadata
{
    /// <summary>Title as printed on the cover or first heading.</summary>
    public string? Title { get; set; }
    public string? UnitName { get; set; }
    public string? UnitCode { get; set; }
    public string? ParentDepartment { get; set; }
    public string? ParentCode { get; set; }
    public int? FiscalYear { get; set; }
    /// <summary>budget | final (null when unknown).</summary>
    public Phase? Phase { get; set; }
    /// <summary>department | unit | government (null when unknown).</summary>
    public Scope? Scope { get; set; }
    /// <summary>Where phase and scope were read (<see cref="MetadataSource"/>): title | tables (table titles, numbers,
    /// 目录) | prose (the text's own 部门预算/单位决算 wording); when unknown, why: what was searched and found silent.</summary>
    public string? PhaseFrom { get; set; }
    public string? ScopeFrom { get; set; }
    /// <summary>For scope government: province | city | county (GovernmentLevel; null when unknown or not government).</summary>
    public GovernmentLevel? GovernmentLevel { get; set; }
    /// <summary>For scope government: what decided the level (the name and where it is printed, the words that placed a
    /// 市 above counties or below a prefecture), or why it is unknown.</summary>
    public string? GovernmentLevelEvidence { get; set; }
    /// <summary>For scope government: region (全市/全省/全县, all levels below included) | own-level (本级) | null when the
    /// document covers both or says neither (GovernmentCoverage).</summary>
    public GovernmentCoverage? GovernmentCoverage { get; set; }
}

/// <summary>Where a document's phase or scope was read (<see cref="DocumentMetadata.PhaseFrom"/>).</summary>
public static class MetadataSource
{
    public const string Title = "title", Tables = "tables", Prose = "prose";
    /// <summary>Scope government from the government family's words in title, prose and table titles.</summary>
    public const string GovernmentWording = "government wording";
    /// <summary>Nothing in the document says it: the recorded reason.</summary>
    public const string NoPhase = "none: neither the title, the table titles, the table of contents nor the prose names a budget or final account";
    public const string NoScope = "none: neither the title, the table numbers and titles nor the prose names a department or unit budget";
    public const string NoText = "none: the document has no readable text (scanned or empty)";
}

/// <summary>A reader, normalization or run problem reported with the document, which went on.</summary>
/// <param name="Code">
/// What the issue reports (<see cref="IssueCode"/>): unreadable-page | needs-ocr | hidden-content | encoding-guessed |
/// converted | invalid-bytes | unknown-header | header-from-arithmetic | continuation-column-unmapped | codes-unresolved |
/// check-failed | evidence-failed.
/// </param>
/// <param name="Message">The issue in words: what was met, where, and what was done.</param>
/// <param name="Page">The page it concerns, when one.</param>
public sealed record DocumentIssue(IssueCode Code, string Message, int? Page = null);
