using Extractor.Catalog;
using Extractor.Checks;
using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Catalog;

public class CatalogCodeResolverTests
{
    /// <summary>A catalog of (code, name, documents) met in 2025.</summary>
    internal static CodeCatalog CatalogOf(params (string Code, string Name, int Count)[] names) =>
        new(names.GroupBy(n => n.Code).Select(g =>
        {
            var e = new CatalogEntry
            {
                Code = g.Key, Classification = CodeCatalog.ClassificationOf(g.Key)!.Value, Level = CodeCatalog.LevelOf(g.Key)!.Value,
                Parent = CodeCatalog.ParentOf(g.Key),
            };
            e.Names.AddRange(g.Select(n => new CatalogName(n.Name, new[] { 2025 }, n.Count)));
            return e;
        }));

    static readonly CodeCatalog Functions = CatalogOf(
        ("201", "一般公共服务支出", 50), ("20101", "人大事务", 20), ("2010101", "行政运行", 20), ("20103", "政府办公厅(室)及相关机构事务", 40),
        ("2010301", "行政运行", 40), ("2010350", "事业运行", 30), ("20199", "其他一般公共服务支出", 10), ("2019999", "其他一般公共服务支出", 10),
        ("214", "交通运输支出", 8), ("21401", "公路水路运输", 8), ("2140101", "行政运行", 8), ("2140199", "其他公路水路运输支出", 8),
        ("229", "其他支出", 14), ("22999", "其他支出", 6), ("2299999", "其他支出", 6));

    /// <summary>A names-only table: (name, amount) rows under a 合计 row.</summary>
    internal static BudgetTable NamesOnly(params (string Name, decimal? Amount)[] rows)
    {
        var table = new BudgetTable { Index = 1, Kind = TableKind.Expenditure, AmountUnit = "万元" };
        table.Columns.Add(new TableColumn { Index = 0, Label = "科目名称", Role = ColumnRole.Name });
        table.Columns.Add(new TableColumn { Index = 1, Label = "合计", Role = ColumnRole.Amount, Measure = Measure.Total });
        var total = new TableRow { Index = 0, Name = "合计", IsTotal = true, Level = 0 };
        table.Rows.Add(total);
        for (var i = 0; i < rows.Length; i++)
        {
            var row = new TableRow { Index = i + 1, Name = rows[i].Name };
            row.Amounts.Add(new Amount { Column = 1, Measure = Measure.Total, Value = rows[i].Amount, Printed = rows[i].Amount?.ToString() ?? "" });
            table.Rows.Add(row);
        }
        return table;
    }

    static string?[] Codes(BudgetTable table) => table.Rows.Where(r => !r.IsTotal).Select(r => r.Code).ToArray();

    [Fact]
    public void Repeated行政运行IsResolvedThroughItsParent()
    {
        var table = NamesOnly(("一般公共服务支出", 100m), ("政府办公厅（室）及相关机构事务", 100m), ("行政运行", 100m),
            ("交通运输支出", 50m), ("公路水路运输", 50m), ("行政运行", 50m));
        var result = CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.Equal(new[] { "201", "20103", "2010301", "214", "21401", "2140101" }, Codes(table));
        Assert.Equal(6, result.Resolved);
        Assert.All(table.Rows.Where(r => !r.IsTotal), r => Assert.Equal(CodeSource.Catalog, r.CodeSource));
        Assert.Equal(new int?[] { 1, 2, 3, 1, 2, 3 }, table.Rows.Where(r => !r.IsTotal).Select(r => r.Level));
        Assert.Equal("20103", table.Rows[3].ParentCode);
        Assert.Equal(Classification.Function, table.Classification);
        Assert.Contains(table.CodeTree, n => n.Code == "20103" && n.Children.Contains("2010301"));
    }

    [Fact]
    public void The款AndThe项Of其他一般公共服务支出AreToldApartByTheirPlace()
    {
        var table = NamesOnly(("一般公共服务支出", 70m), ("政府办公厅(室)及相关机构事务", 10m), ("行政运行", 10m),
            ("其他一般公共服务支出", 60m), ("其他一般公共服务支出", 60m));
        CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.Equal(new[] { "201", "20103", "2010301", "20199", "2019999" }, Codes(table));
    }

    [Fact]
    public void AnUnknownNameStaysCodeLessAndTheRowsAfterItKeepTheirPlace()
    {
        var table = NamesOnly(("一般公共服务支出", 100m), ("政府办公厅(室)及相关机构事务", 100m), ("行政运行", 60m),
            ("专项业务活动", 40m), ("交通运输支出", 50m), ("公路水路运输", 50m), ("行政运行", 50m));
        var result = CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.Equal(new[] { "201", "20103", "2010301", null, "214", "21401", "2140101" }, Codes(table));
        Assert.Equal(1, result.Unresolved);
        Assert.Equal(new[] { "专项业务活动" }, result.UnresolvedNames);
    }

    [Fact]
    public void A项UnknownUnderItsParentIsNotTakenForThe类OfTheSameName()
    {
        // 其他支出 here is a 项 of 21401 the catalog does not know there; 21401's items do not yet add up, so it is not 类 229
        var table = NamesOnly(("交通运输支出", 50m), ("公路水路运输", 50m), ("行政运行", 45m), ("其他支出", 5m));
        CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.Equal(new[] { "214", "21401", "2140101", null }, Codes(table));
    }

    [Fact]
    public void ANameThatFitsTwoPlacesEquallyStaysCodeLess()
    {
        var catalog = CatalogOf(("214", "交通运输支出", 8), ("21401", "公路水路运输", 8), ("2140101", "行政运行", 8),
            ("2140105", "专项运输", 4), ("2140106", "专项运输", 4));
        var table = NamesOnly(("交通运输支出", 50m), ("公路水路运输", 50m), ("行政运行", 45m), ("专项运输", 5m));
        var result = CatalogCodeResolver.Resolve(table, catalog, 2025);
        Assert.Equal(new[] { "214", "21401", "2140101", null }, Codes(table));
        Assert.Equal(1, result.Unresolved);
    }

    /// <summary>
    /// 2239901 and 2239999 其他国有资本经营预算支出: 2026 documents print both (Dongguan 2239901, Guangzhou 2239999), each
    /// the only 项 under 22399 and equal to it, so neither parent, order nor sums tell them apart: with the shipped
    /// catalog a 2026 row of that name stays code-less (counted as unresolved) while its 类 and 款 are coded.
    /// </summary>
    [Fact]
    public void RivalCodesOfOneNameUnderOneParentInTheSameEditionLeaveTheRowCodeLess()
    {
        var shipped = CodeCatalog.Default;
        Assert.Contains(shipped.NamesOf("2239901"), n => n.Years.Contains(2026));
        Assert.Contains(shipped.NamesOf("2239999"), n => n.Years.Contains(2026));
        var table = NamesOnly(("国有资本经营预算支出", 30m), ("其他国有资本经营预算支出", 30m), ("其他国有资本经营预算支出", 30m));
        var result = CatalogCodeResolver.Resolve(table, shipped, 2026);
        Assert.Equal(new[] { "223", "22399", null }, Codes(table));
        Assert.Equal(1, result.Unresolved);
    }

    [Fact]
    public void ANameReadOnceOntoACodeIsNoEvidenceAgainstItsManyDocuments()
    {
        // one document misread 201 as 行政运行: the 项 of the open 款 wins, and 201 is not taken
        var catalog = CatalogOf(("201", "一般公共服务支出", 50), ("201", "行政运行", 1), ("20103", "政府办公厅(室)及相关机构事务", 40),
            ("2010301", "行政运行", 40), ("204", "公共安全支出", 18), ("20402", "公安", 10), ("2040201", "行政运行", 10));
        var table = NamesOnly(("公共安全支出", 30m), ("公安", 30m), ("行政运行", 30m));
        CatalogCodeResolver.Resolve(table, catalog, 2025);
        Assert.Equal(new[] { "204", "20402", "2040201" }, Codes(table));
    }

    [Fact]
    public void ATableThatPrintsCodesIsLeftAsPrinted()
    {
        var table = NamesOnly(("一般公共服务支出", 100m), ("政府办公厅(室)及相关机构事务", 100m), ("行政运行", 100m));
        table.Rows[1].Code = "201"; table.Rows[1].CodeSource = CodeSource.Printed;
        var result = CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.Equal(0, result.Resolved);
        Assert.Equal(new[] { "201", null, null }, Codes(table));
    }

    [Fact]
    public void ATableThatDoesNotOpenWithAKnown类IsNotASubjectTable()
    {
        var table = NamesOnly(("杭州市交通运输局", 100m), ("行政运行", 100m));
        var result = CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.Equal(0, result.Resolved);
        Assert.All(table.Rows, r => Assert.Null(r.Code));
    }

    [Fact]
    public void ARowUniqueUnderItsPrintedParentIsHighConfidence()
    {
        var table = NamesOnly(("一般公共服务支出", 100m), ("政府办公厅(室)及相关机构事务", 100m), ("行政运行", 100m));
        CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.All(table.Rows.Where(r => !r.IsTotal), r => Assert.Equal(CodeConfidence.High, r.CodeConfidence));
    }

    [Fact]
    public void ARowPrintedOutOfCodeOrderSitsUnderItsOpenParentWithLowConfidence()
    {
        // sorted by amount: 事业运行 (2010350) before 行政运行 (2010301)
        var table = NamesOnly(("一般公共服务支出", 100m), ("政府办公厅(室)及相关机构事务", 100m), ("事业运行", 70m), ("行政运行", 30m));
        CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.Equal(new[] { "201", "20103", "2010350", "2010301" }, Codes(table));
        Assert.Equal(CodeConfidence.High, table.Rows[3].CodeConfidence);
        Assert.Equal(CodeConfidence.Low, table.Rows[4].CodeConfidence);
    }

    [Fact]
    public void AListOf项WithoutTheirParentsIsReadThroughTheRowsThatFollow()
    {
        // 行政运行 fits 2010101, 2010301 and 2140101; only 21401 also has 其他公路水路运输支出 after it
        var table = NamesOnly(("行政运行", 45m), ("其他公路水路运输支出", 5m));
        CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.Equal(new[] { "2140101", "2140199" }, Codes(table));
        Assert.All(table.Rows.Where(r => !r.IsTotal), r => Assert.Equal(CodeConfidence.Low, r.CodeConfidence));
    }

    [Fact]
    public void ChildrenThatOverflowTheirParentAreNotItsChildren()
    {
        // 其他事务 is both a 项 of 20103 and the 款 20199: the amounts tell which
        var catalog = CatalogOf(("201", "一般公共服务支出", 50), ("20103", "政府办公厅(室)及相关机构事务", 40), ("2010301", "行政运行", 40),
            ("2010399", "其他事务", 5), ("20199", "其他事务", 5));
        var overflow = NamesOnly(("一般公共服务支出", 80m), ("政府办公厅(室)及相关机构事务", 10m), ("行政运行", 10m), ("其他事务", 70m));
        CatalogCodeResolver.Resolve(overflow, catalog, 2025);
        Assert.Equal(new[] { "201", "20103", "2010301", "20199" }, Codes(overflow));
        var fits = NamesOnly(("一般公共服务支出", 80m), ("政府办公厅(室)及相关机构事务", 80m), ("行政运行", 10m), ("其他事务", 70m));
        CatalogCodeResolver.Resolve(fits, catalog, 2025);
        Assert.Equal(new[] { "201", "20103", "2010301", "2010399" }, Codes(fits));
    }

    /// <summary>A catalog of (code, name, documents, years).</summary>
    static CodeCatalog CatalogOfYears(params (string Code, string Name, int Count, int[] Years)[] names) =>
        new(names.GroupBy(n => n.Code).Select(g =>
        {
            var e = new CatalogEntry
            {
                Code = g.Key, Classification = CodeCatalog.ClassificationOf(g.Key)!.Value, Level = CodeCatalog.LevelOf(g.Key)!.Value,
                Parent = CodeCatalog.ParentOf(g.Key),
            };
            e.Names.AddRange(g.Select(n => new CatalogName(n.Name, n.Years, n.Count)));
            return e;
        }));

    [Fact]
    public void ANameOfAnotherEditionMetOnceIsEvidenceWhereNoOtherCodeHasIt()
    {
        // 工读学校教育 is the former name of 2050702 (now 专门学校教育), met in one document only: still its code
        var catalog = CatalogOf(("205", "教育支出", 40), ("20507", "特殊教育", 4), ("2050701", "特殊学校教育", 4),
            ("2050702", "专门学校教育", 4), ("2050702", "工读学校教育", 1), ("2050799", "其他特殊教育支出", 3));
        var table = NamesOnly(("教育支出", 100m), ("特殊教育", 100m), ("特殊学校教育", 60m), ("工读学校教育", 30m), ("其他特殊教育支出", 10m));
        CatalogCodeResolver.Resolve(table, catalog, 2023);
        Assert.Equal(new[] { "205", "20507", "2050701", "2050702", "2050799" }, Codes(table));
        Assert.Equal(CodeConfidence.Low, table.Rows[4].CodeConfidence);
    }

    [Fact]
    public void TwoCodesOfOneNameInTwoEditionsAreToldApartByTheEditionNearestTheDocumentsYear()
    {
        // 其他社会保障和就业支出: 2089901 in 2019, 2089999 from 2022; a 2024 document reads the later edition, a 2018 one the former
        var catalog = CatalogOfYears(("208", "社会保障和就业支出", 50, new[] { 2019, 2022, 2025 }),
            ("20899", "其他社会保障和就业支出", 13, new[] { 2019, 2022, 2025 }), ("2089901", "其他社会保障和就业支出", 1, new[] { 2019 }),
            ("2089999", "其他社会保障和就业支出", 11, new[] { 2022, 2025 }));
        foreach (var (year, expected) in new[] { (2024, "2089999"), (2018, "2089901") })
        {
            var table = NamesOnly(("社会保障和就业支出", 9m), ("其他社会保障和就业支出", 9m), ("其他社会保障和就业支出", 9m));
            CatalogCodeResolver.Resolve(table, catalog, year);
            Assert.Equal(new[] { "208", "20899", expected }, Codes(table));
        }
    }

    [Fact]
    public void ANameOfA款AndOfItsOwn项OpeningAListOf项IsThe项()
    {
        // 武装警察部队 is 20401 and 2040101; in a list of 项 (no 类, no 款 printed) the row has no child: it is the 项
        var catalog = CatalogOf(("204", "公共安全支出", 18), ("20401", "武装警察部队", 3), ("2040101", "武装警察部队", 3),
            ("20402", "公安", 10), ("2040201", "行政运行", 10), ("2040202", "一般行政管理事务", 10));
        var table = NamesOnly(("武装警察部队", 5m), ("行政运行", 30m), ("一般行政管理事务", 10m));
        CatalogCodeResolver.Resolve(table, catalog, 2025);
        Assert.Equal(new[] { "2040101", "2040201", "2040202" }, Codes(table));
    }

    [Fact]
    public void ARowTheCatalogCannotNameWhereTheNext类StandsLetsItsChildrenBePlaced()
    {
        // 机关资本性支出(一) is a name the catalog lacks for 503; its children follow in code order (50305 only exists
        // under 503), so they are read under 503, not 504, and with low confidence (their parent is not named)
        var catalog = CatalogOf(("502", "机关商品和服务支出", 4), ("50201", "办公经费", 4), ("503", "机关资本性支出", 3),
            ("50301", "房屋建筑物购建", 1), ("50302", "基础设施建设", 1), ("50305", "土地征迁补偿和安置支出", 1),
            ("504", "机关资本性支出(基本建设)", 1), ("50401", "房屋建筑物购建", 1), ("50402", "基础设施建设", 1));
        var table = NamesOnly(("机关商品和服务支出", 10m), ("办公经费", 10m), ("机关资本性支出(一)", 9m), ("房屋建筑物购建", 5m),
            ("基础设施建设", 3m), ("土地征迁补偿和安置支出", 1m));
        CatalogCodeResolver.Resolve(table, catalog, 2025);
        Assert.Equal(new[] { "502", "50201", null, "50301", "50302", "50305" }, Codes(table));
        Assert.All(table.Rows.Skip(4), r => Assert.Equal(CodeConfidence.Low, r.CodeConfidence));
    }

    [Fact]
    public void ACodeLessRowProvedAPartOfItsNodeCountsInItsTreeSum()
    {
        // 专项业务活动 is a name the catalog never met; 20103 = 行政运行 + it, so it counts towards 20103 (parent code, no code)
        var table = NamesOnly(("一般公共服务支出", 100m), ("政府办公厅(室)及相关机构事务", 100m), ("行政运行", 60m), ("专项业务活动", 40m));
        CatalogCodeResolver.Resolve(table, Functions, 2025);
        var codeLess = table.Rows[4];
        Assert.Null(codeLess.Code);
        Assert.Equal("20103", codeLess.ParentCode);
        var doc = new BudgetDocument { Document = "names-only.pdf", Format = "pdf" };
        doc.Tables.Add(table);
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum && f.Severity == Severity.Error);
    }

    [Fact]
    public void ACodeLessRowTheSumsDoNotProveAPartIsOwedToNoNodeAndTheFailureStands()
    {
        var table = NamesOnly(("一般公共服务支出", 100m), ("政府办公厅(室)及相关机构事务", 100m), ("行政运行", 60m), ("专项业务活动", 30m));
        CatalogCodeResolver.Resolve(table, Functions, 2025);
        Assert.Null(table.Rows[4].ParentCode);
        var doc = new BudgetDocument { Document = "names-only.pdf", Format = "pdf" };
        doc.Tables.Add(table);
        CheckRunner.Run(doc);
        Assert.Contains(doc.Checks, f => f.Rule == CheckRules.TreeSum && f.Severity == Severity.Error && f.Row == table.Rows[2].Index);
    }

    /// <summary>The catalog of the seed alone (no document): the 收入分类 and function 类 heads.</summary>
    static CodeCatalog Seed => new CatalogBuilder().Build();

    [Fact]
    public void NamesOnlyRevenueRowsAreCodedThroughTheSeed()
    {
        var table = NamesOnly(("一、税收收入", 100m), ("增值税", 60m), ("个人所得税", 40m), ("二、非税收入", 30m), ("专项收入", 10m),
            ("行政事业性收费收入", 20m), ("上级补助收入", 50m));
        table.Kind = TableKind.GovernmentGeneralRevenue;
        var result = CatalogCodeResolver.Resolve(table, Seed, 2025);
        Assert.Equal(new[] { "101", "10101", "10106", "103", "10302", "10304", null }, Codes(table));
        Assert.Equal(6, result.Resolved);
        Assert.Equal(Classification.Revenue, table.Classification);
        Assert.All(table.Rows.Where(r => r.Code is not null), r => Assert.Equal(CodeSource.Catalog, r.CodeSource));
        Assert.Equal("103", table.Rows.Single(r => r.Name == "专项收入").ParentCode);
        // the classes add up and the names are the classification's own: high confidence
        Assert.Equal(CodeConfidence.High, table.Rows.Single(r => r.Code == "10101").CodeConfidence);
    }

    [Fact]
    public void TheClassesSubtotalIsFoundOnTheClassesTheCatalogCoded()
    {
        // names-only classes: the subtotal before the transfer lines is found once the catalog has coded them
        var table = NamesOnly(("税收收入", 100m), ("增值税", 100m), ("非税收入", 30m), ("专项收入", 30m), ("一般公共预算收入合计", 130m),
            ("上级补助收入", 20m), ("收入总计", 150m));
        table.Kind = TableKind.GovernmentGeneralRevenue;
        table.Rows.Single(r => r.Name == "收入总计").IsTotal = true;
        var doc = new BudgetDocument { Document = "gov.pdf", Format = "pdf" };
        doc.Metadata.Scope = Scope.Government;
        doc.Tables.Add(table);
        // before resolution the classes have no codes: nothing to add up (why it runs after the resolver)
        GovernmentRowReader.MarkClassSubtotals(doc);
        Assert.False(table.Rows.Single(r => r.Name == "一般公共预算收入合计").IsTotal);
        CatalogCodeResolver.Resolve(doc, Seed);
        Assert.Equal(new[] { "101", "10101", "103", "10302", null, null }, Codes(table));
        GovernmentRowReader.MarkClassSubtotals(doc);
        Assert.True(table.Rows.Single(r => r.Name == "一般公共预算收入合计").IsTotal);
    }

    [Fact]
    public void APartlyCodedRevenueTableGetsCodesOnlyOnItsNamesOnlyRows()
    {
        // classes printed by name, their 款 with codes (and one 款 by name only)
        var table = NamesOnly(("税收收入", 100m), ("增值税", 60m), ("个人所得税", 40m), ("非税收入", 30m), ("专项收入", 30m));
        table.Kind = TableKind.GovernmentGeneralRevenue;
        foreach (var (name, code) in new[] { ("增值税", "10101"), ("个人所得税", "10106") })
        {
            var printed = table.Rows.Single(r => r.Name == name);
            (printed.Code, printed.CodeSource, printed.Level, printed.ParentCode) = (code, CodeSource.Printed, 2, "101");
        }
        var result = CatalogCodeResolver.Resolve(table, Seed, 2025);
        Assert.Equal(new[] { "101", "10101", "10106", "103", "10302" }, Codes(table));
        Assert.Equal(3, result.Resolved);
        Assert.Equal(new CodeSource?[] { CodeSource.Catalog, CodeSource.Printed, CodeSource.Printed, CodeSource.Catalog, CodeSource.Catalog },
            table.Rows.Where(r => !r.IsTotal).Select(r => r.CodeSource));
        Assert.Contains(table.CodeTree, n => n.Code == "101" && n.Children.Contains("10106"));
    }

    [Fact]
    public void AnOfWhichLineIsNeverCodedAsTheSiblingOfTheRowAbove()
    {
        // an 其中 line details the row above: 专项收入 under 非税收入 keeps its 款; the blank 其中 line after 企业所得税 would be
        // its sibling 10106 by order alone, and stays code-less
        var table = NamesOnly(("税收收入", 100m), ("增值税", 60m), ("企业所得税", 40m), ("其中：个人所得税", null), ("非税收入", 30m), ("其中：专项收入", 30m));
        table.Kind = TableKind.GovernmentGeneralRevenue;
        var result = CatalogCodeResolver.Resolve(table, Seed, 2025);
        Assert.Equal(new[] { "101", "10101", "10104", null, "103", "10302" }, Codes(table));
        Assert.Contains("其中：个人所得税", result.UnresolvedNames);
    }

    [Fact]
    public void ASeedOnly类IsPlaced()
    {
        // no document printed 202 with its name: only its 款 20202; the seed names the 类 外交支出
        CodeCatalog Learned(CatalogBuilder builder)
        {
            foreach (var (file, unit) in new[] { ("a.pdf", "甲"), ("b.pdf", "乙") })
            {
                var doc = new BudgetDocument { Document = file, SourcePath = "/c/" + file, Format = "pdf" };
                (doc.Metadata.UnitName, doc.Metadata.FiscalYear) = (unit, 2025);
                var coded = new BudgetTable { Index = 1, Kind = TableKind.Expenditure };
                foreach (var (code, name) in new[] { ("201", "一般公共服务支出"), ("20101", "人大事务"), ("2010101", "行政运行"), ("20202", "驻外机构") })
                    coded.Rows.Add(new TableRow { Code = code, Name = name, CodeSource = CodeSource.Printed });
                doc.Tables.Add(coded);
                builder.Add(doc);
            }
            return builder.Build();
        }
        BudgetTable Table() => NamesOnly(("一般公共服务支出", 60m), ("人大事务", 60m), ("行政运行", 60m), ("外交支出", 40m), ("驻外机构", 40m));

        var catalog = Learned(new CatalogBuilder());
        Assert.Equal(0, catalog.Find("202")!.Names.Single().Count);
        var table = Table();
        CatalogCodeResolver.Resolve(table, catalog, 2025);
        Assert.Equal(new[] { "201", "20101", "2010101", "202", "20202" }, Codes(table));
        Assert.Equal("202", table.Rows.Single(r => r.Name == "驻外机构").ParentCode);
        // without the seed the 类 is unknown: the row stays code-less
        var unseeded = Table();
        CatalogCodeResolver.Resolve(unseeded, Learned(new CatalogBuilder(Array.Empty<(string, string)>())), 2025);
        Assert.Null(unseeded.Rows.Single(r => r.Name == "外交支出").Code);
    }
}
