using Extractor.Model;
using Extractor.Normalization;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Normalization;

/// <summary>The canonical facets normalization sets so that checks never read printed words: a column's period, phase,
/// part, of-which level, group and ratio; a row's role; a table's spending part.</summary>
public class CanonicalFacetsTests
{
    [Theory]
    [InlineData("上年预算数", ColumnPeriod.PriorYear, null, null, null, null, null)]
    [InlineData("2024年决算数", null, Phase.Final, null, null, null, null)]
    [InlineData("本年收入/小计", null, null, ColumnPart.Subtotal, null, null, null)]
    [InlineData("财政拨款/其中：经费拨款", null, null, null, 1, null, null)]
    [InlineData("“三公”经费合计", null, null, ColumnPart.Subtotal, null, ColumnGroup.ThreePublic, null)]
    [InlineData("增减％", null, null, null, null, null, true)]
    [InlineData("增长率", null, null, null, null, null, true)]
    [InlineData("一般公共预算拨款收入", null, null, null, null, null, null)]
    public void AHeaderGivesItsColumnsFacets(string label, ColumnPeriod? period, Phase? phase, ColumnPart? part, int? ofWhich, ColumnGroup? group, bool? ratio)
    {
        var f = CanonicalFacets.Read(label);
        Assert.Equal(period, f.Period);
        Assert.Equal(phase, f.Phase);
        Assert.Equal(part, f.Part);
        Assert.Equal(ofWhich, f.OfWhichLevel);
        Assert.Equal(group, f.Group);
        Assert.Equal(ratio, f.Ratio);
    }

    [Theory]
    [InlineData("收 入 总 计", RowRole.GrandTotal)]
    [InlineData("支出总计", RowRole.GrandTotal)]
    [InlineData("上年结转", RowRole.Carryover)]
    [InlineData("年终结转结余", RowRole.Carryover)]
    [InlineData("本年收入合计", null)]
    [InlineData("一般公共服务支出", null)]
    public void ARowLabelGivesItsRole(string name, RowRole? role) => Assert.Equal(role, CanonicalFacets.RoleOf(name));

    [Fact]
    public void EveryAmountAndRowOfATableGetsItsFacets()
    {
        var table = TableText.Build(1, TableKind.GeneralBasicExpenditure, "本年预算数:total 上年预算数:prior-year", @"
            301 | 工资福利支出 | 10 | 9
            | 合计 | 10 | 9");
        table.Title = "一般公共预算基本支出表";
        CanonicalFacets.Apply(table);
        Assert.Equal(Measure.Basic, table.SpendingPart);
        Assert.All(table.Rows, r => Assert.Null(r.Amounts[0].Period));
        Assert.All(table.Rows, r => Assert.Equal(ColumnPeriod.PriorYear, r.Amounts[1].Period));
        table.Title = "一般公共预算支出表（按经济分类）";
        CanonicalFacets.Apply(table);
        Assert.Null(table.SpendingPart);
    }

    [Fact]
    public void ARatioColumnHasNoYuanValueWhateverTheTableUnit()
    {
        var doc = Extractor.Tests.Government.GovernmentDocs.Extract("关于云溪市2025年财政预算执行情况的报告\n\n受市人民政府委托，报告全市预算执行情况。\n\n" +
            "表1 2025年云溪市一般公共预算收入执行情况表\n单位：万元\n项目\t预算数\t执行数\t为预算%\n收入合计\t115.1\t120\t104.3\n税收收入\t115.1\t120\t104.3\n");
        var amounts = doc.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Amounts).ToList();
        Assert.Contains(amounts, a => a.Measure == Measure.Execution && a.Yuan == 1_200_000m);
        var ratios = amounts.Where(a => a.Value == 104.3m).ToList();
        Assert.Equal(2, ratios.Count);
        Assert.All(ratios, a => Assert.Equal((Measure.PercentOfBudget, true, "%", (decimal?)null), (a.Measure, a.Ratio, a.Unit, a.Yuan)));
    }
}
