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

/// <summary>The level of a government-scope document: whose budget it is (province, city, county), and whether it covers
/// the whole region (全市/全省/全县: all levels below included) or the government's own level only (本级).</summary>
public static class GovernmentLevel
{
    public const string Province = "province", City = "city", County = "county";

    public static readonly IReadOnlyList<string> All = new[] { Province, City, County };
}

public static class GovernmentCoverage
{
    public const string Region = "region", OwnLevel = "own-level";

    public static readonly IReadOnlyList<string> All = new[] { Region, OwnLevel };
}

public static class Classification
{
    public const string Function = "function";
    public const string Economic = "economic";
    public const string EconomicGovernment = "economic-government";
    public const string Revenue = "revenue";
    public const string None = "none";
}

/// <summary>Where a row's subject code comes from (line-items column code_source).</summary>
public static class CodeSource
{
    public const string Printed = "printed", Catalog = "catalog";
}

/// <summary>How sure the catalog is of a code it gave a names-only row (line-items column code_confidence): high where
/// the name is unique under a printed parent and order and sums agree; low where it was chosen among candidates.</summary>
public static class CodeConfidence
{
    public const string High = "high", Low = "low";
}

/// <summary>What an amount column holds (DOMAIN.md section 9); a column that fits none is <see cref="Other"/>.</summary>
public enum Measure
{
    Total, Basic, Personnel, Public, Project, Carryover, Appropriation, GeneralBudget, GovernmentFund, StateCapital,
    BusinessIncome, OperatingIncome, SubsidiaryIncome, SuperiorSubsidy, OtherIncome, NonAppropriationBalance,
    TransferToSuperior, OperatingExpenditure, SubsidyToSubsidiary, Outbound, Reception, Vehicles, VehiclePurchase,
    VehicleOperation, PriorYear, Change, Other,
    Meeting, Training, OperatingCosts, SpecialAccount, Procurement, ProcurementSme, ProcurementSmallMicro,
    CurrentYearTotal, Budget, AdjustedBudget, Execution, Final, PercentOfBudget, GrowthPercent,
}

public static class Severity
{
    public const string Error = "error", Warning = "warning", Info = "info";
}

/// <summary>Why a sum does not hold: the document prints figures that disagree, our reading lost or misplaced something, or unknown.</summary>
public static class FindingCause
{
    public const string Published = "published", Extraction = "extraction", Undetermined = "undetermined";
}
