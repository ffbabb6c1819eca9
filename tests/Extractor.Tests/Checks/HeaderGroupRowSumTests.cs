using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>Row sums over grouped headers: which columns without a canonical measure add into the row's whole.</summary>
public class HeaderGroupRowSumTests
{
    static BudgetDocument Revenue(string columns, string values) =>
        TableText.Document(TableText.Build(1, TableKind.Revenue, columns, "| 合计 | " + values));

    const string GroupedRevenue =
        "总计:total 本年收入/小计:total 本年收入/一般公共预算:general-budget 本年收入/财政专户管理资金:other " +
        "本年收入/其他收入:other-income 上年结转结余/小计:carryover 上年结转结余/一般公共预算:general-budget " +
        "上年结转结余/专户资金结转结余:other";

    [Fact]
    public void AColumnUnderAGroupWhose小计IsNotASourceIsAddedIntoTheRevenueTotal()
    {
        // 湖州 表02: 总计 = 本年收入 (counted column by column: its 小计 is a total) + 上年结转结余/小计
        var doc = Revenue(GroupedRevenue, "635 | 535 | 100 | 432 | 3 | 100 | 60 | 40");
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RowSum);
        Assert.True(doc.CheckTallies.Single(t => t.Rule == CheckRules.RowSum).Passed >= 1);
    }

    [Fact]
    public void AGroupColumnThatDoesNotAddUpIsStillReported()
    {
        var doc = Revenue(GroupedRevenue, "636 | 535 | 100 | 432 | 3 | 100 | 60 | 40");
        CheckRunner.Run(doc);
        var finding = Assert.Single(doc.Checks, f => f.Rule == CheckRules.RowSum);
        Assert.Equal("635", finding.Expected);
        Assert.Contains("本年收入/财政专户管理资金", finding.Message);
        Assert.DoesNotContain("专户资金结转结余", finding.Message);
    }

    [Fact]
    public void AnOfWhichColumnUnderAGroupIsNeverAPart()
    {
        // 西安 表2: 部门预算/一般公共预算拨款/其中：专项资金… is inside 一般公共预算拨款/小计; 部门预算/上年实户资金余额 is a source
        var doc = Revenue(
            "总计:total 部门预算/合计:total 部门预算/一般公共预算拨款/小计:general-budget " +
            "部门预算/一般公共预算拨款/其中：专项资金列入部门预算项目:other 部门预算/上年结转:carryover " +
            "部门预算/上年实户资金余额:other 其他收入:other-income",
            "3695.91 | 3695.91 | 3643.37 | 500 | 11.61 | 40.93 |");
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RowSum);
    }

    [Fact]
    public void AnOtherColumnUnderTheBasicGroupWithIts小计StaysOut()
    {
        var doc = TableText.Document(TableText.Build(1, TableKind.Expenditure,
            "合计:total 基本支出/小计:basic 基本支出/人员经费:personnel 基本支出/公用经费:public 基本支出/离退休费:other 项目支出:project",
            "201 | 一般公共服务支出 | 100 | 60 | 40 | 20 | 5 | 40"));
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RowSum);
    }

    [Fact]
    public void ABreakdownGroupBesideTheTotalIsNotAddedIntoIt()
    {
        // 深圳 表3: 2026年政府采购项目/小计 | …/其中：… are a breakdown printed beside 支出总计, not parts of it
        var doc = TableText.Document(TableText.Build(1, TableKind.Expenditure,
            "支出总计:total 基本支出:basic 项目支出:project 事业单位经营支出:other 政府采购项目/小计:total " +
            "政府采购项目/货物:other 政府采购项目/其中：2026年/预留给小型、微型企业的项目资金规模:other",
            "| 深圳市水务局 | 100 | 40 | 60 | 0 | 30 | 20 | 5"));
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RowSum);
    }
}
