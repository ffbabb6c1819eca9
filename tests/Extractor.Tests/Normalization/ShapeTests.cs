using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Normalization;

public class ShapeTests
{
    [Fact]
    public void TwoSidedSummaryGivesIncomeAndExpenditureRowsWithClassCodes()
    {
        var t = SeedTables.Recognized(TableKind.Summary, "元",
            "收入\t\t支出\t",
            "项目\t预算数\t项目\t预算数",
            "一、一般公共预算拨款收入\t1,000.00\t一、一般公共服务支出\t800.00",
            "二、政府性基金预算拨款收入\t\t二、社会保障和就业支出\t200.00",
            "收入总计\t1,000.00\t支出总计\t1,000.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        var income = table.Rows.Where(r => r.Side == Side.Income).ToList();
        var spending = table.Rows.Where(r => r.Side == Side.Expenditure).ToList();
        Assert.Equal(3, income.Count);
        Assert.Equal(new[] { "201", "208", null }, spending.Select(r => r.Code));
        Assert.True(income[^1].IsTotal);
        Assert.True(spending[^1].IsTotal);
        Assert.Equal(1000.00m, spending[^1].Amounts.Single().Yuan);
        Assert.Equal(Measure.Total, spending[^1].Amounts.Single().Measure);
        Assert.True(income[1].Amounts.Single().Value is null);
    }

    [Fact]
    public void TransposedThreePublicRowsAreTheMeasures()
    {
        var t = SeedTables.Recognized(TableKind.ThreePublic, "万元",
            "项目\t预算数",
            "合计\t25.05",
            "1.因公出国(境)费\t7.05",
            "2.公务接待费\t8.00",
            "3.公务用车购置及运行维护费\t10.00",
            "其中：公务用车购置费\t0.00",
            "公务用车运行维护费\t10.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal(new[] { Measure.Total, Measure.Outbound, Measure.Reception, Measure.Vehicles, Measure.VehiclePurchase, Measure.VehicleOperation },
            table.Rows.Select(r => r.Amounts.Single().Measure));
        Assert.Equal(0m, table.Rows[4].Amounts.Single().Value);
    }

    [Fact]
    public void ColumnFormThreePublicMapsColumns()
    {
        var t = SeedTables.Recognized(TableKind.ThreePublic, "万元",
            "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行维护费\t\t",
            "\t\t\t小计\t公务用车购置费\t公务用车运行维护费",
            "25.05\t7.05\t8.00\t10.00\t-\t10.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        var amounts = table.Rows.Single().Amounts;
        Assert.Equal(new[] { Measure.Total, Measure.Outbound, Measure.Reception, Measure.Vehicles, Measure.VehiclePurchase, Measure.VehicleOperation },
            amounts.Select(a => a.Measure));
        Assert.True(amounts[4].IsDash);
    }

    [Fact]
    public void DeclaredEmptySeedTablesHaveColumnsButNoRows()
    {
        var three = SeedTables.Read().Single(t => t.Kind == TableKind.ThreePublic);
        var table = TableNormalizer.Normalize(three, SeedTables.Metadata);
        Assert.True(table.DeclaredEmpty);
        Assert.Empty(table.Rows);
        Assert.Contains(table.Columns, c => c.Measure == Measure.Outbound);
    }

    [Fact]
    public void PerformanceTableGivesTheProjectFundsOnly()
    {
        var perf = SeedTables.Read().Single(t => t.Kind == TableKind.PerformanceTargets);
        var table = TableNormalizer.Normalize(perf, SeedTables.Metadata);
        var row = table.Rows.Single();
        Assert.Equal("“12345”政务服务热线运维经费", row.Name);
        Assert.Equal(new[] { Measure.Total, Measure.Appropriation, Measure.Other, Measure.Carryover }, row.Amounts.Select(a => a.Measure));
        Assert.Equal(1180000m, row.Amounts[0].Yuan);
    }

    [Fact]
    public void AmountsCarryProvenanceOfTheirCell()
    {
        var table = TableNormalizer.Normalize(SeedTables.Read().Single(t => t.Kind == TableKind.Expenditure), SeedTables.Metadata);
        var a = table.Rows.Single(r => r.Code == "2014102").Amounts.Single(x => x.Measure == Measure.Project);
        Assert.Equal(91, a.Provenance.Line);
        Assert.Equal(4, a.Provenance.Column);
        Assert.Equal("118.00", a.Printed);
    }
}

public class RealLayoutTests
{
    [Fact]
    public void EarlierYearBesideTheFiscalYearIsThePriorYear()
    {
        var t = SeedTables.Recognized(TableKind.ThreePublic, "万元",
            "2025年预算数\t\t2026年预算数\t",
            "合计\t因公出国（境）经费\t合计\t因公出国（境）经费",
            "10.40\t5.40\t23.40\t13.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata { FiscalYear = 2026 });
        Assert.Equal(new[] { Measure.PriorYear, Measure.PriorYear, Measure.Total, Measure.Outbound }, table.Rows.Single().Amounts.Select(a => a.Measure));
    }

    [Fact]
    public void ThreePublicRowsNamedWith支出AndOrdinalsAreMeasures()
    {
        var t = SeedTables.Recognized(TableKind.ThreePublic, "万元",
            "项目\t合计\t一般公共预算",
            "行政经费\t1,443.41\t1,443.41",
            "“三公”经费\t226.86\t226.86",
            "其中：（一）因公出国（境）支出\t215.60\t215.60",
            "（二）公务用车购置及运行维护支出\t0.00\t0.00",
            "1.公务用车购置费\t0.00\t0.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal(new[] { Measure.Other, Measure.Total, Measure.Outbound, Measure.Vehicles, Measure.VehiclePurchase },
            table.Rows.Select(r => r.Amounts[0].Measure));
        Assert.Equal(Measure.GeneralBudget, table.Rows[2].Amounts[1].Measure);
    }

    [Fact]
    public void EconomicCodesInBracketsWithNamesAreRead()
    {
        var t = SeedTables.Recognized(TableKind.GeneralBasicExpenditure, "万元",
            "部门预算支出经济科目\t预算",
            "合计\t14,913.65",
            "[301]工资福利支出\t10,613.19",
            "[30101]基本工资\t1,525.99");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal(new string?[] { null, "301", "30101" }, table.Rows.Select(r => r.Code));
        Assert.Equal("基本工资", table.Rows[2].Name);
        Assert.Equal(15259900m, table.Rows[2].Amounts.Single().Yuan);
    }

    [Fact]
    public void ClassAndKuanColumnsWithPartnerPairs()
    {
        var t = SeedTables.Recognized(TableKind.GeneralBasicExpenditure, "万元",
            "科目编码\t\t部门预算支出经济分类科目名称\t科目编码\t\t政府预算支出经济分类科目名称\t基本支出预算\t\t",
            "类\t款\t\t类\t款\t\t小计\t人员支出\t日常公用支出",
            "\t\t合计\t\t\t\t6,012.90\t5,355.29\t657.61",
            "301\t\t工资福利支出\t501\t\t机关工资福利支出\t3,479.46\t3,479.46\t",
            "301\t01\t基本工资\t501\t01\t工资奖金津补贴\t830.34\t830.34\t");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal(new string?[] { null, "301", "30101" }, table.Rows.Select(r => r.Code));
        Assert.True(table.Rows[0].IsTotal);
        Assert.Equal(new[] { Measure.Total, Measure.Personnel, Measure.Public }, table.Rows[0].Amounts.Select(a => a.Measure));
    }
}

public class MoreLayoutTests
{
    [Fact]
    public void YearSplitFromItsWordStaysInTheHeader()
    {
        var t = SeedTables.Recognized(TableKind.GeneralExpenditure, "万元",
            "科目编码\t科目名称\t2026\t年预算数",
            "201\t一般公共服务支出\t5.00\t");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Single(table.Rows);
        Assert.Equal("201", table.Rows[0].Code);
    }

    [Fact]
    public void TwoSidedWithSeveralAmountColumnsPerSideKeepsEachMeasure()
    {
        var t = SeedTables.Recognized(TableKind.Summary, "元",
            "本年收入\t\t本年支出\t\t\t",
            "项目\t预算数\t项目\t预算数/合计\t基本支出\t项目支出",
            "一、财政拨款收入\t215,020,000\t一、其他支出\t216,801,570\t20,862,863\t195,938,707",
            "收入总计\t216,801,570\t支出总计\t216,801,570\t20,862,863\t195,938,707");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        var spending = table.Rows.Where(r => r.Side == Side.Expenditure).ToList();
        Assert.Equal(new[] { Measure.Total, Measure.Basic, Measure.Project }, spending[0].Amounts.Select(a => a.Measure));
        Assert.All(spending[0].Amounts, a => Assert.Equal(Side.Expenditure, a.Side));
        Assert.Equal(216801570m, table.Rows.Single(r => r.Side == Side.Income && r.IsTotal).Amounts.Single().Yuan);
    }

    [Fact]
    public void RepeatedHeaderAndColumnNumbersAfterAPageBreakAreDropped()
    {
        var t = SeedTables.Recognized(TableKind.GeneralExpenditure, "万元",
            "科目编码\t科目名称\t合计",
            "**\t**\t1",
            "201\t一般公共服务支出\t5.00",
            "科目编码\t科目名称\t合计",
            "**\t**\t1",
            "2010101\t行政运行\t5.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal(new[] { "201", "2010101" }, table.Rows.Select(r => r.Code));
    }
}

public class PanelTests
{
    [Fact]
    public void SideBySidePanelsAreReadPanelByPanel()
    {
        var t = SeedTables.Recognized(TableKind.GeneralBasicExpenditure, "万元",
            "人员经费\t\t\t\t公用经费\t\t\t",
            "科目编码\t\t科目名称\t决算数\t科目编码\t\t科目名称\t决算数",
            "类\t款\t\t\t类\t款\t\t",
            "301\t\t工资福利支出\t2,082.85\t302\t\t商品和服务支出\t171.07",
            "301\t01\t基本工资\t262.33\t302\t01\t办公费\t21.21");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal(new[] { "301", "302", "30101", "30201" }, table.Rows.Select(r => r.Code));
        Assert.Equal(171.07m, table.Rows.Single(r => r.Code == "302").Amounts.Single().Value);
        Assert.All(table.Rows, r => Assert.Null(r.PartnerCode));
    }
}

public class PerformanceUnitTests
{
    [Fact]
    public void FundsUnitPrintedBesideTheFundsIsUsedWhenNoUnitLine()
    {
        var t = SeedTables.Recognized(TableKind.PerformanceTargets, null!,
            "项目名称\t热线运维经费\t\t",
            "项目资金 (万元)\t年度资金总额\t118\t",
            "\t其中：财政拨款\t0\t");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal("万元", table.AmountUnit);
        Assert.Equal(1180000m, table.Rows.Single().Amounts[0].Yuan);
    }
}
