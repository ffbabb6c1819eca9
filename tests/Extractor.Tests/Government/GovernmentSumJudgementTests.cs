using Extractor.Catalog;
using Extractor.Checks;
using Extractor.Model;
using Extractor.Normalization;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Government;

/// <summary>Failed sums of government tables judged published or extraction with evidence, and the row readings that
/// remove the extraction ones (a classes' subtotal before the transfer lines; names printed with a level marker).</summary>
public class GovernmentSumJudgementTests
{
    static BudgetDocument Government(params BudgetTable[] tables) => GovernmentDocs.Of(tables);

    /// <summary>The checks run on a government document of this table: its one failed tree sum.</summary>
    static CheckFinding SingleTreeFailure(BudgetTable table)
    {
        var doc = Government(table);
        CheckRunner.Run(doc);
        return Assert.Single(doc.Checks, f => f.Rule == CheckRules.TreeSum && f.Severity != Severity.Info);
    }

    [Fact]
    public void AParentWhoseRowsWereAllReadAndCodedIsThePublishedFigure()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralExpenditure, "决算数:final", @"
            201 | 一般公共服务支出 | 100
            20101 | 人大事务 | 30
            20102 | 政协事务 | 50
            203 | 国防支出 | 10
            20306 | 国防动员 | 10");
        var failed = SingleTreeFailure(table);
        Assert.Equal(FindingCause.Published, failed.Cause);
        Assert.Contains("each with its code", failed.CauseEvidence);
    }

    [Fact]
    public void RowsPrintedUnderAParentWithoutACodeAreOurs()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralExpenditure, "决算数:final", @"
            208 | 社会保障和就业支出 | 100
            20801 | 人力资源和社会保障管理事务 | 30
            x | 就业补助 | 50
            x | 行政运行 | 20
            210 | 卫生健康支出 | 10
            21001 | 卫生健康管理事务 | 10");
        foreach (var r in table.Rows.Where(r => r.Code is null)) r.IsTotal = false;
        var failed = SingleTreeFailure(table);
        Assert.Equal(FindingCause.Extraction, failed.Cause);
        Assert.Contains("no code", failed.CauseEvidence);
    }

    [Fact]
    public void AGrandTotalThatAlsoAddsTheTransferLinesIsNotTheClassesTotal()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralExpenditure, "预算数:budget", @"
            201 | 一般公共服务支出 | 60
            203 | 国防支出 | 40
            x | 上解上级支出 | 15
            x | 债务还本支出 | 5
            总计 | 支出总计 | 120");
        foreach (var r in table.Rows.Where(r => r.Name is "上解上级支出" or "债务还本支出")) r.IsTotal = false;
        var failed = SingleTreeFailure(table);
        Assert.Equal(FindingCause.Extraction, failed.Cause);
        Assert.Contains("printed after the classes", failed.CauseEvidence);
    }

    [Fact]
    public void AWholeTheDocumentLeavesBlankIsPublished()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralExpenditure, "预算数:budget 调整预算数:adjusted-budget", @"
            201 | 一般公共服务支出 | 80 |
            20101 | 人大事务 | 30 | 35
            20102 | 政协事务 | 50 | 55");
        var failed = SingleTreeFailure(table);
        Assert.Equal(FindingCause.Published, failed.Cause);
        Assert.Contains("blank", failed.CauseEvidence);
    }

    [Fact]
    public void TheClassesSubtotalBeforeTheTransferLinesIsTheirTotal()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralExpenditure, "预算数:budget", @"
            201 | 一般公共服务支出 | 60
            203 | 国防支出 | 40
            x | 一般公共预算支出合计 | 100
            x | 上解上级支出 | 20
            总计 | 支出总计 | 120");
        foreach (var r in table.Rows.Where(r => r.Name is "一般公共预算支出合计" or "上解上级支出")) r.IsTotal = false;
        GovernmentRowReader.MarkClassSubtotal(table);
        Assert.True(table.Rows.Single(r => r.Name == "一般公共预算支出合计").IsTotal);
        var doc = Government(table);
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum && f.Severity != Severity.Info);
    }

    [Fact]
    public void ASubtotalThatDoesNotAddUpIsLeftAlone()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralExpenditure, "预算数:budget", @"
            201 | 一般公共服务支出 | 60
            203 | 国防支出 | 40
            x | 一般公共预算支出合计 | 90
            总计 | 支出总计 | 120");
        table.Rows.Single(r => r.Name == "一般公共预算支出合计").IsTotal = false;
        GovernmentRowReader.MarkClassSubtotal(table);
        Assert.False(table.Rows.Single(r => r.Name == "一般公共预算支出合计").IsTotal);
    }

    [Fact]
    public void NamesWithALevelMarkerGetTheirCodesBesidePrintedOnes()
    {
        var table = TableText.Build(1, TableKind.GovernmentGeneralRevenue, "决算数:final", @"
            101 | 税收收入 | 100
            10101 | 增值税 | 60
            x | 个人所得税(款) | 40", classification: Classification.Revenue);
        var row = table.Rows.Single(r => r.Name == "个人所得税(款)");
        row.IsTotal = false;
        // through the catalog of the seed alone: the printed 101 and 10101 anchor the row under 101
        CatalogCodeResolver.Resolve(table, new CatalogBuilder().Build(), 2024);
        Assert.Equal("10106", row.Code);
        Assert.Equal(CodeSource.Catalog, row.CodeSource);
        Assert.Equal("101", row.ParentCode);
    }
}

/// <summary>The panel's debt figures come from the debt tables when the document prints them.</summary>
public class GovernmentPanelDebtTests
{
    [Fact]
    public void DebtBalanceAndLimitComeFromTheDebtTableOverBothKinds()
    {
        var table = TableText.Build(1, TableKind.Debt,
            "债务限额/小计:budget 债务限额/一般债务:budget 债务余额/小计:budget 债务余额/一般债务:budget", @"
            合计 | 合计 | 300 | 100 | 280 | 90
            x | 甲县 | 300 | 100 | 280 | 90", classification: Classification.None);
        table.Rows[1].IsTotal = false;
        Extractor.Normalization.GovernmentDebtItems.Apply(table);
        var doc = TableText.Document(table);
        doc.Metadata.Scope = Scope.Government;
        var row = Extractor.Compare.GovernmentPanel.From(doc)!;
        Assert.Equal(2_800_000m, row.DebtBalance);
        Assert.Equal(3_000_000m, row.DebtLimit);
        Assert.Contains(row.Sources, s => s.StartsWith("debt_balance=table 1"));
    }
}
