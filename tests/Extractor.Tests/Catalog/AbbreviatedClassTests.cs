using Extractor.Checks;
using Extractor.Model;
using Extractor.Normalization;
using static Extractor.Tests.Catalog.CatalogCodeResolverTests;

namespace Extractor.Tests.Catalog;

/// <summary>
/// Government tables print the 类 of 支出功能分类 without their 支出 (一、一般公共服务, 二、国防 …; DOMAIN.md section 4:
/// "each followed by 支出"), and 援助其他地区支出's 款 bear those short names exactly (21901 一般公共服务, 21902 教育).
/// Where the row sits in the tree tells the two apart. Tables of items (debt uses, transfers, balance lines) are read as
/// subject trees only when their rows include the classes.
/// </summary>
public class AbbreviatedClassTests
{
    static readonly Extractor.Catalog.CodeCatalog Catalog = CatalogOf(
        ("201", "一般公共服务支出", 50), ("20101", "人大事务", 20), ("2010101", "行政运行", 20),
        ("203", "国防支出", 30), ("20306", "国防动员", 10),
        ("205", "教育支出", 50), ("20502", "普通教育", 30),
        ("219", "援助其他地区支出", 12), ("21901", "一般公共服务", 8), ("21902", "教育", 8),
        ("221", "住房保障支出", 40), ("22101", "保障性安居工程", 30), ("2210103", "棚户区改造", 20), ("2210110", "保障性租赁住房", 10),
        ("229", "其他支出", 14), ("229", "其他", 3));

    static string?[] Codes(BudgetTable table) => table.Rows.Where(r => !r.IsTotal).Select(r => r.Code).ToArray();

    [Fact]
    public void AClassPrintedWithoutItsEndingIsTheClassNotTheNamesakeSectionOf援助其他地区()
    {
        var table = NamesOnly(("一、一般公共服务", 100m), ("人大事务", 100m), ("二、国防", 30m), ("国防动员", 30m), ("三、教育", 70m), ("普通教育", 70m));
        CatalogCodeResolver.Resolve(table, Catalog, 2025);
        Assert.Equal(new[] { "201", "20101", "203", "20306", "205", "20502" }, Codes(table));
        Assert.Equal(CodeConfidence.High, table.Rows[1].CodeConfidence);
    }

    [Fact]
    public void UnderItsOwnClass援助其他地区TheShortNamesStayItsSections()
    {
        var table = NamesOnly(("援助其他地区支出", 20m), ("一般公共服务", 12m), ("教育", 8m));
        CatalogCodeResolver.Resolve(table, Catalog, 2025);
        Assert.Equal(new[] { "219", "21901", "21902" }, Codes(table));
    }

    [Fact]
    public void ADebtTableWhoseItemsShareASectionsNameGetsNoCode()
    {
        // 新增债券项目用途: 保障性安居工程 and its lines are uses of the bonds, not the 住房保障支出 tree; 其他 closes the list
        var table = NamesOnly(("一、基础设施建设", 500m), ("（一）铁路", 300m), ("（二）公路", 200m), ("二、保障性安居工程", 90m),
            ("（一）保障性租赁住房", 40m), ("（二）棚户区改造", 50m), ("三、其他", 10m));
        table.Kind = TableKind.Debt;
        var result = CatalogCodeResolver.Resolve(table, Catalog, 2025);
        Assert.Equal(0, result.Resolved);
        Assert.All(table.Rows, r => Assert.Null(r.Code));
    }

    [Fact]
    public void ADebtTablePrintedByClassIsCoded()
    {
        var table = NamesOnly(("（一）一般公共服务支出", 100m), ("（二）教育支出", 70m), ("（三）住房保障支出", 90m));
        table.Kind = TableKind.Debt;
        CatalogCodeResolver.Resolve(table, Catalog, 2025);
        Assert.Equal(new[] { "201", "205", "221" }, Codes(table));
    }

    [Fact]
    public void ATransferTableAddsItsItemsNotItsClassesToItsTotal()
    {
        // 合计 = 返还性支出 + 一般性转移支付 + 专项转移支付; the classes break down 专项转移支付 only
        var table = NamesOnly(("一、返还性支出", 10m), ("二、一般性转移支付", 20m), ("三、专项转移支付", 70m), ("一般公共服务", 30m),
            ("人大事务", 30m), ("教育", 40m), ("普通教育", 40m));
        table.Rows[0].Amounts.Add(new Amount { Column = 1, Measure = Measure.Total, Value = 100m, Printed = "100" });
        table.Kind = TableKind.TransferPayments;
        CatalogCodeResolver.Resolve(table, Catalog, 2025);
        Assert.Equal("201", table.Rows[4].Code);
        Assert.Equal("205", table.Rows[6].Code);
        var doc = new BudgetDocument { Document = "transfers.pdf", Format = "pdf" };
        doc.Tables.Add(table);
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum && f.Severity == Severity.Error);
        // the class = Σ its sections identities still run (201 = 20101, 205 = 20502), and hold
        Assert.Equal(2, doc.CheckTallies.Single(t => t.Rule == CheckRules.TreeSum).Passed);
    }

    [Fact]
    public void AnItemOfAnotherClasssFirstSectionIsNotPlacedUnderTheOpenClass()
    {
        // 外交管理事务 is unknown to this catalog; the 行政运行 under it belongs to 202's first 款, which the catalog lacks,
        // never to 2080101 (the first 款 of 208) below 202
        var catalog = CatalogOf(("202", "外交支出", 10), ("208", "社会保障和就业支出", 40), ("20801", "人力资源和社会保障管理事务", 20),
            ("2080101", "行政运行", 20));
        var table = NamesOnly(("外交支出", 10m), ("外交管理事务", 10m), ("行政运行", 10m), ("对外援助", 0m));
        CatalogCodeResolver.Resolve(table, catalog, 2025);
        Assert.Null(table.Rows[3].Code);
    }
}
