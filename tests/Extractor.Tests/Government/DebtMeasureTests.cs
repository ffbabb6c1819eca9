using Extractor.Checks;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Government;

/// <summary>
/// Debt tables' amounts carry a debt measure (debt-limit, debt-balance …) and a debt kind, whether the table prints its
/// items as columns or as rows, never the title's figure type; the debt check reads only those (issue 11).
/// </summary>
public class DebtMeasureTests
{
    const string ItemsAsColumns = "关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
        "表1 2025年全市地方政府债务限额和余额情况表\n单位：亿元\n" +
        "地区\t上年末余额\t一般债务限额\t专项债务限额\t新增债券\t还本\t年末余额\t利率（%）\n" +
        "云溪市\t100\t60\t80\t30\t10\t120\t3.1\n" +
        "甲县\t50\t30\t40\t10\t5\t55\t3.2\n\n";

    /// <summary>Items printed as rows, numbered, each with its kinds under it; one column per region.</summary>
    static string ItemsAsRows(string closingLocal) => "关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
        "表1 2025年云溪市地方政府债务还本付息情况表\n单位：亿元\n" +
        "项目\t本地区\t本级\n" +
        "一、上年末地方政府债务余额\t100\t40\n" +
        "其中：一般债务\t60\t30\n" +
        "专项债务\t40\t10\n" +
        "二、上年地方政府债务限额\t105\t45\n" +
        "三、当年地方政府债务发行额\t30\t10\n" +
        "国际金融组织贷款\t1\t0\n" +
        "四、当年地方政府债务还本额\t10\t5\n" +
        "五、当年地方政府债务付息额\t3\t1\n" +
        $"六、当年地方政府债务余额\t120\t{closingLocal}\n" +
        "其中：一般债务\t70\t30\n" +
        "专项债务\t50\t15\n" +
        "七、当年地方政府债务限额\t130\t60\n\n";

    [Fact]
    public void DebtColumnsTakeADebtMeasureAndKindNotTheTitlesFigureType()
    {
        var doc = GovernmentDocs.Extract(ItemsAsColumns);
        var table = Assert.Single(doc.Tables, t => t.Kind == TableKind.Debt);
        Amount At(string label) => table.Rows.First().Amounts.Single(a => a.ColumnLabel == label);
        Assert.Equal(Measure.DebtBalanceOpening, At("上年末余额").Measure);
        Assert.Equal(Measure.DebtLimit, At("一般债务限额").Measure);
        Assert.Equal(DebtKind.General, At("一般债务限额").DebtKind);
        Assert.Equal(DebtKind.Special, At("专项债务限额").DebtKind);
        Assert.Equal(Measure.DebtNew, At("新增债券").Measure);
        Assert.Equal(Measure.DebtRepayment, At("还本").Measure);
        Assert.Equal(Measure.DebtBalance, At("年末余额").Measure);
        Assert.Null(At("年末余额").DebtKind);
        // a rate is never a debt figure
        Assert.Equal(Measure.Other, At("利率（%）").Measure);
        Assert.DoesNotContain(table.Rows.SelectMany(r => r.Amounts), a => a.Measure is Measure.Budget or Measure.Final);
        // the columns' own measure agrees with their amounts'
        Assert.Equal(Measure.DebtBalance, table.Columns.Single(c => c.Label == "年末余额").Measure);
        // 100 + 30 − 10 = 120 and 50 + 10 − 5 = 55: both roll forward
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Debt);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.Debt && t.Passed + t.Rounding >= 2);
    }

    [Fact]
    public void DebtItemsPrintedAsRowsGiveTheirAmountsTheItemAndTheKindRowsUnderThemToo()
    {
        var doc = GovernmentDocs.Extract(ItemsAsRows("45"));
        var table = Assert.Single(doc.Tables, t => t.Kind == TableKind.Debt);
        TableRow Row(int i) => table.Rows[i];
        Assert.All(Row(0).Amounts, a => Assert.Equal(Measure.DebtBalanceOpening, a.Measure));
        // 其中：一般债务 / 专项债务 under 一、 are the opening balance of each kind, a level below it
        Assert.All(Row(1).Amounts, a => Assert.Equal((Measure.DebtBalanceOpening, DebtKind.General), (a.Measure, a.DebtKind!.Value)));
        Assert.All(Row(2).Amounts, a => Assert.Equal((Measure.DebtBalanceOpening, DebtKind.Special), (a.Measure, a.DebtKind!.Value)));
        Assert.Equal((1, 2), (Row(0).Level!.Value, Row(2).Level!.Value));
        // the limit of the year before is a limit of the year before
        Assert.All(Row(3).Amounts, a => Assert.Equal((Measure.DebtLimit, ColumnPeriod.PriorYear), (a.Measure, a.Period!.Value)));
        // a line naming neither an item nor a kind (a bond's, a project's, a lender's) is given no item: it keeps the
        // title's figure and ends the heading
        Assert.All(Row(5).Amounts, a => Assert.Equal(Measure.Budget, a.Measure));
        Assert.Null(Row(5).Level);
        Assert.All(Row(7).Amounts, a => Assert.Equal(Measure.DebtInterest, a.Measure));
        Assert.DoesNotContain(table.Rows.Where(r => r != Row(5)).SelectMany(r => r.Amounts), a => a.Measure is Measure.Budget or Measure.Final or Measure.Other);
        // each column rolls forward (100 + 30 − 10 = 120; 40 + 10 − 5 = 45) and stays within this year's limit
        // (120 ≤ 130, 45 ≤ 60), not last year's (120 > 105): nothing fails
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.Debt);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.Debt && t.Passed + t.Rounding >= 4);
    }

    [Fact]
    public void ABondListWhoseProjectNamesAnItemGivesTheNextProjectsNoItem()
    {
        // a project named with an item word (…还本…) is no heading of the projects after it
        var doc = GovernmentDocs.Extract("关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
            "表1 2025年云溪市新增地方政府债券使用情况表\n单位：万元\n" +
            "项目名称\t金额\n" +
            "甲县债务还本资金项目\t100\n" +
            "乙县污水处理厂\t200\n" +
            "丙县学校建设\t300\n\n");
        var table = Assert.Single(doc.Tables, t => t.Kind == TableKind.Debt);
        Assert.All(table.Rows.Skip(1).SelectMany(r => r.Amounts), a => Assert.False(Extractor.Normalization.GovernmentDebtItems.IsDebtMeasure(a.Measure)));
        Assert.All(table.Rows, r => Assert.Null(r.Level));
    }

    [Fact]
    public void ADebtColumnThatDoesNotRollForwardWithKindsThatAgreeIsPublishedWithItsCellsNamed()
    {
        // 本级: 40 + 10 − 5 = 45, printed 52 (= 一般 30 + 专项 22): the document's own figures, read as printed
        var doc = GovernmentDocs.Extract(ItemsAsRows("52").Replace("专项债务\t50\t15", "专项债务\t50\t22"));
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.Debt && f.Severity != Severity.Info);
        Assert.Equal(FindingCause.Published, failed.Cause);
        Assert.Contains("in column 本级", failed.CauseEvidence);
        Assert.Contains("六、当年地方政府债务余额 52 = 其中：一般债务 30 + 专项债务 22", failed.CauseEvidence);
        Assert.Contains("一、上年末地方政府债务余额 本级", failed.Message);
    }

    [Fact]
    public void ADebtColumnWhoseKindsDoNotAddIsJudgedExtraction()
    {
        // 本级 balance 52 against 一般 30 + 专项 15: an amount read under the wrong item or kind
        var doc = GovernmentDocs.Extract(ItemsAsRows("52"));
        var failed = Assert.Single(doc.Checks, f => f.Rule == CheckRules.Debt && f.Severity != Severity.Info);
        Assert.Equal(FindingCause.Extraction, failed.Cause);
        Assert.Contains("≠", failed.CauseEvidence);
    }

    [Fact]
    public void ARowNamingABondKindUnderItemColumnsIsNoItem()
    {
        // a repayment plan: 新增债券 is a kind of bond, the columns (年底余额 | 2026年 | 2027年) are what is printed of it
        var doc = GovernmentDocs.Extract("关于云溪市2025年预算执行情况和2026年预算草案的报告\n\n" +
            "表1 云溪市地方政府债券分年度偿还计划情况表\n单位：万元\n" +
            "项目\t2025年底余额\t2026年\t2027年\n" +
            "一般债券\t300\t100\t200\n" +
            "新增债券\t100\t40\t60\n" +
            "再融资债券\t200\t60\t140\n\n");
        var table = Assert.Single(doc.Tables, t => t.Kind == TableKind.Debt);
        Assert.All(table.Rows, r => Assert.Equal(Measure.DebtBalance, r.Amounts.Single(a => a.ColumnLabel == "2025年底余额").Measure));
        Assert.All(table.Rows.SelectMany(r => r.Amounts).Where(a => a.ColumnLabel != "2025年底余额"),
            a => Assert.False(Extractor.Normalization.GovernmentDebtItems.IsDebtMeasure(a.Measure)));
    }

    [SkippableFact]
    public void HotanDebtItemsPrintedAsRowsGetDebtMeasures()
    {
        var doc = ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile("atlas_hotan_pref_2025_budget_doc.doc"));
        var rowTables = doc.Tables.Where(t => t.Kind == TableKind.Debt && t.Rows.Count(r => r.Level == 1) >= 4).ToList();
        Assert.NotEmpty(rowTables);
        foreach (var table in rowTables)
            Assert.All(table.Rows.Where(r => r.Level is 1 or 2).SelectMany(r => r.Amounts),
                a => Assert.True(Extractor.Normalization.GovernmentDebtItems.IsDebtMeasure(a.Measure), $"{a.ColumnLabel}: {a.Measure}"));
        // every debt failure left is judged, with the cells named
        Assert.All(doc.Checks.Where(f => f.Rule == CheckRules.Debt && f.Severity != Severity.Info),
            f => Assert.True(f.Cause is FindingCause.Published or FindingCause.Extraction && f.CauseEvidence is not null, f.Message));
    }
}
