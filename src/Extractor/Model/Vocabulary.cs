namespace Extractor.Model;

/// <summary>The canonical vocabulary of DOMAIN.md section 9: every output writes these values as their
/// <see cref="Canonical"/> strings (kebab case of the member name) and no others.</summary>
public enum Phase { Budget, Final }

public enum Scope { Department, Unit, Government }

/// <summary>A table's kind: the keys of DOMAIN.md section 3 (and 3b for government-level tables).</summary>
public enum TableKind
{
    Summary, Revenue, Expenditure, AppropriationSummary, GeneralExpenditure, GeneralBasicExpenditure, ThreePublic,
    GovernmentFundExpenditure, StateCapitalExpenditure, PerformanceTargets, Procurement, ProjectExpenditure, Other,
    GovernmentGeneralRevenue, GovernmentGeneralExpenditure, GovernmentGeneralBasicExpenditure, GovernmentFundRevenue,
    StateCapitalRevenue, SocialInsuranceRevenue, SocialInsuranceExpenditure, Balance, TransferPayments, Debt,
}

public static class CoreTables
{
    /// <summary>The tables every department/unit budget is expected to carry (quality bar of the corpus report).</summary>
    public static readonly IReadOnlyList<TableKind> Kinds = new[]
    {
        TableKind.Summary, TableKind.Revenue, TableKind.Expenditure, TableKind.GeneralExpenditure,
        TableKind.GeneralBasicExpenditure, TableKind.ThreePublic,
    };
}

/// <summary>Kinds whose rows are items of their own (debt uses, projects, transfer items, purchases, balance lines) rather
/// than a classification's subjects, though some publishers group the items by 类 (转移支付 by function, 新增债券 by
/// 类): such classes are a breakdown of one item, and the table's total is no sum of them.</summary>
public static class ItemTables
{
    public static bool Lists(TableKind kind) => kind is TableKind.Debt or TableKind.ProjectExpenditure or TableKind.TransferPayments
        or TableKind.Procurement or TableKind.Balance;
}

/// <summary>The level of a government-scope document: whose budget it is (province, city, county).</summary>
public enum GovernmentLevel { Province, City, County }

/// <summary>Whether a government document or table covers the whole region (全市/全省/全县: all levels below included) or
/// the government's own level only (本级).</summary>
public enum GovernmentCoverage { Region, OwnLevel }

/// <summary>A row's classification: which subject-code family its code belongs to (DOMAIN.md section 9).</summary>
public enum Classification { Function, Economic, EconomicGovernment, Revenue, None }

/// <summary>Where a row's subject code comes from (line-items column code_source).</summary>
public enum CodeSource { Printed, Catalog }

/// <summary>How sure the catalog is of a code it gave a names-only row (line-items column code_confidence): high where
/// the name is unique under a printed parent and order and sums agree; low where it was chosen among candidates.</summary>
public enum CodeConfidence { High, Low }

/// <summary>What an amount column holds (DOMAIN.md section 9); a column that fits none is <see cref="Other"/>.</summary>
public enum Measure
{
    Total, Basic, Personnel, Public, Project, Carryover, Appropriation, GeneralBudget, GovernmentFund, StateCapital,
    BusinessIncome, OperatingIncome, SubsidiaryIncome, SuperiorSubsidy, OtherIncome, NonAppropriationBalance,
    TransferToSuperior, OperatingExpenditure, SubsidyToSubsidiary, Outbound, Reception, Vehicles, VehiclePurchase,
    VehicleOperation, PriorYear, Change, Other,
    Meeting, Training, OperatingCosts, SpecialAccount, Procurement, ProcurementSme, ProcurementSmallMicro,
    CurrentYearTotal, Budget, AdjustedBudget, Execution, Final, PercentOfBudget, GrowthPercent,
    // debt tables (债务限额和余额, 发行和还本): the debt item an amount is, whether the table prints items as columns or rows
    DebtLimit, DebtNewLimit, DebtBalanceOpening, DebtNew, DebtRepayment, DebtInterest, DebtBalance,
}

/// <summary>How grave a check finding is.</summary>
public enum Severity { Error, Warning, Info }

/// <summary>Why a sum does not hold: the document prints figures that disagree, our reading lost or misplaced something, or unknown.</summary>
public enum FindingCause { Published, Extraction, Undetermined }

/// <summary>
/// Where a table's kind comes from: the source of a piece of <see cref="KindEvidence"/>, and a table's
/// <see cref="BudgetTable.RecognisedBy"/> (the source of the strongest evidence, or the step that decided it).
/// </summary>
public enum KindSource
{
    /// <summary>A title rule of the department catalog matched the printed title.</summary>
    Title,
    /// <summary>Evidence only: a weak title rule matched (财政拨款基本支出表); the table is then recognised by title.</summary>
    TitleWeak,
    /// <summary>Evidence only: a negated qualifier of the title was ignored (score 0).</summary>
    TitleQualifier,
    /// <summary>A title was printed and no rule knows it: kind other.</summary>
    TitleUnlisted,
    /// <summary>A weak title yielded its kind to a table of the same unit matched by a stronger rule: kind other.</summary>
    TitleSuperseded,
    /// <summary>The header's words.</summary>
    Header,
    /// <summary>The measures of the header's columns.</summary>
    Columns,
    /// <summary>The subject codes of the rows (confirm or contradict other evidence, never a kind on their own).</summary>
    Codes,
    /// <summary>The table's printed number found in the 目录.</summary>
    NumberInToc,
    /// <summary>The table's title found in the 目录.</summary>
    TitleInToc,
    /// <summary>The table's place in the 目录 (adds to other evidence only).</summary>
    OrderInToc,
    /// <summary>The table is the 目录 printed as a grid.</summary>
    TableOfContents,
    /// <summary>It continues the table on the page before and takes its kind.</summary>
    Continuation,
    /// <summary>No title and no evidence: kind other.</summary>
    None,
    /// <summary>A government title rule matched the printed title.</summary>
    GovernmentTitle,
    /// <summary>The row names of a government table.</summary>
    GovernmentRows,
    /// <summary>Untitled and unnumbered straight after a table of a government kind: its next part (not joined to it).</summary>
    GovernmentFollows,
    /// <summary>In a government document: the department kind read from the header, mapped to the government kind.</summary>
    GovernmentHeader,
    /// <summary>In a government document: the department kind read from the columns, mapped.</summary>
    GovernmentColumns,
    /// <summary>In a government document: the department kind the codes decided, mapped.</summary>
    GovernmentCodes,
    /// <summary>In a government document: the department kind of the number's 目录 entry, mapped.</summary>
    GovernmentNumberInToc,
    /// <summary>In a government document: the department kind of the title's 目录 entry, mapped.</summary>
    GovernmentTitleInToc,
    /// <summary>In a government document: the department kind of the 目录 entry at the table's place, mapped.</summary>
    GovernmentOrderInToc,
}

/// <summary>
/// What a document issue (<see cref="DocumentIssue.Code"/>) reports: a reader's (unreadable-page, needs-ocr,
/// hidden-content, encoding-guessed, converted, invalid-bytes), normalization's (unknown-header, header-from-arithmetic,
/// continuation-column-unmapped, codes-unresolved) or a step that failed while the document went on (check-failed,
/// evidence-failed).
/// </summary>
public enum IssueCode
{
    /// <summary>A page whose text could not be read or was not used.</summary>
    UnreadablePage,
    /// <summary>A page with only images and no text layer.</summary>
    NeedsOcr,
    /// <summary>Hidden rows, columns, sheets or elements were skipped.</summary>
    HiddenContent,
    /// <summary>The text encoding was guessed.</summary>
    EncodingGuessed,
    /// <summary>A legacy file was converted (LibreOffice) before reading.</summary>
    Converted,
    /// <summary>Invalid bytes replaced while decoding; the count is in the message.</summary>
    InvalidBytes,
    /// <summary>An amount column no header word names: its amounts kept under measure other.</summary>
    UnknownHeader,
    /// <summary>An amount column whose measure was read from the arithmetic, not from its header.</summary>
    HeaderFromArithmetic,
    /// <summary>A continued part's amount column printed where the part it continues has none.</summary>
    ContinuationColumnUnmapped,
    /// <summary>Names-only rows the catalog could not give codes.</summary>
    CodesUnresolved,
    /// <summary>A check threw; the other checks ran.</summary>
    CheckFailed,
    /// <summary>The evidence pages could not be written.</summary>
    EvidenceFailed,
}
