namespace Extractor.Vocabulary;

/// <summary>
/// The second home of printed words: Chinese terms that are only WRITTEN (check messages and rule descriptions, dataset
/// column descriptions, report and CLI wording), never matched. A word the program matches belongs in the concept
/// files beside this one (SubjectCatalog, TotalRowWords, …), not here.
/// </summary>
public static class OutputText
{
    public const string Appropriation = "财政拨款";
    public const string Class = "类";
    public const string Total = "合计";
    public const string Section = "款";
    public const string ProjectExpenditure = "项目支出";
    public const string AnnualFunds = "年度资金总额";
    public const string BasicExpenditure = "基本支出";
    public const string Basic = "基本";
    public const string ThreePublic = "三公";
    public const string RevenueGrandTotal = "收入总计";
    public const string ExpenditureGrandTotal = "支出总计";
    public const string InService = "在职";
    public const string Contents = "目录";
    public const string RevenueTotal = "收入合计";
    public const string ExpenditureTotal = "支出合计";
    public const string Item = "项";
    public const string Vehicles = "用车";
    public const string Personnel = "人员经费";
    public const string Public = "公用经费";
    public const string Project = "项目";
    public const string RetiredCadres = "离休";
    public const string Retired = "退休";
    public const string Glossary = "名词解释";
    public const string ClassMark = "（类）";
    public const string SectionMark = "（款）";
    public const string ItemMark = "（项）";
    public const string OtherFunds = "其他资金";
    public const string Carryover = "上年结转";
    public const string BasicExpenditureTotal = "基本支出合计";
    public const string TenThousandYuan = "万元";
    public const string ProjectExpenditureTotal = "项目支出合计";
    public const string BookTitleOpen = "《";
    public const string BookTitleClose = "》";
    public const string PersonnelShort = "人员";
    public const string PublicShort = "公用";
    public const string GeneralBudget = "一般公共预算";
    public const string GovernmentFund = "政府性基金";
    public const string StateCapital = "国有资本经营";
    public const string Outbound = "出国";
    public const string Reception = "接待";
    public const string Purchase = "购置";
    public const string Operation = "运行";
    public const string Explanation = "情况说明";
    public const string OperatingCosts = "机关运行经费";
    public const string AnnualBudget = "年度预算安排";
    public const string Procurement = "政府采购";
    public const string VehicleCount = "车辆";
    public const string Authorized = "编制";
    public const string Actual = "实有";
    public const string Year = "年";
    public const string OfWhichAppropriation = "其中：财政拨款";
    public const string AppropriationRevenue = "财政拨款收入";
    public const string GeneralBudgetRevenue = "一般公共预算拨款收入";
    public const string GovernmentFundRevenue = "政府性基金预算拨款收入";
    public const string StateCapitalRevenue = "国有资本经营预算收入";
    public const string AppropriationExpenditureTotal = "财政拨款支出合计";
    public const string PublicTotal = "公用经费合计";
    public const string AuthorizedStaff = "编制人数";
    public const string ActualStaff = "实有人数";
    public const string InServiceStaff = "在职人数";
    public const string Border = "境";
    public const string UnitName = "单位名称";
    public const string Yuan = "元";
    public const string OfficialTravelAbroad = "因公出国";
    public const string Fee = "费";
    public const string ReceptionFee = "公务接待费";
    public const string VehiclesFee = "公务用车购置及运行费";
    public const string VehiclePurchaseFee = "公务用车购置费";
    public const string VehicleOperationFee = "公务用车运行维护费";
    public const string OfficialVehicles = "公务用车";
    public const string DepartmentBudget = "部门预算";
    public const string UnitBudget = "单位预算";
    public const string FinalAccounts = "决算";
    public const string AdministrativeOperation = "行政运行";
    public const string FunctionClassification = "支出功能分类";
    public const string EconomicClassification = "经济分类";
    public const string RevenueClassification = "收入分类";
    public const string Expenditure = "支出";
}
