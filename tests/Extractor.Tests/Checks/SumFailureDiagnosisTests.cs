using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>Each failed sum is judged published, extraction or undetermined, from evidence in the document itself.</summary>
public class SumFailureDiagnosisTests
{
    static CheckFinding Only(BudgetDocument doc, string rule, int table) =>
        Assert.Single(doc.Checks, f => f.Rule == rule && f.TableIndex == table && f.Severity == Severity.Error);

    [Fact]
    public void AChildPrintedInAnotherTableWithExactlyTheGapIsALostRow()
    {
        var expenditure = TableText.Build(1, TableKind.Expenditure, "合计:total", @"
            | 合计 | 300.00
            208 | 社会保障和就业支出 | 300.00
            20805 | 行政事业单位养老支出 | 300.00
            2080501 | 行政单位离退休 | 100.00
            2080505 | 机关事业单位基本养老保险缴费支出 | 120.00");
        var general = TableText.Build(2, TableKind.GeneralExpenditure, "合计:total", @"
            | 合计 | 300.00
            208 | 社会保障和就业支出 | 300.00
            20805 | 行政事业单位养老支出 | 300.00
            2080501 | 行政单位离退休 | 100.00
            2080505 | 机关事业单位基本养老保险缴费支出 | 120.00
            2080506 | 机关事业单位职业年金缴费支出 | 80.00");
        var doc = TableText.Document(expenditure, general);

        CheckRunner.Run(doc);

        var finding = Only(doc, CheckRules.TreeSum, 1);
        Assert.Equal(FindingCause.Extraction, finding.Cause);
        Assert.Contains("2080506", finding.CauseEvidence);
        Assert.DoesNotContain(doc.Checks, f => f.TableIndex == 2 && f.Severity == Severity.Error);
    }

    [Fact]
    public void RowsUnderAParentTheTableDoesNotPrintAddIntoTheirPrintedAncestor()
    {
        // 3010201 and 3010202 belong to 30102, which this table does not print: they add into 301 (TableView.ParentOf),
        // so the sum holds and there is nothing to diagnose.
        var table = TableText.Build(1, TableKind.GeneralBasicExpenditure, "合计:total", @"
            301 | 工资福利支出 | 100.00
            30101 | 基本工资 | 40.00
            3010201 | 津贴补贴 | 35.00
            3010202 | 改革性补贴 | 25.00", classification: Classification.Economic);
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum);
    }

    [Fact]
    public void ARowWithoutItsCodeHoldingTheGapLostItsCode()
    {
        var table = TableText.Build(1, TableKind.Expenditure, "合计:total", @"
            201 | 一般公共服务支出 | 100.00
            20101 | 人大事务 | 60.00
            2010101 | 行政运行 | 40.00");
        // the 项 row's code was not read: it is a plain named row now
        var lost = table.Rows[2];
        (lost.Code, lost.PrintedCode, lost.ParentCode, lost.Level) = (null, null, null, null);
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        var finding = Only(doc, CheckRules.TreeSum, 1);
        Assert.Equal(FindingCause.Extraction, finding.Cause);
        Assert.Contains("has no code", finding.CauseEvidence);
    }

    [Fact]
    public void AnUncountedColumnHoldingTheGapMeansItsHeaderWasReadWrong()
    {
        var table = TableText.Build(1, TableKind.Revenue, "总计:total 财政拨款:appropriation 财政专户管理资金:other 其他收入:other-income", @"
            | 合计 | 532.00 | 90.00 | 432.00 | 10.00");
        table.Rows[0].Amounts[2].ColumnLabel = "本年收入/财政专户管理资金";
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        var finding = Only(doc, CheckRules.RowSum, 1);
        Assert.Equal(FindingCause.Extraction, finding.Cause);
        Assert.Contains("财政专户管理资金", finding.CauseEvidence);
    }

    [Fact]
    public void AWholePrintedWithoutTheDecimalsOfItsPartsIsRoundedInPrint()
    {
        var table = TableText.Build(1, TableKind.Expenditure, "合计:total", @"
            | 合计 | 22118861
            201 | 一般公共服务支出 | 22000000.20
            204 | 公共安全支出 | 118861.14", unit: "元");
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        var finding = Only(doc, CheckRules.TreeSum, 1);
        Assert.Equal(FindingCause.Published, finding.Cause);
        Assert.Contains("rounded", finding.CauseEvidence);
    }

    [Fact]
    public void TheSameGapRunningDownTheTreeWhileColumnsAddUpIsPublished()
    {
        var table = TableText.Build(1, TableKind.GeneralExpenditure, "合计:total 基本支出:basic 人员经费:personnel 公用经费:public", @"
            | 合计 | 100.00 | 100.00 | 70.00 | 35.00
            214 | 交通运输支出 | 100.00 | 100.00 | 70.00 | 35.00
            21401 | 公路水路运输 | 100.00 | 100.00 | 70.00 | 35.00");
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        var basic = doc.Checks.Where(f => f.Rule == CheckRules.RowSum && f.Severity == Severity.Error).ToList();
        Assert.Equal(3, basic.Count);
        Assert.All(basic, f => Assert.Equal(FindingCause.Published, f.Cause));
    }

    [Fact]
    public void WithoutEvidenceTheCauseIsUndeterminedAndTheGapIsStated()
    {
        var table = TableText.Build(1, TableKind.Expenditure, "合计:total", @"
            201 | 一般公共服务支出 | 100.00
            20101 | 人大事务 | 60.00
            20103 | 政府办公厅（室）及相关机构事务 | 30.00");
        var doc = TableText.Document(table);

        CheckRunner.Run(doc);

        var finding = Only(doc, CheckRules.TreeSum, 1);
        Assert.Equal(FindingCause.Undetermined, finding.Cause);
        Assert.Contains("gap 10.00 万元", finding.CauseEvidence);
    }
}
