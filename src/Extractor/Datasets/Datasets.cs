using Extractor.Model;
using Extractor.Compare;
using static Extractor.Datasets.Col;

namespace Extractor.Datasets;

/// <summary>Every dataset a batch writes: its name, columns (in order) and SQLite indexes. One place for the schema.</summary>
public static class Datasets
{
    const string Yuan = " (yuan; empty when not printed)";

    static string Box(string edge) => $"cell box {edge} edge in PDF points (origin bottom-left of the upright page); empty without geometry";

    /// <summary>A box coordinate as a decimal rounded to 0.01 point.</summary>
    static decimal? Coord(double? v) => v is { } d && double.IsFinite(d) ? Math.Round((decimal)d, 2) : null;

    public static readonly Dataset<LineItem> LineItems = new("line-items", "One row per printed amount", new[]
    {
        S<LineItem>("document", "input path relative to the folder given (unique in the batch)", r => r.Document),
        I<LineItem>("table_index", "the document's table number, from 1", r => r.TableIndex),
        S<LineItem>("unit_name", $"the unit the amount belongs to: the row's unit (a unit column or unit rows), else the table's {OutputText.UnitName}, else the document's unit", r => r.UnitName),
        I<LineItem>("fiscal_year", "fiscal year of the document", r => r.FiscalYear),
        S<LineItem>("phase", "budget | final", r => r.Phase),
        S<LineItem>("scope", "department | unit | government", r => r.Scope),
        S<LineItem>("table_kind", "table kind (DOMAIN.md section 3)", r => r.TableKind),
        S<LineItem>("table_title", "table title as printed", r => r.TableTitle),
        S<LineItem>("classification", "function | economic | economic-government | revenue | none", r => r.Classification),
        S<LineItem>("code", "subject code, expanded", r => r.Code),
        S<LineItem>("name", "subject name as printed", r => r.Name),
        I<LineItem>("level", $"1 {OutputText.Class}, 2 {OutputText.Section}, 3 {OutputText.Item}; 0 grand total", r => r.Level),
        S<LineItem>("parent_code", "parent subject code", r => r.ParentCode),
        S<LineItem>("code_source", "printed (the table prints the code) | catalog (a names-only row resolved through the subject-code catalog); empty without code", r => r.CodeSource),
        S<LineItem>("code_confidence", "catalog codes: high (the name is unique under a printed parent, order and sums agree) | low (chosen among candidates; filter these out for strict use); empty for printed codes and without code", r => r.CodeConfidence),
        S<LineItem>("measure", "canonical measure (DOMAIN.md section 9)", r => r.Measure),
        S<LineItem>("column_label", "column header as printed", r => r.ColumnLabel),
        D<LineItem>("amount", "the amount as printed, in amount_unit", r => r.Amount),
        S<LineItem>("amount_unit", $"unit as printed: the column header's when it prints one, else the table's ({OutputText.TenThousandYuan}, {OutputText.Yuan} …); % for a percent or rate column; a non-money unit as printed (a duration, a count, a score); empty when none is printed", r => r.AmountUnit),
        D<LineItem>("amount_yuan", "the amount in yuan (exact); empty for a ratio, a percent, a non-money unit or no unit", r => r.AmountYuan),
        I<LineItem>("page", "source page", r => r.Page),
        I<LineItem>("row", "row in the raw table grid (0-based)", r => r.Row),
        I<LineItem>("column", "column in the raw table grid (0-based)", r => r.Column),
        D<LineItem>("x0", Box("left"), r => Coord(r.Box?.Left)),
        D<LineItem>("y0", Box("bottom"), r => Coord(r.Box?.Bottom)),
        D<LineItem>("x1", Box("right"), r => Coord(r.Box?.Right)),
        D<LineItem>("y1", Box("top"), r => Coord(r.Box?.Top)),
        S<LineItem>("sheet", "spreadsheets: the sheet's name", r => r.Sheet),
        S<LineItem>("cell", "spreadsheets: the cell's address in the sheet (C12), hidden rows and columns counted", r => r.Cell),
        B<LineItem>("unit_is_region", GovernmentOutputText.UnitIsRegionField, r => r.UnitIsRegion),
        S<LineItem>("table_coverage", GovernmentOutputText.TableCoverageField, r => r.TableCoverage),
    }, new[] { "document" }, new[] { "unit_name" }, new[] { "code" }, new[] { "measure" }, new[] { "table_kind" },
        new[] { "fiscal_year" }, new[] { "table_kind", "measure", "code" });

    public static readonly Dataset<CheckRow> Checks = new("checks", "One row per check finding", new[]
    {
        S<CheckRow>("document", "input path relative to the folder given (unique in the batch)", r => r.Document),
        S<CheckRow>("rule", "rule id", r => r.Rule),
        S<CheckRow>("severity", "error | warning | info", r => r.Severity),
        S<CheckRow>("table_kind", "table kind the finding is about", r => r.TableKind),
        S<CheckRow>("location", "table, row, column or sentence", r => r.Location),
        S<CheckRow>("expected", "expected value", r => r.Expected),
        S<CheckRow>("actual", "printed value", r => r.Actual),
        S<CheckRow>("message", "explanation", r => r.Message),
        S<CheckRow>("cause", "failed sums: published (the document's figures disagree) | extraction (our reading) | undetermined", r => r.Cause),
        S<CheckRow>("cause_evidence", "what the cause was judged from", r => r.CauseEvidence),
        S<CheckRow>("finding_id", "stable id of the finding: rule and a hash of document, rule and location (the key of the reviews file)", r => r.FindingId),
        I<CheckRow>("page", "page of the value found wrong (or of the sentence)", r => r.Page),
        D<CheckRow>("x0", Box("left") + " of the value found wrong", r => Coord(r.Box?.Left)),
        D<CheckRow>("y0", Box("bottom") + " of the value found wrong", r => Coord(r.Box?.Bottom)),
        D<CheckRow>("x1", Box("right") + " of the value found wrong", r => Coord(r.Box?.Right)),
        D<CheckRow>("y1", Box("top") + " of the value found wrong", r => Coord(r.Box?.Top)),
        S<CheckRow>("sheet", "spreadsheets: the sheet of the value found wrong", r => r.Sheet),
        S<CheckRow>("cell", "spreadsheets: the cell address of the value found wrong (C12)", r => r.Cell),
        S<CheckRow>("review", "a reviewer's decision read with extract --reviews: confirmed | dismissed; empty when not reviewed", r => r.Review),
        S<CheckRow>("review_comment", "the reviewer's comment", r => r.ReviewComment),
    }, new[] { "document" }, new[] { "rule" }, new[] { "severity" });

    public static readonly Dataset<DocumentRow> Documents = new("documents", "One row per document", new[]
    {
        S<DocumentRow>("document", "input path relative to the folder given (unique in the batch)", r => r.Document),
        S<DocumentRow>("path", "input path relative to the folder given", r => r.Path),
        S<DocumentRow>("format", "pdf | html | text | xlsx | xls | docx | doc", r => r.Format),
        S<DocumentRow>("sha256", "SHA-256 of the file", r => r.Sha256),
        I<DocumentRow>("pages", "pages read", r => r.Pages),
        S<DocumentRow>("title", "title as printed", r => r.Metadata.Title),
        S<DocumentRow>("unit_name", "reporting unit", r => r.Metadata.UnitName),
        S<DocumentRow>("unit_code", "unit code", r => r.Metadata.UnitCode),
        S<DocumentRow>("parent_department", "parent department", r => r.Metadata.ParentDepartment),
        S<DocumentRow>("parent_code", "parent department code", r => r.Metadata.ParentCode),
        I<DocumentRow>("fiscal_year", "fiscal year", r => r.Metadata.FiscalYear),
        S<DocumentRow>("phase", "budget | final", r => r.Metadata.Phase.Text()),
        S<DocumentRow>("scope", "department | unit | government", r => r.Metadata.Scope.Text()),
        S<DocumentRow>("government_level", "scope government: province | city | county", r => r.Metadata.GovernmentLevel.Text()),
        S<DocumentRow>("government_level_evidence", GovernmentOutputText.GovernmentLevelEvidenceField, r => r.Metadata.GovernmentLevelEvidence),
        S<DocumentRow>("government_coverage", GovernmentOutputText.GovernmentCoverageField, r => r.Metadata.GovernmentCoverage.Text()),
        I<DocumentRow>("tables", "tables recognised", r => r.Tables),
        I<DocumentRow>("line_items", "amounts written to line-items", r => r.LineItems),
        D<DocumentRow>("revenue_total_yuan", "revenue grand total" + Yuan, r => r.Metrics.RevenueTotal),
        D<DocumentRow>("expenditure_total_yuan", "expenditure grand total" + Yuan, r => r.Metrics.ExpenditureTotal),
        D<DocumentRow>("basic_yuan", $"basic expenditure {OutputText.BasicExpenditure}" + Yuan, r => r.Metrics.Basic),
        D<DocumentRow>("project_yuan", $"project expenditure {OutputText.ProjectExpenditure}" + Yuan, r => r.Metrics.Project),
        D<DocumentRow>("personnel_yuan", $"personnel {OutputText.Personnel}" + Yuan, r => r.Metrics.Personnel),
        D<DocumentRow>("public_yuan", $"public {OutputText.Public}" + Yuan, r => r.Metrics.Public),
        D<DocumentRow>("three_public_yuan", $"{OutputText.ThreePublic} total" + Yuan, r => r.Metrics.ThreePublic),
        D<DocumentRow>("outbound_yuan", $"{OutputText.OfficialTravelAbroad}({OutputText.Border}){OutputText.Fee}" + Yuan, r => r.Metrics.Outbound),
        D<DocumentRow>("reception_yuan", OutputText.ReceptionFee + Yuan, r => r.Metrics.Reception),
        D<DocumentRow>("vehicles_yuan", OutputText.VehiclesFee + Yuan, r => r.Metrics.Vehicles),
        D<DocumentRow>("vehicle_purchase_yuan", OutputText.VehiclePurchaseFee + Yuan, r => r.Metrics.VehiclePurchase),
        D<DocumentRow>("vehicle_operation_yuan", OutputText.VehicleOperationFee + Yuan, r => r.Metrics.VehicleOperation),
        D<DocumentRow>("operating_costs_yuan", $"{OutputText.OperatingCosts} from the narrative" + Yuan, r => r.Metrics.OperatingCosts),
        I<DocumentRow>("staff_authorized", OutputText.AuthorizedStaff, r => r.Metrics.StaffAuthorized),
        I<DocumentRow>("staff", $"{OutputText.ActualStaff} ({OutputText.InService} when {OutputText.Actual} is not stated)", r => r.Metrics.Staff),
        D<DocumentRow>("cost_per_staff_yuan", "expenditure total per staff member" + Yuan, r => r.Metrics.CostPerStaff),
        D<DocumentRow>("revenue_change_yuan", "year-on-year change of revenue stated in the narrative" + Yuan, r => r.Metrics.RevenueChange),
        D<DocumentRow>("revenue_change_percent", "year-on-year change of revenue, percent as printed", r => r.Metrics.RevenueChangePercent),
        D<DocumentRow>("expenditure_change_yuan", "year-on-year change of expenditure stated in the narrative" + Yuan, r => r.Metrics.ExpenditureChange),
        D<DocumentRow>("expenditure_change_percent", "year-on-year change of expenditure, percent as printed", r => r.Metrics.ExpenditureChangePercent),
        D<DocumentRow>("three_public_change_yuan", $"year-on-year change of {OutputText.ThreePublic} stated in the narrative" + Yuan, r => r.Metrics.ThreePublicChange),
        D<DocumentRow>("operating_costs_change_yuan", $"year-on-year change of {OutputText.OperatingCosts}" + Yuan, r => r.Metrics.OperatingCostsChange),
        D<DocumentRow>("operating_costs_change_percent", $"year-on-year change of {OutputText.OperatingCosts}, percent as printed", r => r.Metrics.OperatingCostsChangePercent),
        S<DocumentRow>("metrics_from_narrative", "metrics no table gave, taken from the narrative, ';'-separated", r => r.Metrics.FromNarrative.Count == 0 ? null : string.Join(";", r.Metrics.FromNarrative)),
        I<DocumentRow>("tables_expected", $"tables the {OutputText.Contents} (or the standard set) promises", r => r.TablesExpected),
        I<DocumentRow>("tables_present", "table kinds present with data", r => r.TablesPresent),
        I<DocumentRow>("tables_declared_empty", "tables stated empty", r => r.TablesDeclaredEmpty),
        I<DocumentRow>("tables_missing", "tables listed but absent", r => r.TablesMissing),
        S<DocumentRow>("missing_kinds", "kinds of the missing tables, ';'-separated", r => r.MissingKinds),
        I<DocumentRow>("narrative_sections", "narrative sections found", r => r.NarrativeSections),
        I<DocumentRow>("checks_passed", "check evaluations that held", r => r.ChecksPassed),
        I<DocumentRow>("checks_failed", "check evaluations that failed", r => r.ChecksFailed),
        I<DocumentRow>("checks_rounding", "failures within rounding tolerance", r => r.ChecksRounding),
        I<DocumentRow>("findings_error", "findings of severity error", r => r.FindingsError),
        I<DocumentRow>("findings_warning", "findings of severity warning", r => r.FindingsWarning),
        I<DocumentRow>("findings_info", "findings of severity info", r => r.FindingsInfo),
        I<DocumentRow>("issues", "reader and recognition issues", r => r.Issues),
        S<DocumentRow>("duplicate_of", "the earlier document this one duplicates (same unit, year, phase, scope, revenue and expenditure totals, e.g. the PDF and HTML of one disclosure); compare and the report count it once", r => r.DuplicateOf),
    }, new[] { "document" }, new[] { "unit_name" }, new[] { "fiscal_year" }, new[] { "parent_code" });

    public static readonly Dataset<TableInfoRow> Tables = new("tables", "One row per recognised table", new[]
    {
        S<TableInfoRow>("document", "input path relative to the folder given (unique in the batch)", r => r.Document),
        I<TableInfoRow>("table_index", "the document's table number, from 1", r => r.Table.Index),
        S<TableInfoRow>("table_kind", "table kind", r => r.Table.Kind.Text()),
        S<TableInfoRow>("title", "title as printed", r => r.Table.Title),
        S<TableInfoRow>("number", "printed table number", r => r.Table.Number),
        S<TableInfoRow>("amount_unit", "unit as printed", r => r.Table.AmountUnit),
        S<TableInfoRow>("reporting_unit", "reporting unit printed with the table", r => r.Table.ReportingUnit),
        I<TableInfoRow>("header_year", "year printed in the header", r => r.Table.HeaderYear),
        S<TableInfoRow>("classification", "row classification", r => r.Table.Classification.Text()),
        B<TableInfoRow>("declared_empty", "stated empty", r => r.Table.DeclaredEmpty),
        S<TableInfoRow>("note", "note printed with the table", r => r.Table.Note),
        I<TableInfoRow>("first_page", "first page", r => r.Table.FirstPage),
        I<TableInfoRow>("last_page", "last page", r => r.Table.LastPage),
        I<TableInfoRow>("rows", "data rows", r => r.Table.Rows.Count),
        I<TableInfoRow>("amounts", "printed amounts", r => r.Amounts),
    }, new[] { "document" }, new[] { "table_kind" });

    public static readonly Dataset<NarrativeFactRow> NarrativeFacts = new("narrative-facts", "One row per amount stated in prose", new[]
    {
        S<NarrativeFactRow>("document", "input path relative to the folder given (unique in the batch)", r => r.Document.Document),
        S<NarrativeFactRow>("unit_name", "reporting unit", r => r.Document.Metadata.UnitName),
        I<NarrativeFactRow>("fiscal_year", "fiscal year", r => r.Document.Metadata.FiscalYear),
        S<NarrativeFactRow>("subject", "what is stated (revenue-total, operating-costs, three-public …)", r => r.Fact.Subject),
        S<NarrativeFactRow>("label", "subject as printed", r => r.Fact.Label),
        S<NarrativeFactRow>("code", "subject code where the label maps to one", r => r.Fact.Code),
        S<NarrativeFactRow>("section", "narrative section", r => r.Fact.Section),
        D<NarrativeFactRow>("amount", "amount as printed", r => r.Fact.Amount),
        S<NarrativeFactRow>("unit", "unit as printed", r => r.Fact.Unit),
        D<NarrativeFactRow>("amount_yuan", "amount in yuan", r => r.Fact.Yuan),
        D<NarrativeFactRow>("change", "signed year-on-year change in the printed unit", r => r.Fact.Change),
        S<NarrativeFactRow>("direction", "increase | decrease | flat", r => r.Fact.Direction),
        D<NarrativeFactRow>("prior_year", "prior-year amount derived from amount and change", r => r.Fact.PriorYear),
        D<NarrativeFactRow>("change_percent", "percentage change as printed (signed)", r => r.Fact.ChangePercent),
        S<NarrativeFactRow>("reason", "stated reason", r => r.Fact.Reason),
        S<NarrativeFactRow>("sentence", "the sentence", r => r.Fact.Sentence),
        I<NarrativeFactRow>("page", "source page", r => r.Fact.Provenance.Page),
        I<NarrativeFactRow>("line", "source line", r => r.Fact.Provenance.Line),
    }, new[] { "document" }, new[] { "subject" }, new[] { "unit_name" });

    public static readonly Dataset<FunctionShareRow> FunctionShares = new("function-shares", $"Each unit's spending by function {OutputText.Class}", new[]
    {
        S<FunctionShareRow>("document", "input path relative to the folder given (unique in the batch)", r => r.Document),
        S<FunctionShareRow>("unit_name", "reporting unit", r => r.UnitName),
        I<FunctionShareRow>("fiscal_year", "fiscal year", r => r.FiscalYear),
        S<FunctionShareRow>("table_kind", "table the figures come from", r => r.Share.TableKind),
        S<FunctionShareRow>("code", $"function {OutputText.Class} code", r => r.Share.Code),
        S<FunctionShareRow>("name", $"{OutputText.Class} name as printed", r => r.Share.Name),
        D<FunctionShareRow>("amount_yuan", $"the {OutputText.Class}'s total (yuan)", r => r.Share.AmountYuan),
        D<FunctionShareRow>("share", $"share of the unit's spending across {OutputText.Class} (0–1)", r => r.Share.Share),
    }, new[] { "document" }, new[] { "code" });

    public static readonly Dataset<FailureRow> Failures = new("failures", "Inputs that could not be processed", new[]
    {
        S<FailureRow>("document", "input path relative to the folder given (unique in the batch)", r => r.Document),
        S<FailureRow>("path", "input path", r => r.Path),
        S<FailureRow>("kind", "bad-input | timeout | memory | error | cancelled", r => r.Kind.Text()),
        S<FailureRow>("reason", "why", r => r.Reason),
    });

    public static readonly Dataset<GovernmentPanelRow> GovernmentPanel = new("government-panel", "One row per government-level document (region-year): headline figures", new[]
    {
        S<GovernmentPanelRow>("document", "input file name", r => r.Document),
        S<GovernmentPanelRow>("government", "the government (region) the document is about", r => r.Government),
        S<GovernmentPanelRow>("level", "province | city | county", r => r.Level),
        S<GovernmentPanelRow>("coverage", GovernmentOutputText.PanelCoverageField, r => r.Coverage),
        I<GovernmentPanelRow>("fiscal_year", "fiscal year", r => r.FiscalYear),
        S<GovernmentPanelRow>("phase", "budget | final", r => r.Phase),
        D<GovernmentPanelRow>("general_revenue_yuan", GovernmentOutputText.GeneralRevenue + Yuan, r => r.GeneralRevenue),
        D<GovernmentPanelRow>("tax_revenue_yuan", GovernmentOutputText.TaxRevenue + Yuan, r => r.TaxRevenue),
        D<GovernmentPanelRow>("general_expenditure_yuan", GovernmentOutputText.GeneralExpenditure + Yuan, r => r.GeneralExpenditure),
        D<GovernmentPanelRow>("fund_revenue_yuan", GovernmentOutputText.FundRevenue + Yuan, r => r.FundRevenue),
        D<GovernmentPanelRow>("fund_expenditure_yuan", GovernmentOutputText.FundExpenditure + Yuan, r => r.FundExpenditure),
        D<GovernmentPanelRow>("debt_balance_yuan", GovernmentOutputText.DebtBalanceStated + Yuan, r => r.DebtBalance),
        D<GovernmentPanelRow>("debt_limit_yuan", GovernmentOutputText.DebtLimitStated + Yuan, r => r.DebtLimit),
        S<GovernmentPanelRow>("sources", "where each figure comes from (table and column, or narrative page), ';'-separated", r => r.Sources.Count == 0 ? null : string.Join(";", r.Sources)),
    }, new[] { "document" }, new[] { "government" }, new[] { "fiscal_year" });

    public static IReadOnlyList<Dataset> All => new Dataset[] { LineItems, Documents, Tables, Checks, NarrativeFacts, FunctionShares, Failures, GovernmentPanel };
}
