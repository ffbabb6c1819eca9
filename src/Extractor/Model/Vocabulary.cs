namespace Extractor.Model;

/// <summary>The canonical vocabulary of DOMAIN.md section 9: every output uses these strings and no others.</summary>
public static class Phase
{
    public const string Budget = "budget", Final = "final";
}

public static class Scope
{
    public const string Department = "department", Unit = "unit", Government = "government";
}

public static class TableKind
{
    public const string Summary = "summary";
    public const string Revenue = "revenue";
    public const string Expenditure = "expenditure";
    public const string AppropriationSummary = "appropriation-summary";
    public const string GeneralExpenditure = "general-expenditure";
    public const string GeneralBasicExpenditure = "general-basic-expenditure";
    public const string ThreePublic = "three-public";
    public const string GovernmentFundExpenditure = "government-fund-expenditure";
    public const string StateCapitalExpenditure = "state-capital-expenditure";
    public const string PerformanceTargets = "performance-targets";
    public const string Procurement = "procurement";
    public const string ProjectExpenditure = "project-expenditure";
    public const string Other = "other";
    public const string GovernmentGeneralRevenue = "government-general-revenue";
    public const string GovernmentGeneralExpenditure = "government-general-expenditure";
    public const string GovernmentGeneralBasicExpenditure = "government-general-basic-expenditure";
    public const string GovernmentFundRevenue = "government-fund-revenue";
    public const string StateCapitalRevenue = "state-capital-revenue";
    public const string SocialInsuranceRevenue = "social-insurance-revenue";
    public const string SocialInsuranceExpenditure = "social-insurance-expenditure";
    public const string Balance = "balance";
    public const string TransferPayments = "transfer-payments";
    public const string Debt = "debt";

    public static readonly IReadOnlyList<string> All = new[]
    {
        Summary, Revenue, Expenditure, AppropriationSummary, GeneralExpenditure, GeneralBasicExpenditure, ThreePublic,
        GovernmentFundExpenditure, StateCapitalExpenditure, PerformanceTargets, Procurement, ProjectExpenditure, Other,
        GovernmentGeneralRevenue, GovernmentGeneralExpenditure, GovernmentGeneralBasicExpenditure, GovernmentFundRevenue,
        StateCapitalRevenue, SocialInsuranceRevenue, SocialInsuranceExpenditure, Balance, TransferPayments, Debt,
    };

    /// <summary>The tables every department/unit budget is expected to carry (quality bar of the corpus report).</summary>
    public static readonly IReadOnlyList<string> Core = new[]
    {
        Summary, Revenue, Expenditure, GeneralExpenditure, GeneralBasicExpenditure, ThreePublic,
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

public static class Measure
{
    public const string Total = "total", Basic = "basic", Personnel = "personnel", Public = "public", Project = "project";
    public const string Carryover = "carryover", Appropriation = "appropriation", GeneralBudget = "general-budget";
    public const string GovernmentFund = "government-fund", StateCapital = "state-capital", BusinessIncome = "business-income";
    public const string OperatingIncome = "operating-income", SubsidiaryIncome = "subsidiary-income";
    public const string SuperiorSubsidy = "superior-subsidy", OtherIncome = "other-income";
    public const string NonAppropriationBalance = "non-appropriation-balance", TransferToSuperior = "transfer-to-superior";
    public const string OperatingExpenditure = "operating-expenditure", SubsidyToSubsidiary = "subsidy-to-subsidiary";
    public const string Outbound = "outbound", Reception = "reception", Vehicles = "vehicles";
    public const string VehiclePurchase = "vehicle-purchase", VehicleOperation = "vehicle-operation";
    public const string PriorYear = "prior-year", Change = "change", Other = "other";
    public const string Meeting = "meeting";
    public const string Training = "training";
    public const string OperatingCosts = "operating-costs";
    public const string SpecialAccount = "special-account";
    public const string Procurement = "procurement";
    public const string ProcurementSme = "procurement-sme";
    public const string ProcurementSmallMicro = "procurement-small-micro";
    public const string CurrentYearTotal = "current-year-total";
    public const string Budget = "budget";
    public const string AdjustedBudget = "adjusted-budget";
    public const string Execution = "execution";
    public const string Final = "final";
    public const string PercentOfBudget = "percent-of-budget";
    public const string GrowthPercent = "growth-percent";

    public static readonly IReadOnlyList<string> All = new[]
    {
        Total, Basic, Personnel, Public, Project, Carryover, Appropriation, GeneralBudget, GovernmentFund, StateCapital,
        BusinessIncome, OperatingIncome, SubsidiaryIncome, SuperiorSubsidy, OtherIncome, NonAppropriationBalance,
        TransferToSuperior, OperatingExpenditure, SubsidyToSubsidiary, Outbound, Reception, Vehicles, VehiclePurchase,
        VehicleOperation, PriorYear, Change, Other,
        Meeting, Training, OperatingCosts, SpecialAccount, Procurement, ProcurementSme, ProcurementSmallMicro,
        CurrentYearTotal, Budget, AdjustedBudget, Execution, Final, PercentOfBudget, GrowthPercent,
    };
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
