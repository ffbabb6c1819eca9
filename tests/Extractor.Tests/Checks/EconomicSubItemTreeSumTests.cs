using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>Economic sub-items with 7 digits (3010201 津贴补贴) printed under their 类 without their 款.</summary>
public class EconomicSubItemTreeSumTests
{
    const string Columns = "合计:total 人员经费:personnel 公用经费:public";

    static BudgetDocument BasicTable(string rows) => TableText.Document(
        TableText.Build(1, TableKind.GeneralBasicExpenditure, Columns, rows, classification: Classification.Economic));

    [Fact]
    public void SubItemsWhose款IsNotPrintedAddIntoTheir类()
    {
        // 西安 表8: 301 = 30101 + 3010201 + 3010202 + 30108 (30102 itself not printed)
        var doc = BasicTable("""
            | 合计 | 100 | 100 |
            301 | 工资福利支出 | 100 | 100 |
            30101 | 基本工资 | 40 | 40 |
            3010201 | 津贴补贴 | 30 | 30 |
            3010202 | 改革性补贴 | 10 | 10 |
            30108 | 机关事业单位基本养老保险缴费 | 20 | 20 |
            """);
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum);
    }

    [Fact]
    public void SubItemsUnderTheirPrinted款AreNotCountedTwice()
    {
        var doc = BasicTable("""
            | 合计 | 100 | 100 |
            301 | 工资福利支出 | 100 | 100 |
            30101 | 基本工资 | 40 | 40 |
            30102 | 津贴补贴 | 40 | 40 |
            3010201 | 津贴补贴 | 30 | 30 |
            3010202 | 改革性补贴 | 10 | 10 |
            30108 | 机关事业单位基本养老保险缴费 | 20 | 20 |
            """);
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum);
    }

    [Fact]
    public void A类ShortOfItsSubItemsIsReported()
    {
        var doc = BasicTable("""
            | 合计 | 90 | 90 |
            301 | 工资福利支出 | 90 | 90 |
            30101 | 基本工资 | 40 | 40 |
            3010201 | 津贴补贴 | 30 | 30 |
            30108 | 机关事业单位基本养老保险缴费 | 30 | 30 |
            """);
        CheckRunner.Run(doc);
        Assert.Contains(doc.Checks, f => f.Rule == CheckRules.TreeSum && f.Expected == "100" && f.Severity == Severity.Error);
    }
}
