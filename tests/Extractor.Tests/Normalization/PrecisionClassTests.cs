using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Normalization;

/// <summary>Amounts once read as more than they are: a 合计 wider than the 三公, a unit row taken for the total, a
/// summary side printed as several panels.</summary>
public class PrecisionClassTests
{
    [Fact]
    public void ATotalOverThe三公AndTheColumnsBesideItIsNotThe三公Total()
    {
        var t = SeedTables.Recognized(TableKind.ThreePublic, "万元",
            "合计\t“三公”经费\t“三公”经费\t“三公”经费\t“三公”经费\t会议费\t培训费",
            "合计\t小计\t因公出国（境）费\t公务用车购置及运行维护费\t公务接待费\t会议费\t培训费",
            "1276.70\t418.26\t80.00\t237.00\t101.26\t158.44\t700.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata { FiscalYear = 2019 });
        var row = Assert.Single(table.Rows).Amounts;
        // the 三公 group's own 小计 is the 三公 total; the 合计 over 三公 + 会议费 + 培训费 keeps its label under other
        Assert.Equal(418.26m, row.Single(a => a.Measure == Measure.Total).Value);
        Assert.Equal(1276.70m, row.Single(a => a.Measure == Measure.Other).Value);
    }

    [Fact]
    public void WithoutMeetingOrTrainingColumnsThe合计StaysTheTotal()
    {
        var t = SeedTables.Recognized(TableKind.ThreePublic, "万元",
            "合计\t“三公”经费\t“三公”经费\t“三公”经费\t“三公”经费",
            "合计\t小计\t因公出国（境）费\t公务用车购置及运行维护费\t公务接待费",
            "418.26\t418.26\t80.00\t237.00\t101.26");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata { FiscalYear = 2019 });
        Assert.Equal(2, table.Rows[0].Amounts.Count(a => a.Measure == Measure.Total));
    }

    [Theory]
    // beside a 合计 it does not repeat: the department's own-level unit, one of the units
    [InlineData("6.00\t0.00\t6.00", false)]
    // repeating the 合计 (a blank where the 合计 prints 0.00): the department as a whole
    [InlineData("16.00\t\t16.00", true)]
    public void AUnitRowNamedLikeTheDepartmentIsTheTotalOnlyWhenItRepeatsThe合计(string amounts, bool isTotal)
    {
        var t = SeedTables.Recognized(TableKind.ThreePublic, "万元",
            "单位名称\t“三公”经费合计\t因公出国(境)费用\t公务接待费",
            "合计\t16.00\t0.00\t16.00",
            "某市交通运输局\t" + amounts,
            "某市道路运输管理服务中心\t10.00\t0.00\t10.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata { FiscalYear = 2026, UnitName = "某市交通运输局" });
        Assert.True(table.Rows.Single(r => r.Name == "合计").IsTotal);
        Assert.Equal(isTotal, table.Rows.Single(r => r.Name == "某市交通运输局").IsTotal);
    }

    [Theory]
    [InlineData("116003")]
    [InlineData("[116003]")]
    public void ALabelThatIsOnlyAUnitCodeNamesNoUnit(string label) => Assert.False(RowLabels.IsUnitName(label, "西安市财政局（汇总）"));

    [Fact]
    public void EachPanelOfASummarySideGivesRowsOfItsOwn()
    {
        var t = SeedTables.Recognized(TableKind.Summary, "元",
            "收入\t收入\t支出\t支出\t支出\t支出",
            "项目\t预算数\t支出功能分类科目（按大类）\t预算数\t部门预算支出经济分类科目（按大类）\t预算数",
            "一、财政拨款\t300.00\t一、一般公共服务支出\t200.00\t1、工资福利支出\t120.00",
            "二、事业收入\t0.00\t二、教育支出\t100.00\t2、商品和服务支出\t180.00",
            "收入总计\t300.00\t支出总计\t300.00\t\t300.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata { FiscalYear = 2026 });
        var spending = table.Rows.Where(r => r.Side == Side.Expenditure).ToList();
        // the function class keeps its own amount only; the economic items are rows of their own
        Assert.Equal(200.00m, Assert.Single(spending.Single(r => r.Code == "201").Amounts).Value);
        Assert.Equal(120.00m, Assert.Single(spending.Single(r => r.Name == "1、工资福利支出").Amounts).Value);
        Assert.Null(spending.Single(r => r.Name == "1、工资福利支出").Code);
        // the total line printed across both panels stays one row with both panels' amounts
        Assert.Equal(new decimal?[] { 300.00m, 300.00m }, spending.Single(r => r.IsTotal).Amounts.Select(a => a.Value));
    }
}
