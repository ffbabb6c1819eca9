using Extractor.Catalog;
using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Catalog;

public class CatalogTests
{
    static BudgetDocument Document(string file, string unit, int year, params (string Code, string Name)[] rows)
    {
        var doc = new BudgetDocument { Document = file, SourcePath = "/corpus/" + file, Format = "pdf" };
        doc.Metadata.UnitName = unit;
        doc.Metadata.FiscalYear = year;
        var table = new BudgetTable { Index = 1, Kind = TableKind.Expenditure, Classification = Classification.Function };
        foreach (var (code, name) in rows)
            table.Rows.Add(new TableRow { Index = table.Rows.Count, Code = code, Name = name, CodeSource = CodeSource.Printed, Level = CodeCatalog.LevelOf(code), ParentCode = CodeCatalog.ParentOf(code) });
        doc.Tables.Add(table);
        return doc;
    }

    [Fact]
    public void TheBuilderCountsDocumentsYearsAndNamesPerCode()
    {
        var builder = new CatalogBuilder();
        builder.Add(Document("a.pdf", "甲单位", 2024, ("2080505", "机关事业单位基本养老保险缴费"), ("201", "一、一般公共服务支出")));
        builder.Add(Document("b.pdf", "乙单位", 2025, ("2080505", "机关事业单位基本养老保险缴费支出"), ("201", "一般公共服务支出")));
        builder.Add(Document("b.html", "乙单位", 2025, ("201", "一般公共服务支出"))); // the same document in another format
        var catalog = builder.Build();

        var e201 = catalog.Find("201")!;
        Assert.Equal(Classification.Function, e201.Classification);
        Assert.Equal(1, e201.Level);
        Assert.Equal(new CatalogName("一般公共服务支出", new[] { 2024, 2025 }, 2), e201.Names.Single(), new NameComparer());
        Assert.Equal(2, catalog.Find("2080505")!.Names.Count);
        Assert.Equal("20805", catalog.Find("2080505")!.Parent);

        var without = builder.Build(leaveOut: "/corpus/a.pdf");
        Assert.Equal(new[] { "机关事业单位基本养老保险缴费支出" }, without.Find("2080505")!.Names.Select(n => n.Name));
    }

    [Fact]
    public void TheSameDocumentsGiveTheSameTsvByteForByteWhateverTheirOrder()
    {
        // scripts/build-catalog.sh is reproducible: the file depends on the documents read, not on the order they came in
        var docs = new[]
        {
            Document("a.pdf", "甲单位", 2024, ("201", "一般公共服务支出"), ("20101", "人大事务"), ("2010101", "行政运行")),
            Document("b.pdf", "乙单位", 2025, ("201", "一般公共服务支出"), ("2010101", "行政运行"), ("2010101", "行政运行(项)")),
            Document("c.pdf", "丙单位", 2023, ("30107", "绩效工资"), ("201", "一、一般公共服务支出")),
        };
        string Tsv(IEnumerable<BudgetDocument> order)
        {
            var builder = new CatalogBuilder();
            foreach (var d in order) builder.Add(d);
            var text = new StringWriter();
            CatalogTsv.Write(text, builder.Build(), new[] { "provenance" });
            return text.ToString();
        }
        var forward = Tsv(docs);
        Assert.Equal(forward, Tsv(docs.Reverse()));
        Assert.Equal(forward, Tsv(new[] { docs[1], docs[2], docs[0] }));
        Assert.Contains("2010101\tfunction\t3\t20101\t行政运行\t2024,2025\t2\tprinted\n", forward);
        // the seed is merged in: its name printed by documents is marked, one printed by none has count 0 and no years
        Assert.Contains("201\tfunction\t1\t\t一般公共服务支出\t2023,2024,2025\t3\tseed+printed\n", forward);
        Assert.Contains("101\trevenue\t1\t\t税收收入\t\t0\tseed\n", forward);
    }

    [Fact]
    public void TheTsvReadsBackWhatItWrote()
    {
        var catalog = CatalogCodeResolverTests_Catalog();
        var text = new StringWriter();
        CatalogTsv.Write(text, catalog, new[] { "provenance line" });
        Assert.StartsWith("# provenance line\ncode\tclassification\tlevel\tparent\tname\tyears\tcount\tsource\n", text.ToString());
        var back = CatalogTsv.Read(new StringReader(text.ToString()));
        Assert.Equal(catalog.Entries.Select(e => e.ToString()), back.Entries.Select(e => e.ToString()));
        Assert.Equal(new[] { 2025 }, back.Find("30205")!.Names[0].Years);
    }

    [Fact]
    public void TheSeedIsShippedAndReadBackWithItsSource()
    {
        // every seed line is a code of the trees, and the shipped catalog holds it as a seed name
        Assert.Contains(CatalogSeed.Default, s => s == ("202", "外交支出"));
        Assert.Contains(CatalogSeed.Default, s => s == ("10101", "增值税"));
        foreach (var (code, name) in CatalogSeed.Default)
            Assert.Contains(CodeCatalog.Default.Find(code)?.Names ?? new(), n => n.Name == name && n.Seed);
        var text = new StringWriter();
        CatalogTsv.Write(text, CodeCatalog.Default, Array.Empty<string>());
        var back = CatalogTsv.Read(new StringReader(text.ToString()));
        Assert.Equal(0, back.Find("101")!.Names.Single(n => n.Name == "税收收入") is { Seed: true } n ? n.Count : -1);
        Assert.True(back.Find("201")!.Names.Single(n => n.Name == "一般公共服务支出") is { Seed: true, Count: > 1 });
        // a catalog file without the source column reads as printed names only
        var old = CatalogTsv.Read(new StringReader("code\tclassification\tlevel\tparent\tname\tyears\tcount\n201\tfunction\t1\t\t一般公共服务支出\t2025\t3\n"));
        Assert.False(old.Find("201")!.Names.Single().Seed);
        Assert.Throws<FormatException>(() => CatalogSeed.Read(new StringReader("9\t外交支出\n")));
    }

    [Fact]
    public void NamesAreFoundAsPrintedAndAcrossEditionDrift()
    {
        var catalog = CatalogCodeResolverTests_Catalog();
        Assert.Equal("2080505", catalog.Named("机关事业单位基本养老保险缴费").Single().Code);
        Assert.Equal("2080505", catalog.Named("机关事业单位基本养老保险缴费支出").Single().Code);
        Assert.Equal("30213", catalog.Named("维修（护）费").Single().Code);
        Assert.Equal("30213", catalog.Named("维修护费").Single().Code);
        Assert.Empty(catalog.Named("不存在的科目"));
        Assert.Equal(new[] { "30205", "30206" }, catalog.Search("302").Select(e => e.Code).Where(c => c.Length == 5).Take(2));
        Assert.Equal("30205", catalog.Search("水费").Single().Code);
    }

    [Fact]
    public void TheShippedCatalogKnowsTheCommonCodes()
    {
        var catalog = CodeCatalog.Default;
        Assert.True(catalog.Count > 1000, $"the shipped catalog has {catalog.Count} codes");
        Assert.Contains(catalog.Find("2010101")!.Names, n => n.Name == "行政运行" && n.Count >= 5);
        Assert.Equal("30205", catalog.Named("水费").OrderByDescending(e => e.Count).First().Code);
    }

    [Fact]
    public void APrintedCodeWithAnotherCodesNameIsAWarningWithTheCatalogNamesAsEvidence()
    {
        var doc = Document("c.pdf", "丙单位", 2025, ("30205", "电费"), ("30213", "维修(护)费"), ("2080505", "机关事业单位基本养老保险缴费支出"));
        CheckRunner.Run(doc, CheckSettings.Default, CatalogCodeResolverTests_Catalog());
        var finding = Assert.Single(doc.Checks, f => f.Rule == CheckRules.CodeName);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("水费", finding.Expected);
        Assert.Equal("电费", finding.Actual);
        Assert.Contains("水费 (12 documents, 2025)", finding.CauseEvidence);
        Assert.Equal(2, doc.CheckTallies.Single(t => t.Rule == CheckRules.CodeName).Passed);
    }

    [Fact]
    public void ACodeTheCatalogNeverMetIsInformation()
    {
        var doc = Document("d.pdf", "丁单位", 2025, ("30205", "水费"), ("30298", "新设科目"));
        CheckRunner.Run(doc, CheckSettings.Default, CatalogCodeResolverTests_Catalog());
        var finding = Assert.Single(doc.Checks, f => f.Rule == CheckRules.UnknownCode);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("30298", finding.Actual);
        Assert.Contains("its parent 302", finding.Message);
    }

    static CodeCatalog CatalogCodeResolverTests_Catalog() => CatalogCodeResolverTests.CatalogOf(
        ("302", "商品和服务支出", 20), ("30205", "水费", 12), ("30206", "电费", 12), ("30213", "维修(护)费", 10), ("30299", "其他商品和服务支出", 10),
        ("2080505", "机关事业单位基本养老保险缴费", 9), ("2080505", "机关事业单位基本养老保险缴费支出", 30));

    sealed class NameComparer : IEqualityComparer<CatalogName>
    {
        public bool Equals(CatalogName? a, CatalogName? b) => a!.Name == b!.Name && a.Count == b.Count && a.Years.SequenceEqual(b.Years);
        public int GetHashCode(CatalogName n) => n.Name.GetHashCode();
    }
}
