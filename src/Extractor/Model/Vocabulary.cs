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
