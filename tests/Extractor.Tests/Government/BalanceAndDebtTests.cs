using Extractor.Checks;
using Extractor.Model;
using Extractor.Normalization;
using Extractor.Pipeline;
using Extractor.Tests.Checks;
using Extractor.Tests.Support;

namespace Extractor.Tests.Government;

/// <summary>平衡表 lines and their identities, debt lines per region, and how their failures are judged (issue 11).</summary>
public class BalanceAndDebtTests
{
    /// <summary>A side-by-side 平衡表: the income side's first line has its details under it, the expenditure side
    /// prints 年终结余 after 支出总计 (the total adds the lines above it only).</summary>
    static string Report(string spendingTotal = "118\t120", string transfers = "20\t22") =>
        "关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
        "表1 2025年全市一般公共预算收支平衡表\n单位：万元\n" +
        "收入\t预算数\t执行数\t支出\t预算数\t执行数\n" +
        $"一、一般公共预算收入\t80\t85\t一、一般公共预算支出\t90\t92\n" +
        $"税收收入\t60\t62\t二、上解上级支出\t5\t6\n" +
        $"非税收入\t20\t23\t三、调出资金\t3\t2\n" +
        $"二、上级补助收入\t{transfers}\t四、地方政府债务还本支出\t20\t20\n" +
        "三、调入资金\t4\t4\t\t\t\n" +
        "四、债务转贷收入\t10\t10\t\t\t\n" +
        "五、上年结转\t6\t6\t\t\t\n" +
        $"收入总计\t120\t127\t支出总计\t{spendingTotal}\n" +
        "\t\t\t年终结余\t2\t7\n";

    static BudgetTable Balance(BudgetDocument doc) => Assert.Single(doc.Tables, t => t.Kind == TableKind.Balance);

    [Fact]
    public void EachBalanceLineGetsItsRoleAndDetailsNone()
    {
        var table = Balance(GovernmentDocs.Extract(Report()));
        RowRole? Role(Side side, string name) => table.Rows.Single(r => r.Side == side && PrintedText.LabelKey(r.Name) == name).Role;
        Assert.Equal(RowRole.OwnRevenue, Role(Side.Income, "一般公共预算收入"));
        Assert.Null(Role(Side.Income, "税收收入"));
        Assert.Null(Role(Side.Income, "非税收入"));
        Assert.Equal(RowRole.TransferIncome, Role(Side.Income, "上级补助收入"));
        Assert.Equal(RowRole.FundsIn, Role(Side.Income, "调入资金"));
        Assert.Equal(RowRole.DebtIncome, Role(Side.Income, "债务转贷收入"));
        Assert.Equal(RowRole.Carryover, Role(Side.Income, "上年结转"));
        Assert.Equal(RowRole.GrandTotal, Role(Side.Income, "收入总计"));
        Assert.Equal(RowRole.OwnExpenditure, Role(Side.Expenditure, "一般公共预算支出"));
        Assert.Equal(RowRole.TransferExpenditure, Role(Side.Expenditure, "上解上级支出"));
        Assert.Equal(RowRole.FundsOut, Role(Side.Expenditure, "调出资金"));
        Assert.Equal(RowRole.DebtRepayment, Role(Side.Expenditure, "地方政府债务还本支出"));
        Assert.Equal(RowRole.Carryover, Role(Side.Expenditure, "年终结余"));
    }

    [Fact]
    public void BothSidesAddUpAndBalanceWithTheLinesAfterTheTotal()
    {
        var doc = GovernmentDocs.Extract(Report());
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Balance);
        // per side two figure columns, and 收入总计 = 支出总计 + 年终结余 in both
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.Balance && t.Passed + t.Rounding == 6 && t.Failed == 0);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RowSum);
    }

    [Fact]
    public void ALineSumFailureNamesItsLinesAndIsJudged()
    {
        // 上级补助收入 printed 35 in 执行数: the income lines add to 140, the total prints 127
        var doc = GovernmentDocs.Extract(Report(transfers: "20\t35"));
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.Balance && f.PartRows is not null);
        Assert.Equal("140", failed.Expected);
        Assert.Equal("127", failed.Actual);
        Assert.Equal(5, failed.PartRows!.Count);
        Assert.Contains("上级补助收入", failed.Message);
        Assert.NotNull(failed.Cause);
    }

    [Fact]
    public void TotalsThatDisagreeWhileEachSideAddsUpArePublished()
    {
        // 执行数: the expenditure lines add to 104 + 6 + 2 + 20 = 132 = 支出总计 and the income lines to 127 = 收入总计,
        // but 127 ≠ 132 + 年终结余 7: each side was read as printed, the document's totals differ
        var doc = GovernmentDocs.Extract(Report(spendingTotal: "118\t132").Replace("一、一般公共预算支出\t90\t92", "一、一般公共预算支出\t90\t104"));
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.Balance);
        Assert.Null(failed.PartRows);
        Assert.Equal(FindingCause.Published, failed.Cause);
        Assert.Contains("each side adds up as printed", failed.CauseEvidence);
    }

    /// <summary>A one-sided balance table (the income half) in a government document, its lines marked by normalization;
    /// rows named in <paramref name="totals"/> are total rows.</summary>
    static (BudgetDocument Doc, BudgetTable Table) IncomeSide(string columns, string rows, params string[] totals)
    {
        var table = TableText.Build(1, TableKind.Balance, columns, rows, classification: Classification.None);
        foreach (var row in table.Rows) { row.Side = Side.Income; row.IsTotal = totals.Contains(row.Name); }
        var doc = GovernmentDocs.Of(table);
        GovernmentRowReader.MarkBalanceLines(table);
        return (doc, table);
    }

    [Fact]
    public void ASubtotalAfterItsItemsTakesThemAsDetails()
    {
        // the items of 本年收入 are numbered 一、二、 and 本年收入合计 comes after them (财政专户 tables)
        var (doc, table) = IncomeSide("决算数:final 执行数:execution", @"
            x | 一、行政事业性收费收入 | 27447 | 28984
            x | 二、其他收入 | 1036 | 401
            x | 本年收入合计 | 28483 | 29385
            x | 上年结转收入 | 13256 | 14094
            x | 收入总计 | 41739 | 43479", "本年收入合计", "收入总计");
        Assert.Equal(new RowRole?[] { null, null, RowRole.OwnRevenue, RowRole.Carryover, RowRole.GrandTotal }, table.Rows.Select(r => r.Role));
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Balance);
    }

    [Fact]
    public void ATotalPrintedFirstAddsTheLinesAfterIt()
    {
        var (doc, table) = IncomeSide("全省:budget 省本级:budget", @"
            x | 收入总计 | 1000 | 600
            x | 本年收入 | 300 | 100
            x | 转移性收入 | 700 | 500
            x | 返还性收入 | 200 | 100
            x | 一般性转移支付收入 | 500 | 400");
        Assert.Equal(new RowRole?[] { RowRole.GrandTotal, RowRole.OwnRevenue, RowRole.TransferIncome, null, null }, table.Rows.Select(r => r.Role));
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Balance);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.Balance && t.Passed == 2);
    }

    [Fact]
    public void BalanceLinesWithBrokenNamesAreJudgedExtraction()
    {
        // the layout split names across rows ("上级补助收" + "入") and ran two lines together: the side cannot add up
        var (doc, _) = IncomeSide("预算数:budget", @"
            x | 一般公共预算收入 | 80
            x | 非税收入二、上级补助收 | 10
            x | 入 | 20
            x | 调入资金三、上年结 | 5
            x | 转 | 4
            x | 收入总计 | 100");
        CheckRunner.Run(doc);
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.Balance);
        Assert.Equal(FindingCause.Extraction, failed.Cause);
        Assert.Contains("broken across rows", failed.CauseEvidence);
    }

    /// <summary>A debt table by region, items as columns per kind (合计 = 一般债务 + 专项债务).</summary>
    static BudgetDocument DebtByRegion(string secondRegion) => GovernmentDocs.Of(Debt(TableText.Build(1, TableKind.Debt,
        "上年末余额/合计:prior-year 上年末余额/一般债务:prior-year 上年末余额/专项债务:prior-year " +
        "限额/合计:budget 限额/一般债务:budget 限额/专项债务:budget " +
        "新增债券/合计:budget 新增债券/一般债务:budget 新增债券/专项债务:budget " +
        "还本/合计:budget 还本/一般债务:budget 还本/专项债务:budget " +
        "年末余额/合计:final 年末余额/一般债务:final 年末余额/专项债务:final", @"
            x | 甲县 | 100 | 40 | 60 | 150 | 50 | 100 | 30 | 10 | 20 | 10 | 5 | 5 | 120 | 45 | 75
            x | " + secondRegion, classification: Classification.None)));

    /// <summary>The debt items and kinds normalization gives a debt table's amounts.</summary>
    static BudgetTable Debt(BudgetTable table)
    {
        GovernmentDebtItems.Apply(table);
        return table;
    }

    [Fact]
    public void DebtRollsForwardPerRegionAndKind()
    {
        var doc = DebtByRegion("乙县 | 50 | 20 | 30 | 80 | 30 | 50 | 10 | 5 | 5 | 4 | 2 | 2 | 56 | 23 | 33");
        foreach (var row in doc.Tables[0].Rows) row.IsTotal = false;
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Debt);
        // each region: the limit and the roll-forward, for 合计, 一般 and 专项
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.Debt && t.Passed + t.Rounding == 12);
    }

    [Fact]
    public void ARegionOverItsLimitWithColumnsThatAgreeIsPublished()
    {
        // 乙县's 专项 balance 53 is over its 专项 limit 50, and every 合计 = 一般 + 专项: the document's own figures
        var doc = DebtByRegion("乙县 | 70 | 20 | 50 | 80 | 30 | 50 | 10 | 5 | 5 | 4 | 2 | 2 | 76 | 23 | 53");
        foreach (var row in doc.Tables[0].Rows) row.IsTotal = false;
        CheckRunner.Run(doc);
        var over = doc.Checks.Where(f => f.Rule == CheckRules.Debt && f.Row == 1 && f.Expected!.StartsWith("≤")).ToList();
        Assert.NotEmpty(over);
        Assert.All(over, f => Assert.Equal(FindingCause.Published, f.Cause));
        Assert.All(over, f => Assert.Contains("every item's amounts agree", f.CauseEvidence));
    }

    [Fact]
    public void ARegionWhoseKindsDoNotAddIsJudgedExtraction()
    {
        // 乙县's 年末余额/合计 56 against 一般 23 + 专项 43: the roll-forward of 专项 fails and the columns disagree
        var doc = DebtByRegion("乙县 | 50 | 20 | 30 | 80 | 30 | 50 | 10 | 5 | 5 | 4 | 2 | 2 | 56 | 23 | 43");
        foreach (var row in doc.Tables[0].Rows) row.IsTotal = false;
        CheckRunner.Run(doc);
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.Debt && f.Row == 1 && !f.Expected!.StartsWith("≤"));
        Assert.Equal(FindingCause.Extraction, failed.Cause);
    }

    [Fact]
    public void AGroupTotalOfNewLimitsIsNotTheLimit()
    {
        // 地方政府债务限额 / 合计 | 新增一般债务限额 | 新增专项债务限额: the 合计 adds the new limits, the balance is not held to it
        var doc = GovernmentDocs.Of(Debt(TableText.Build(1, TableKind.Debt,
            "地方政府债务限额/合计:total 地方政府债务限额/新增一般债务限额:budget 地方政府债务限额/新增专项债务限额:budget 年末债务余额/小计:total", @"
            x | 甲市 | 30 | 10 | 20 | 500", classification: Classification.None)));
        doc.Tables[0].Rows[0].IsTotal = false;
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Debt);
    }

    [SkippableFact]
    public void HenanBalanceTablesAddUpPerLine()
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_henan_prov_2024_final_account_tables_73p.pdf"));
        var first = doc.Tables.First(t => t.Kind == TableKind.Balance);
        // 二、上级补助收入 is a line (its three transfers are details); 支出总计 is followed by 年终结余
        Assert.Equal(RowRole.TransferIncome, first.Rows.Single(r => r.Side == Side.Income && PrintedText.LabelKey(r.Name) == "上级补助收入").Role);
        Assert.Null(first.Rows.Single(r => r.Side == Side.Income && PrintedText.LabelKey(r.Name) == "返还性收入").Role);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Balance && f.TableIndex == first.Index);
        // every balance failure left in the document is judged with evidence
        Assert.All(doc.Checks.Where(f => f.Rule == CheckRules.Balance && f.Severity != Severity.Info),
            f => Assert.True(f.Cause is not null && (f.Cause == FindingCause.Undetermined || f.CauseEvidence is not null)));
    }

    [SkippableFact]
    public void HeilongjiangBalanceLinesWhoseNameWrappedIntoTheAmountColumnAddUp()
    {
        // 文化旅游体育与传媒共同财政事权转移支付收 | 入 70656: read, the transfers under 一般性转移支付收入 add up to it, so
        // they are its details and 收入总计 adds its lines once
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_heilongjiang_prov_2023_final_accounts_166p.pdf"));
        var table = doc.Tables.First(t => t.Kind == TableKind.Balance && t.Rows.Any(r => r.Amounts.Any(a => a.Printed == "入 70656")));
        Assert.Equal(70656m, table.Rows.SelectMany(r => r.Amounts).Single(a => a.Printed == "入 70656").Value);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Balance && f.TableIndex == table.Index && f.Severity != Severity.Info);
    }

    [SkippableFact]
    public void ALineCountedWithItsDetailsInOneColumnIsExtractionInTheOthersToo()
    {
        // 支出总计 全省 exceeds its lines by exactly 转移性支出 (its details printed in 省本级 only): 转移性支出 and its
        // details were both counted, in 省本级 as well, where no single line equals the excess
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_heilongjiang_prov_2026_budget_tables_70p.pdf"));
        var failed = doc.Checks.Where(f => f.Rule == CheckRules.Balance && f.Severity != Severity.Info).ToList();
        Assert.Contains(failed, f => f.CauseEvidence is { } e && e.Contains("together with its details"));
        Assert.All(failed, f => Assert.Equal(FindingCause.Extraction, f.Cause));
    }

    [SkippableFact]
    public void JilinRegionsOverTheirLimitArePublished()
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_jilin_prov_2023_debt_final_tables_164p.pdf"));
        var over = doc.Checks.Where(f => f.Rule == CheckRules.Debt && f.Severity != Severity.Info).ToList();
        Assert.NotEmpty(over);
        Assert.All(over, f => Assert.Equal(FindingCause.Published, f.Cause));
    }
}
