using Extractor.Model;
using Extractor.Normalization;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Normalization;

/// <summary>Structure as evidence where words fail: ordinals, grand totals by arithmetic, blocks, unseen synonyms.</summary>
public class StructureEvidenceTests
{
    static BudgetTable Normalize(TableKind kind, params string[] lines) =>
        TableNormalizer.Normalize(SeedTables.Recognized(kind, "万元", lines), new DocumentMetadata { FiscalYear = 2025 });

    [Fact]
    public void ALabelledOrdinalColumnIsNeverAnAmount()
    {
        var table = Normalize(TableKind.GeneralExpenditure,
            "序号\t科目编码\t科目名称\t合计",
            "1\t201\t一般公共服务支出\t5.00",
            "2\t20101\t人大事务\t5.00",
            "3\t2010101\t行政运行\t5.00");
        Assert.Equal(ColumnRole.Ordinal, table.Columns.Single(c => c.Index == 0).Role);
        Assert.All(table.Rows, r => Assert.DoesNotContain(r.Amounts, a => a.Column == 0));
        Assert.Equal(new[] { "201", "20101", "2010101" }, table.Rows.Select(r => r.Code));
    }

    [Fact]
    public void AnUnlabelledRunOfConsecutiveIntegersIsAnOrdinal()
    {
        var table = Normalize(TableKind.GeneralExpenditure,
            "\t科目编码\t科目名称\t合计",
            "1\t201\t一般公共服务支出\t7.00",
            "2\t20101\t人大事务\t7.00",
            "3\t2010101\t行政运行\t7.00",
            "4\t205\t教育支出\t1.00");
        Assert.Equal(ColumnRole.Ordinal, table.Columns.Single(c => c.Index == 0).Role);
        Assert.All(table.Rows, r => Assert.Single(r.Amounts));
    }

    [Fact]
    public void TheSummaryTablesLineNumbersAreNotAmounts()
    {
        var table = Normalize(TableKind.Summary,
            "收入\t\t\t支出\t\t",
            "项目\t行次\t预算数\t项目\t行次\t预算数",
            "一、一般公共预算拨款收入\t1\t100.00\t一、一般公共服务支出\t11\t100.00",
            "二、政府性基金预算拨款收入\t2\t0\t二、教育支出\t12\t0",
            "三、事业收入\t3\t0\t三、科学技术支出\t13\t0",
            "收入总计\t4\t100.00\t支出总计\t14\t100.00");
        Assert.All(table.Rows.SelectMany(r => r.Amounts), a => Assert.NotEqual(1, a.Column));
        Assert.All(table.Rows.SelectMany(r => r.Amounts), a => Assert.NotEqual(4, a.Column));
        Assert.Equal(100m, table.Rows.Single(r => r.IsTotal && r.Side == Side.Income).Amounts.Single().Value);
    }

    [Fact]
    public void ARowLabelledWithTheUnitsNameIsTheGrandTotalWhenItsAmountsAreTheSumOfTheClasses()
    {
        var table = Normalize(TableKind.GeneralExpenditure,
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            "\t某某区市场监督管理所\t12.00\t10.00\t2.00",
            "201\t一般公共服务支出\t9.00\t8.00\t1.00",
            "2010101\t行政运行\t9.00\t8.00\t1.00",
            "208\t社会保障和就业支出\t3.00\t2.00\t1.00",
            "2080505\t机关事业单位基本养老保险缴费支出\t3.00\t2.00\t1.00");
        var total = table.Rows.Single(r => r.Code is null);
        Assert.True(total.IsTotal);
        Assert.Equal(0, total.Level);
    }

    [Fact]
    public void ACodelessRowThatIsNotTheSumStaysAnOrdinaryRow()
    {
        var table = Normalize(TableKind.GeneralExpenditure,
            "科目编码\t科目名称\t合计",
            "\t某某区市场监督管理所\t11.00",
            "201\t一般公共服务支出\t9.00",
            "208\t社会保障和就业支出\t3.00");
        Assert.False(table.Rows.Single(r => r.Code is null).IsTotal);
    }

    [Fact]
    public void TheTwoBlockBasicTablesItemAmountsAreItemTotalsAndItsBlockTotalsArePersonnelAndPublic()
    {
        var table = Normalize(TableKind.GeneralBasicExpenditure,
            "人员经费\t\t\t公用经费\t\t",
            "科目编码\t科目名称\t金额\t科目编码\t科目名称\t金额",
            "301\t工资福利支出\t80.00\t302\t商品和服务支出\t15.00",
            "30101\t基本工资\t80.00\t30201\t办公费\t15.00",
            "303\t对个人和家庭的补助\t5.00\t310\t资本性支出\t0",
            "\t人员经费合计\t85.00\t\t公用经费合计\t15.00");
        Assert.All(table.Rows.Where(r => r.Code is not null), r => Assert.Equal(Measure.Total, r.Amounts.Single().Measure));
        Assert.Equal(Measure.Personnel, table.Rows.Single(r => r.Name == "人员经费合计").Amounts.Single().Measure);
        Assert.Equal(Measure.Public, table.Rows.Single(r => r.Name == "公用经费合计").Amounts.Single().Measure);
    }

    [Fact]
    public void AOneBlockBasicTableKeepsItsPersonnelAndPublicColumns()
    {
        var table = Normalize(TableKind.GeneralBasicExpenditure,
            "科目编码\t科目名称\t合计\t人员经费\t公用经费",
            "301\t工资福利支出\t80.00\t80.00\t",
            "302\t商品和服务支出\t15.00\t\t15.00");
        Assert.Equal(new[] { Measure.Total, Measure.Personnel, Measure.Public }, table.Rows[0].Amounts.Select(a => a.Measure));
    }

    [Fact]
    public void AnUnseenSynonymOfTheTotalIsResolvedByArithmeticAndReported()
    {
        var table = Normalize(TableKind.Expenditure,
            "科目编码\t科目名称\t经费总额\t基本支出\t项目支出",
            "201\t一般公共服务支出\t12.00\t10.00\t2.00",
            "2010101\t行政运行\t12.00\t10.00\t2.00",
            "208\t社会保障和就业支出\t3.00\t2.00\t1.00");
        var column = table.Columns.Single(c => c.Label == "经费总额");
        Assert.Equal(Measure.Total, column.Measure);
        Assert.All(table.Rows, r => Assert.Equal(Measure.Total, r.Amounts.Single(a => a.Column == column.Index).Measure));
        var note = Assert.Single(HeaderNotes.Of(new[] { table }));
        Assert.Equal(IssueCode.HeaderFromArithmetic, note.Code);
    }

    [Fact]
    public void AnUnknownHeaderTheArithmeticCannotPlaceStaysOtherAndIsReported()
    {
        var table = Normalize(TableKind.Expenditure,
            "科目编码\t科目名称\t合计\t基本支出\t项目支出\t单位预留机动经费",
            "201\t一般公共服务支出\t12.00\t10.00\t2.00\t4.00",
            "208\t社会保障和就业支出\t3.00\t2.00\t1.00\t1.00");
        Assert.Equal(Measure.Other, table.Columns.Single(c => c.Index == 5).Measure);
        var note = Assert.Single(HeaderNotes.Of(new[] { table }));
        Assert.Equal(IssueCode.UnknownHeader, note.Code);
    }

    [Fact]
    public void TwoUnknownColumnsThatBothFitAreAmbiguousAndStayOther()
    {
        var table = Normalize(TableKind.Expenditure,
            "科目编码\t科目名称\t经费总额\t总额二\t基本支出\t项目支出",
            "201\t一般公共服务支出\t12.00\t12.00\t10.00\t2.00",
            "208\t社会保障和就业支出\t3.00\t3.00\t2.00\t1.00");
        Assert.All(table.Columns.Where(c => c.Index is 2 or 3), c => Assert.Equal(Measure.Other, c.Measure));
    }

    [Theory]
    [InlineData(new[] { "1", "2", "3" }, true)]
    [InlineData(new[] { "21", "", "22", "23" }, true)]
    [InlineData(new[] { "1", "2" }, false)]
    [InlineData(new[] { "1", "3", "4" }, false)]
    [InlineData(new[] { "1.00", "2.00", "3.00" }, false)]
    [InlineData(new[] { "301", "302", "303" }, false)]
    [InlineData(new[] { "01", "02", "03" }, false)]
    public void ConsecutiveIntegers(string[] cells, bool ordinal) => Assert.Equal(ordinal, OrdinalColumn.IsConsecutive(cells));
}
