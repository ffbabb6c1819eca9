using Extractor.Model;
using Extractor.Normalization;
using static Extractor.Tests.Catalog.CatalogCodeResolverTests;

namespace Extractor.Tests.Catalog;

/// <summary>A 收支总表 printing its expenditure side's function subjects by name (Hangzhou, Huzhou, Shenzhen): the side is
/// read like a names-only table, the 类 the two-sided reader coded by name included; the income side is never coded.</summary>
public class ExpenditureSideTests
{
    static readonly Extractor.Catalog.CodeCatalog Catalog = CatalogOf(
        ("206", "科学技术支出", 40), ("20602", "基础研究", 20), ("2060204", "实验室及相关设施", 10),
        ("20603", "应用研究", 20), ("2060302", "社会公益研究", 10),
        ("210", "卫生健康支出", 50), ("21011", "行政事业单位医疗", 40), ("2101101", "行政单位医疗", 40), ("2101102", "事业单位医疗", 40));

    static BudgetTable Summary(string?[] classCodes, params (string? Income, decimal? In, string Expenditure, decimal Out)[] lines)
    {
        var table = new BudgetTable { Index = 1, Kind = TableKind.Summary, AmountUnit = "万元" };
        table.Columns.Add(new TableColumn { Index = 0, Label = "项目", Role = ColumnRole.SideLabel, Side = Side.Income });
        table.Columns.Add(new TableColumn { Index = 1, Label = "预算数", Role = ColumnRole.Amount, Measure = Measure.Total, Side = Side.Income });
        table.Columns.Add(new TableColumn { Index = 2, Label = "项目", Role = ColumnRole.SideLabel, Side = Side.Expenditure });
        table.Columns.Add(new TableColumn { Index = 3, Label = "预算数", Role = ColumnRole.Amount, Measure = Measure.Total, Side = Side.Expenditure });
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Income is { } name)
            {
                var income = new TableRow { Index = i + 1, Side = Side.Income, Name = name };
                income.Amounts.Add(new Amount { Column = 1, Measure = Measure.Total, Value = lines[i].In, Printed = lines[i].In?.ToString() ?? "" });
                table.Rows.Add(income);
            }
            var row = new TableRow { Index = i + 1, Side = Side.Expenditure, Name = lines[i].Expenditure };
            if (classCodes[i] is { } code) { row.Code = code; row.Level = 1; row.Classification = Classification.Function; row.CodeSource = CodeSource.Catalog; }
            row.Amounts.Add(new Amount { Column = 3, Measure = Measure.Total, Value = lines[i].Out, Printed = lines[i].Out.ToString() });
            table.Rows.Add(row);
        }
        return table;
    }

    [Fact]
    public void TheExpenditureSidesSubjectsGetTheirCodesAndTheIncomeSideNone()
    {
        var table = Summary(new[] { "206", null, null, null, null, "210", null, null, null },
            ("一、财政拨款", 120m, "科学技术支出", 20m), ("一般公共预算", 120m, "基础研究", 15m), (null, null, "实验室及相关设施", 15m),
            (null, null, "应用研究", 5m), (null, null, "社会公益研究", 5m), (null, null, "卫生健康支出", 100m),
            (null, null, "行政事业单位医疗", 100m), (null, null, "行政单位医疗", 40m), (null, null, "事业单位医疗", 60m));
        var result = CatalogCodeResolver.Resolve(table, Catalog, 2025);
        Assert.Equal(7, result.Resolved);
        Assert.Equal(new[] { "206", "20602", "2060204", "20603", "2060302", "210", "21011", "2101101", "2101102" },
            table.Rows.Where(r => r.Side == Side.Expenditure).Select(r => r.Code));
        Assert.All(table.Rows.Where(r => r.Side == Side.Income), r => Assert.Null(r.Code));
        Assert.Equal(Classification.Function, table.Rows.Single(r => r.Name == "行政单位医疗").Classification);
        Assert.Equal("21011", table.Rows.Single(r => r.Name == "行政单位医疗").ParentCode);
    }

    [Fact]
    public void AReadingThatMovesAClassTheReaderCodedIsNoReadingOfTheSide()
    {
        // the reader coded 卫生健康支出 as 210, but a reading would have to put 基础研究 … under it: left code-less
        var table = Summary(new[] { "210", null, null },
            ("一、财政拨款", 20m, "卫生健康支出", 20m), (null, null, "基础研究", 15m), (null, null, "实验室及相关设施", 15m));
        table.Rows.Single(r => r.Name == "卫生健康支出").Code = "210";
        CatalogCodeResolver.Resolve(table, Catalog, 2025);
        Assert.Null(table.Rows.Single(r => r.Name == "基础研究").Code);
    }
}
