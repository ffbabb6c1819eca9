namespace Extractor.Checks;

/// <summary>The rule ids, and what each one checks (the README's checks table is written from this list).</summary>
public static class CheckRules
{
    public const string TreeSum = "tree-sum";
    public const string RowSum = "row-sum";
    public const string CrossTableTotal = "cross-table-total";
    public const string ProseVsTable = "prose-vs-table";
    public const string ProseArithmetic = "prose-arithmetic";
    public const string Staffing = "staffing";
    public const string HeaderYear = "header-year";
    public const string TocVsTables = "toc-vs-tables";
    public const string GlossaryCodes = "glossary-codes";
    public const string PerformanceFunds = "performance-funds";
    public const string CodeName = "code-name";
    public const string UnknownCode = "unknown-code";
    public const string ExtractionLoss = "extraction-loss";
    public const string GovernmentRevenue = "government-revenue";
    public const string Balance = "balance";
    public const string PercentColumns = "percent-columns";
    public const string RegionSum = "region-sum";
    public const string Debt = "debt";
    public const string HeadlineVsTable = "headline-vs-table";

    /// <summary>Rules whose failures are sums with parts, judged published / extraction (Checks/Diagnosis).</summary>
    public static readonly IReadOnlySet<string> SumRules = new HashSet<string> { TreeSum, RowSum, GovernmentRevenue, RegionSum, Balance, Debt };

    public static readonly IReadOnlyDictionary<string, string> Meaning = new Dictionary<string, string>
    {
        [TreeSum] = $"in every coded table and amount column, {OutputText.Class} = Σ {OutputText.Section}, {OutputText.Section} = Σ {OutputText.Item} and the grand total = Σ {OutputText.Class}",
        [RowSum] = $"within a row: {OutputText.Total} = {OutputText.BasicExpenditure} + {OutputText.ProjectExpenditure} (+ other spending columns), {OutputText.Basic} = {OutputText.PersonnelShort} + {OutputText.PublicShort}, revenue {OutputText.Total} = Σ sources, {OutputText.Appropriation} = {OutputText.GeneralBudget} + {OutputText.GovernmentFund} + {OutputText.StateCapital}, {OutputText.ThreePublic} {OutputText.Total} = {OutputText.Outbound} + {OutputText.Reception} + {OutputText.Vehicles}, {OutputText.Vehicles} = {OutputText.Purchase} + {OutputText.Operation}; two-sided {OutputText.RevenueGrandTotal} = {OutputText.ExpenditureGrandTotal}",
        [CrossTableTotal] = $"grand totals agree across summary, revenue and expenditure tables; general-expenditure {OutputText.BasicExpenditure} = general-basic-expenditure total; {OutputText.Personnel} = 301 + 303 and {OutputText.Public} = the other classes in the basic table",
        [ProseVsTable] = $"amounts stated in the {OutputText.Explanation} (totals, {OutputText.Basic}/{OutputText.Project}, function and economic {OutputText.Class}, {OutputText.ThreePublic}, {OutputText.OperatingCosts}, a project's {OutputText.AnnualBudget}) equal the table values",
        [ProseArithmetic] = $"the prose agrees with itself: totals = Σ their stated parts ({OutputText.Procurement}, {OutputText.ThreePublic}, {OutputText.VehicleCount}, {OutputText.Basic} + {OutputText.Project}, {OutputText.Class} amounts and changes), percentage change = change ÷ prior year",
        [Staffing] = $"{OutputText.Authorized} = Σ categories, {OutputText.Actual} = {OutputText.InService} + {OutputText.RetiredCadres} + {OutputText.Retired}, {OutputText.InService} = Σ categories",
        [HeaderYear] = "the year printed in each table's header is the document's fiscal year",
        [TocVsTables] = $"every table listed in the {OutputText.Contents} is in the document (one finding per missing table)",
        [GlossaryCodes] = $"{OutputText.Glossary} subjects (X{OutputText.ClassMark}Y{OutputText.SectionMark}Z{OutputText.ItemMark}) use the names the tables print for the same codes",
        [PerformanceFunds] = $"performance table: {OutputText.AnnualFunds} = {OutputText.Appropriation} + {OutputText.OtherFunds} + {OutputText.Carryover}; {OutputText.Appropriation} agrees with the unit's revenue when all of it is {OutputText.Appropriation}; a single project's funds do not exceed {OutputText.ProjectExpenditure}",
        [CodeName] = $"a printed code's printed name is one of the names the catalog met for that code (allowing for edition drift: brackets, a trailing {OutputText.Expenditure})",
        [UnknownCode] = "every printed code is one the catalog has met (info: a new edition's code, or a misprint)",
        [ExtractionLoss] = "no printed amount is silently lost: every cell printed like an amount reads as a number, and a table of coded rows that is not declared empty carries amounts (cause extraction, naming the cells)",
        [GovernmentRevenue] = GovernmentOutputText.GovernmentRevenueRule,
        [Balance] = GovernmentOutputText.BalanceRule,
        [PercentColumns] = GovernmentOutputText.PercentColumnsRule,
        [RegionSum] = GovernmentOutputText.RegionSumRule,
        [HeadlineVsTable] = GovernmentOutputText.HeadlineVsTableRule,
        [Debt] = GovernmentOutputText.DebtRule,
    };
}
