using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>prose-vs-table, prose-arithmetic, staffing, header-year, toc-vs-tables, glossary-codes and performance-funds, built to fail.</summary>
public class NarrativeCheckTests
{
    static List<CheckFinding> Findings(BudgetDocument doc, string rule)
    {
        CheckRunner.Run(doc);
        return doc.Checks.Where(c => c.Rule == rule).ToList();
    }

    static NarrativeFact Fact(BudgetDocument doc, string subject, string? section = null) =>
        doc.Narrative.Facts.First(f => f.Subject == subject && (section is null || f.Section == section));

    static void Restate(NarrativeFact fact, decimal amount)
    {
        fact.Amount = amount;
        fact.Yuan = amount * 10_000m;
    }

    [Fact]
    public void ATotalThatDisagreesWithTheRevenueTableIsAProseFinding()
    {
        var doc = SeedDocument.Build();
        Restate(Fact(doc, "revenue-total"), 259.20m);
        var f = Assert.Single(Findings(doc, "prose-vs-table"));
        Assert.Equal((Severity.Error, "259.10", "259.20"), (f.Severity, f.Expected, f.Actual));
        Assert.Contains("against table 1 (revenue, 单位公开表 2) 收入合计", f.Location);
        Assert.Contains("the text states 收入预算总额 259.20 万元", f.Message);
    }

    [Fact]
    public void AFunctionClassIsComparedWithItsCodedRow()
    {
        var doc = SeedDocument.Build();
        Restate(Fact(doc, "function-class", "appropriation-explanation"), 220m);
        var f = Assert.Single(Findings(doc, "prose-vs-table"));
        Assert.Contains("against table 3 (general-expenditure, 单位公开表 5) code 201", f.Location);
    }

    [Fact]
    public void ProseRoundedToWholeUnitsIsRoundingNotError()
    {
        var doc = SeedDocument.Build();
        Restate(Fact(doc, "basic"), 141m); // printed "141 万元" for 141.10
        var f = Assert.Single(Findings(doc, "prose-vs-table"));
        Assert.Equal(Severity.Info, f.Severity);
    }

    [Fact]
    public void OperatingCostsAreComparedWithTheBasicTablePublicSpending()
    {
        var doc = SeedDocument.Build();
        Restate(Fact(doc, "operating-costs"), 10m);
        var f = Assert.Single(Findings(doc, "prose-vs-table"));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("公用经费合计", f.Location);
    }

    [Fact]
    public void NonZeroThreePublicAgainstAnEmptyTableIsAFinding()
    {
        var doc = SeedDocument.Build();
        Restate(Fact(doc, "reception"), 1.5m);
        var f = Findings(doc, "prose-vs-table");
        Assert.Contains(f, c => c.Location.Contains("three-public") && c.Location.Contains("table empty") && c.Actual == "1.5");
        Assert.Contains(Findings(doc, "prose-arithmetic"), c => c.Location.StartsWith("three-public-explanation"));
    }

    [Fact]
    public void BasicPlusProjectMustMakeTheStatedTotal()
    {
        var doc = SeedDocument.Build();
        var project = Fact(doc, "project", "expenditure-explanation");
        Restate(project, 120m);
        var f = Findings(doc, "prose-arithmetic");
        Assert.Contains(f, c => c.Message.Contains("基本支出 + 项目支出") && c.Expected == "261.10" && c.Severity == Severity.Error);
    }

    [Fact]
    public void APercentThatDoesNotFollowFromTheChangeIsAFinding()
    {
        var doc = SeedDocument.Build();
        Fact(doc, "operating-costs").ChangePercent = -15m;
        var f = Assert.Single(Findings(doc, "prose-arithmetic"), c => c.Location.Contains("percentage"));
        Assert.Equal(("-11.20", "-15"), (f.Expected, f.Actual));
    }

    [Fact]
    public void StaffingArithmeticFailsWhenCategoriesDoNotAddUp()
    {
        var doc = SeedDocument.Build();
        doc.Narrative.Staffing!.AuthorizedByCategory["fully-funded"] = 2;
        doc.Narrative.Staffing.Retired = 3;
        var f = Findings(doc, "staffing");
        Assert.Equal(2, f.Count);
        Assert.Contains(f, c => c.Message == "编制人数 is stated as 8 but the sum of its categories is 10");
        Assert.Contains(f, c => c.Message == "实有人数 is stated as 8 but 在职 + 离休 + 退休 is 10");
    }

    [Fact]
    public void HeaderYearPassesWhenTheHeaderAlsoNamesTheFiscalYear()
    {
        var doc = TableText.Document(new BudgetTable { Index = 1, Kind = TableKind.Expenditure, HeaderYear = 2024, HeaderYearText = "2024年执行数 2025年预算数" });
        Assert.Empty(Findings(doc, "header-year"));
        var wrong = TableText.Document(new BudgetTable { Index = 1, Kind = TableKind.Expenditure, HeaderYear = 2023, HeaderYearText = "2023年预算数" });
        Assert.Single(Findings(wrong, "header-year"));
    }

    [Fact]
    public void TocVsTablesPassesWhenNothingIsMissing()
    {
        var doc = TableText.Document();
        doc.Completeness.HasTableOfContents = true;
        doc.Completeness.Expected.Add(new ExpectedTable(TableKind.Revenue, "收入总表"));
        Assert.Empty(Findings(doc, "toc-vs-tables"));
        Assert.Equal(1, doc.CheckTallies.Single(t => t.Rule == "toc-vs-tables").Passed);
    }

    [Fact]
    public void GlossaryMatchingTheTablesPasses()
    {
        var doc = SeedDocument.Build();
        foreach (var g in doc.Narrative.Glossary.Where(g => g.SectionName == "政府办公厅(室)及相关机构事务")) g.SectionName = "数据事务";
        Assert.Empty(Findings(doc, "glossary-codes"));
        Assert.Equal(8, doc.CheckTallies.Single(t => t.Rule == "glossary-codes").Passed);
    }

    [Fact]
    public void PerformanceFundsThatAddUpAndAreAppropriationPass()
    {
        var doc = SeedDocument.Build();
        doc.PerformanceTargets[0].FundsAppropriation = 118m;
        Assert.Empty(Findings(doc, "performance-funds"));
    }

    [Fact]
    public void ProjectsHoldingMoreThan项目支出AreAFinding()
    {
        var doc = SeedDocument.Build();
        doc.PerformanceTargets[0].FundsTotal = 150m;
        doc.PerformanceTargets[0].FundsAppropriation = 150m;
        var f = Assert.Single(Findings(doc, "performance-funds"));
        Assert.Contains("项目支出 is 118.00 万元", f.Message);
    }

    [Fact]
    public void ABrokenCheckIsReportedAndTheOthersStillRun()
    {
        var doc = SeedDocument.Build();
        doc.Narrative.Facts.Add(new NarrativeFact { Subject = "project-budget", Amount = 1, Unit = "万元", Yuan = 10_000m, Provenance = new Provenance { Line = 1 } });
        doc.PerformanceTargets.Clear();
        CheckRunner.Run(doc);
        Assert.Empty(doc.Issues);
        Assert.Contains(doc.Checks, c => c.Rule == "toc-vs-tables");
    }

    [Fact]
    public void AGlossaryThatAlsoExplainsThePrinted款OnlyExplainsAnUnusedSubject()
    {
        var doc = SeedDocument.Build();
        doc.Narrative.Glossary.Add(new GlossaryEntry
        {
            Term = "一般公共服务支出（类）数据事务（款）行政运行（项）", ClassName = "一般公共服务支出", SectionName = "数据事务", ItemName = "行政运行",
        });
        Assert.Empty(Findings(doc, "glossary-codes"));
    }

    [Fact]
    public void ClassesAreFoundByNameInTablesWithoutCodes()
    {
        var doc = SeedDocument.Build();
        var expenditure = doc.Tables.Single(t => t.Kind == TableKind.Expenditure);
        foreach (var row in expenditure.Rows) { row.Code = null; row.ParentCode = null; row.Level = row.IsTotal ? 0 : null; }
        Assert.Empty(Findings(doc, "prose-vs-table"));
        Restate(Fact(doc, "function-class", "expenditure-explanation"), 200m);
        var f = Assert.Single(Findings(SeedWith(doc), "prose-vs-table"));
        Assert.Contains("类 一般公共服务支出", f.Location);
    }

    static BudgetDocument SeedWith(BudgetDocument doc)
    {
        doc.Checks.Clear();
        doc.CheckTallies.Clear();
        return doc;
    }

    [Fact]
    public void OperatingCostsAreNotComparedForADepartment()
    {
        var doc = SeedDocument.Build();
        doc.Metadata.Scope = Scope.Department; // a department's 公用经费 includes its 事业单位, its 机关运行经费 does not
        Restate(Fact(doc, "operating-costs"), 10m);
        Assert.Empty(Findings(doc, "prose-vs-table"));
    }

    [Fact]
    public void A目录EntryOfNoKnownKindIsNotReportedMissing()
    {
        var doc = TableText.Document();
        doc.Completeness.HasTableOfContents = true;
        doc.Completeness.Expected.Add(new ExpectedTable(TableKind.Other, "单位预算表"));
        doc.Completeness.Missing.Add(new ExpectedTable(TableKind.Other, "单位预算表"));
        Assert.Empty(Findings(doc, "toc-vs-tables"));
    }

    [Fact]
    public void ThreePublicPartsAreAddedOnlyWhenEveryPartIsStated()
    {
        var doc = SeedDocument.Build();
        doc.Narrative.Facts.RemoveAll(f => f.Subject == "outbound");
        Restate(Fact(doc, "three-public"), 5m);
        Assert.DoesNotContain(Findings(doc, "prose-arithmetic"), c => c.Location.StartsWith("three-public-explanation"));
    }
}
