using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>tree-sum, row-sum and cross-table-total on small tables built to pass and to fail.</summary>
public class TableCheckTests
{
    const string Spending = "合计:total 基本支出:basic 项目支出:project";

    static BudgetDocument Run(params BudgetTable[] tables)
    {
        var doc = TableText.Document(tables);
        CheckRunner.Run(doc);
        return doc;
    }

    static BudgetTable Expenditure(string rows, int index = 1, TableKind kind = TableKind.Expenditure) =>
        TableText.Build(index, kind, Spending, rows);

    const string Good = """
        | 合计 | 259.10 | 141.10 | 118.00
        201 | 一般公共服务支出 | 225.98 | 107.98 | 118.00
        41 | 数据事务 | 225.98 | 107.98 | 118.00
        2014101 | 行政运行 | 107.98 | 107.98 |
        2014102 | 一般行政管理事务 | 118.00 | | 118.00
        221 | 住房保障支出 | 33.12 | 33.12 |
        02 | 住房改革支出 | 33.12 | 33.12 |
        2210201 | 住房公积金 | 33.12 | 33.12 |
        """;

    [Fact]
    public void AConsistentTableHasNoFindings()
    {
        var doc = Run(Expenditure(Good));
        Assert.Empty(doc.Checks);
        Assert.True(doc.CheckTallies.Single(t => t.Rule == "tree-sum").Passed > 0);
    }

    [Fact]
    public void A款ThatDoesNotAddUpIsATreeSumError()
    {
        var doc = Run(Expenditure(Good.Replace("2014101 | 行政运行 | 107.98 | 107.98 |", "2014101 | 行政运行 | 106.98 | 106.98 |")));
        var f = doc.Checks.Where(c => c.Rule == "tree-sum").ToList();
        // 20141 total and basic no longer add up; and 行政运行's own row no longer adds up either (row-sum is fine: 106.98 = 106.98)
        Assert.Contains(f, c => c.Location.Contains("code 20141 数据事务") && c.Location.Contains("column 合计") && c.Severity == Severity.Error);
        var total = f.First(c => c.Location.Contains("code 20141") && c.Location.Contains("column 合计"));
        Assert.Equal(("224.98", "225.98"), (total.Expected, total.Actual));
        Assert.Contains("its 项 rows (2014101, 2014102) add up to 224.98 万元", total.Message);
    }

    [Fact]
    public void ADifferenceWithinOneHundredthPerChildIsRoundingInfo()
    {
        var doc = Run(Expenditure(Good.Replace("201 | 一般公共服务支出 | 225.98 |", "201 | 一般公共服务支出 | 225.99 |")));
        var f = doc.Checks.Where(c => c.Rule == "tree-sum").ToList();
        Assert.Contains(f, c => c.Location.Contains("code 201 ") && c.Severity == Severity.Info);
        Assert.DoesNotContain(f, c => c.Severity == Severity.Error && c.Location.Contains("code 201 "));
        Assert.True(doc.CheckTallies.Single(t => t.Rule == "tree-sum").Rounding >= 1);
    }

    [Fact]
    public void GrandTotalIsTheSumOfClasses()
    {
        var doc = Run(Expenditure(Good.Replace("| 合计 | 259.10 |", "| 合计 | 260.10 |")));
        var f = Assert.Single(doc.Checks, c => c.Rule == "tree-sum");
        Assert.Contains("its 类 rows (201, 221)", f.Message);
        Assert.StartsWith("table 1 (expenditure) row 0 合计 column 合计", f.Location);
    }

    [Fact]
    public void ParentsWithoutChildrenAreSkipped()
    {
        var doc = Run(Expenditure("""
            | 合计 | 10 | 10 |
            201 | 一般公共服务支出 | 10 | 10 |
            """));
        Assert.Empty(doc.Checks);
    }

    [Fact]
    public void TotalMustBeBasicPlusProject()
    {
        var doc = Run(Expenditure("""
            2014101 | 行政运行 | 100 | 90 | 5
            """));
        var f = Assert.Single(doc.Checks);
        Assert.Equal(("row-sum", "95", "100"), (f.Rule, f.Expected, f.Actual));
        Assert.Contains("基本支出 + 项目支出 = 95 万元", f.Message);
    }

    [Fact]
    public void BasicTableTotalIsPersonnelPlusPublicAndClassesSplitThatWay()
    {
        var basic = TableText.Build(1, TableKind.GeneralBasicExpenditure, "合计:total 人员经费:personnel 公用经费:public", """
            合计 | | 141.10 | 128.42 | 12.68
            301 | 工资福利支出 | 128.30 | 128.30 |
            302 | 商品和服务支出 | 12.68 | | 12.68
            303 | 对个人和家庭的补助 | 0.12 | 0.12 |
            """, classification: Classification.Economic);
        Assert.Empty(Run(basic).Checks);

        var broken = TableText.Build(1, TableKind.GeneralBasicExpenditure, "合计:total 人员经费:personnel 公用经费:public", """
            合计 | | 141.10 | 120.42 | 20.68
            301 | 工资福利支出 | 128.30 | 120.30 | 8.00
            302 | 商品和服务支出 | 12.68 | | 12.68
            303 | 对个人和家庭的补助 | 0.12 | 0.12 |
            """, classification: Classification.Economic);
        var f = Run(broken).Checks.Where(c => c.Rule == "cross-table-total").ToList();
        Assert.Equal(2, f.Count); // 人员经费 ≠ 301 + 303, 公用经费 ≠ 302
        Assert.All(f, c => Assert.Equal(Severity.Warning, c.Severity));
    }

    [Fact]
    public void RevenueTotalIsTheSumOfSourcesAndAppropriationOfItsParts()
    {
        const string cols = "合计:total 上年结转:carryover 财政拨款/小计:appropriation 一般公共预算:general-budget 政府性基金:government-fund 事业收入:business-income";
        var ok = TableText.Build(1, TableKind.Revenue, cols, "| 合计 | 120 | 10 | 100 | 90 | 10 | 10");
        Assert.Empty(Run(ok).Checks);
        var bad = TableText.Build(1, TableKind.Revenue, cols, "| 合计 | 120 | 10 | 100 | 80 | 10 | 5");
        var f = Run(bad).Checks.Where(c => c.Rule == "row-sum").ToList();
        Assert.Equal(2, f.Count);
        Assert.Contains(f, c => c.Message.Contains("合计 is 120 万元 but 上年结转 + 财政拨款/小计 + 事业收入 = 115 万元"));
        Assert.Contains(f, c => c.Message.Contains("财政拨款/小计 is 100 万元 but 一般公共预算 + 政府性基金 = 90 万元"));
    }

    [Fact]
    public void ThreePublicTotalIsItsPartsAndVehiclesArePurchasePlusOperation()
    {
        const string cols = "合计:total 因公出国(境)费:outbound 公务接待费:reception 公务用车购置及运行维护费/小计:vehicles 公务用车运行维护费:vehicle-operation 公务用车购置:vehicle-purchase";
        var ok = TableText.Build(1, TableKind.ThreePublic, cols, "| 合计 | 10 | 2 | 3 | 5 | 4 | 1", classification: Classification.None);
        Assert.Empty(Run(ok).Checks);
        var bad = TableText.Build(1, TableKind.ThreePublic, cols, "| 合计 | 10 | 2 | 3 | 5 | 4 | 2", classification: Classification.None);
        var f = Assert.Single(Run(bad).Checks);
        Assert.Contains("公务用车购置及运行维护费/小计 is 5 万元", f.Message);
    }

    [Fact]
    public void TwoSidedIncomeTotalEqualsExpenditureTotal()
    {
        var table = new BudgetTable { Index = 1, Kind = TableKind.Summary, AmountUnit = "万元" };
        table.Rows.Add(new TableRow { Index = 9, Name = "收入总计", IsTotal = true, Side = Side.Income, Amounts = { new Amount { Measure = Measure.Total, Value = 100, Printed = "100" } } });
        table.Rows.Add(new TableRow { Index = 9, Name = "支出总计", IsTotal = true, Side = Side.Expenditure, Amounts = { new Amount { Measure = Measure.Total, Value = 99, Printed = "99" } } });
        var f = Assert.Single(Run(table).Checks);
        Assert.Equal(("row-sum", "100", "99"), (f.Rule, f.Expected, f.Actual));
    }

    [Fact]
    public void RevenueAndExpenditureGrandTotalsAgree()
    {
        var revenue = TableText.Build(1, TableKind.Revenue, "合计:total 财政拨款:appropriation", "| 合计 | 100 | 100");
        var spending = Expenditure("| 合计 | 90 | 90 |", index: 2);
        var f = Assert.Single(Run(revenue, spending).Checks);
        Assert.Equal("cross-table-total", f.Rule);
        Assert.Equal(("100", "90"), (f.Expected, f.Actual));
        Assert.Contains("table 2 (expenditure) 支出合计 is 90 万元 but table 1 (revenue) 收入合计 is 100 万元", f.Message);
    }

    [Fact]
    public void GeneralExpenditureBasicEqualsTheBasicTableTotal()
    {
        var general = Expenditure("| 合计 | 100 | 60 | 40", kind: TableKind.GeneralExpenditure);
        var basic = TableText.Build(2, TableKind.GeneralBasicExpenditure, "合计:total 人员经费:personnel 公用经费:public", "| 合计 | 61 | 50 | 11",
            classification: Classification.Economic);
        var f = Assert.Single(Run(general, basic).Checks);
        Assert.Equal(("cross-table-total", "60", "61"), (f.Rule, f.Expected, f.Actual));
    }

    [Fact]
    public void TablesInDifferentUnitsAreComparedInYuan()
    {
        var revenue = TableText.Build(1, TableKind.Revenue, "合计:total 财政拨款:appropriation", "| 合计 | 1234567.89 | 1234567.89", unit: "元");
        var spending = TableText.Build(2, TableKind.Expenditure, Spending, "| 合计 | 123.46 | 123.46 |");
        var doc = Run(revenue, spending);
        var f = Assert.Single(doc.Checks);
        Assert.Equal(Severity.Info, f.Severity); // 123.46 万元 vs 123.456789 万元: within 0.01 万元
    }

    [Fact]
    public void A收入GroupsSubColumnsAreNotCountedTwice()
    {
        const string cols = "合计:total 上年结转/小计:carryover 上年结转/财政拨款结转:carryover 上年结转/其他:other 财政拨款:appropriation 教育收费:other";
        var table = TableText.Build(1, TableKind.Revenue, cols, "| 合计 | 110 | 10 | 6 | 4 | 95 | 5");
        Assert.Empty(Run(table).Checks);
    }

    [Fact]
    public void APerformanceTablesFundsRowIsLeftToThePerformanceFundsRule()
    {
        var table = TableText.Build(1, TableKind.PerformanceTargets, "年度资金总额:total 财政拨款:appropriation 其他资金:other 上年结转:carryover",
            "| 项目 | 118 | 0 | 0 | 0", classification: Classification.None);
        Assert.DoesNotContain(Run(table).Checks, c => c.Rule == "row-sum");
    }

    [Fact]
    public void Without基本小计ItsPartsStandInForIt()
    {
        var table = TableText.Build(1, TableKind.Expenditure, "总计:total 人员支出:personnel 日常公用支出:public 项目支出:project 上缴上级支出:transfer-to-superior",
            "| 教育支出 | 24310.26 | 14494.34 | 4709.38 | 5106.54 |");
        Assert.Empty(Run(table).Checks);
    }

    [Fact]
    public void WholeYuanTablesAllowOneYuanPerPart()
    {
        var table = TableText.Build(1, TableKind.Expenditure, Spending, """
            212 | 城乡社区支出 | 154369326 | 1000000 | 153369326
            21201 | 城乡社区管理事务 | 94995790 | 1000000 | 93995790
            21203 | 城乡社区规划与管理 | 59373537 | | 59373537
            """, unit: "元");
        var f = Run(table).Checks;
        Assert.Equal(2, f.Count); // 合计 and 项目支出 of 212 are each one 元 off the sum of their 款
        Assert.All(f, c => Assert.Equal(Severity.Info, c.Severity));
    }

    [Fact]
    public void ColumnGroupsOfTwoYearsAreAddedUpEachOnItsOwn()
    {
        const string cols = "上年/合计:total 上年/因公出国:outbound 上年/公务接待费:reception 上年/公务用车:vehicles " +
                            "当年/合计:total 当年/因公出国:outbound 当年/公务接待费:reception 当年/公务用车:vehicles";
        var table = TableText.Build(1, TableKind.ThreePublic, cols, "| 合计 | 26.5 | 0 | 9 | 17.5 | 21.9 | 0 | 8 | 13.9", classification: Classification.None);
        Assert.DoesNotContain(Run(table).Checks, c => c.Rule == "row-sum");
        var broken = TableText.Build(1, TableKind.ThreePublic, cols, "| 合计 | 26.5 | 0 | 9 | 17.5 | 22.9 | 0 | 8 | 13.9", classification: Classification.None);
        var f = Assert.Single(Run(broken).Checks);
        Assert.Contains("column 当年/合计", f.Location);
    }
}
