using Extractor.Datasets;
using Extractor.Model;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Datasets;

/// <summary>In a department document with several units' rows, each line item names the unit its row belongs to.</summary>
public class LineItemUnitTests
{
    [Fact]
    public void TheRowsUnitWinsThenTheTablesThenTheDocuments()
    {
        var table = TableText.Build(1, TableKind.ThreePublic, "合计:total", @"
            | 合计 | 30.00
            | 深圳市水务局（本级） | 20.00
            | 深圳市水务工程质量安全监督站 | 10.00");
        table.ReportingUnit = "深圳市水务局";
        table.Rows[1].ReportingUnit = "深圳市水务局（本级）";
        table.Rows[2].ReportingUnit = "深圳市水务工程质量安全监督站";
        var other = TableText.Build(2, TableKind.Expenditure, "合计:total", "| 合计 | 30.00");
        var doc = TableText.Document(table, other);
        doc.Metadata.UnitName = "深圳市水务局（汇总）";

        var units = Projections.LineItems(doc).Select(l => (l.TableIndex, l.Amount, l.UnitName)).ToList();

        Assert.Contains((1, 30.00m, "深圳市水务局"), units);
        Assert.Contains((1, 20.00m, "深圳市水务局（本级）"), units);
        Assert.Contains((1, 10.00m, "深圳市水务工程质量安全监督站"), units);
        Assert.Contains((2, 30.00m, "深圳市水务局（汇总）"), units);
    }
}
