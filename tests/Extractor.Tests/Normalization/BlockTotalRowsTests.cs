using Extractor.Model;
using Extractor.Normalization;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Normalization;

public class BlockTotalRowsTests
{
    [Fact]
    public void TheTwoBlockBasicTableEndsInThePersonnelAndPublicTotals()
    {
        var table = TableText.Build(1, TableKind.GeneralBasicExpenditure, "决算数:total", @"
            301 | 工资福利支出 | 2082.85
            302 | 商品和服务支出 | 171.07
            | 人员经费合计 | 2152.26
            | 公 用 经 费 合 计 | 184.65", classification: Classification.Economic);
        foreach (var row in table.Rows.Where(r => r.Code is null)) row.IsTotal = false;

        BlockTotalRows.Apply(table);

        Assert.Equal(Measure.Personnel, table.Rows[2].Amounts.Single().Measure);
        Assert.Equal(Measure.Public, table.Rows[3].Amounts.Single().Measure);
        Assert.Equal(Measure.Total, table.Rows[0].Amounts.Single().Measure);
    }

    [Fact]
    public void OtherTablesKeepTheirMeasures()
    {
        var table = TableText.Build(1, TableKind.Expenditure, "合计:total", "| 人员经费合计 | 10.00");
        BlockTotalRows.Apply(table);
        Assert.Equal(Measure.Total, table.Rows[0].Amounts.Single().Measure);
    }
}
