using Extractor.Model;
using Extractor.Normalization;
using Extractor.Recognition;
using Extractor.Sources.Text;
using Extractor.Tests.Support;

namespace Extractor.Tests.Recognition;

public class SeedRecognitionTests
{
    static readonly Lazy<RecognizedDocument> Seed = new(() => DocumentRecognizer.Recognize(new TextSourceReader().Read(RepoPaths.Seed, "text")));

    [Fact]
    public void MetadataOfTheSeed()
    {
        var m = Seed.Value.Metadata;
        Assert.Equal("景德镇市12345政务服务便民热线管理中心2025年单位预算", m.Title);
        Assert.Equal("景德镇市12345政务服务便民热线管理中心", m.UnitName);
        Assert.Equal("166003", m.UnitCode);
        Assert.Equal("景德镇市政务服务数据管理局", m.ParentDepartment);
        Assert.Equal("166", m.ParentCode);
        Assert.Equal(2025, m.FiscalYear);
        Assert.Equal(Phase.Budget, m.Phase);
        Assert.Equal(Scope.Unit, m.Scope);
    }

    [Fact]
    public void TableOfContentsListsTenTables()
    {
        var doc = Seed.Value;
        Assert.True(doc.HasTableOfContents);
        Assert.Equal(new TableKind?[]
        {
            TableKind.Summary, TableKind.Revenue, TableKind.Expenditure, TableKind.AppropriationSummary, TableKind.GeneralExpenditure,
            TableKind.GeneralBasicExpenditure, TableKind.ThreePublic, TableKind.GovernmentFundExpenditure,
            TableKind.StateCapitalExpenditure, TableKind.PerformanceTargets,
        }, doc.TableOfContents.Select(e => e.Kind));
        Assert.Equal("收支预算总表", doc.TableOfContents[0].Title);
        Assert.Equal(14, doc.TableOfContents[0].Line);
    }

    // number, title, kind, reporting unit code, header year, declared empty
    [Theory]
    [InlineData(0, "单位公开表 2", "单位收入汇总表", TableKind.Revenue, "166003", null, false)]
    [InlineData(1, "单位公开表 3", "单位支出汇总表", TableKind.Expenditure, "166003", null, false)]
    [InlineData(2, "单位公开表 5", "一般公共预算支出表", TableKind.GeneralExpenditure, "166003", 2025, false)]
    [InlineData(3, "单位公开表 6", "一般公共预算基本支出表", TableKind.GeneralBasicExpenditure, "166003", 2025, false)]
    [InlineData(4, "单位公开表 7", "财政拨款“三公”经费支出表", TableKind.ThreePublic, "166003", null, true)]
    [InlineData(5, "单位公开表 8", "政府性基金预算支出表", TableKind.GovernmentFundExpenditure, null, 2024, true)]
    [InlineData(6, "单位公开表 9", "国有资本经营预算支出表", TableKind.StateCapitalExpenditure, "166003", 2024, true)]
    [InlineData(7, "单位公开表 10", "项目绩效目标表", TableKind.PerformanceTargets, null, 2025, false)]
    public void EachSeedTableHasItsContext(int index, string number, string title, TableKind kind, string? code, int? year, bool empty)
    {
        var t = Seed.Value.Tables[index];
        Assert.Equal(number, t.Number);
        Assert.Equal(title, t.Title);
        Assert.Equal(kind, t.Kind);
        Assert.Equal(code, t.Caption.ReportingUnitCode);
        if (code != null) Assert.Equal("景德镇市12345政务服务便民热线管理中心", t.Caption.ReportingUnit);
        Assert.Equal(year, t.Caption.Year);
        Assert.Equal(empty, t.DeclaredEmpty);
        if (index < 7) Assert.Equal("万元", t.Caption.AmountUnit);
    }

    [Fact]
    public void SeedHasEightTables() => Assert.Equal(8, Seed.Value.Tables.Count);

    [Fact]
    public void EmptyTablesCarryTheirNote()
    {
        var t = Seed.Value.Tables[4];
        Assert.Equal("注：若为空表，则为该部门（单位）无“三公”经费支出", t.Caption.Note);
        Assert.Equal("注：若为空表，则为该部门（单位）无政府性基金收支", Seed.Value.Tables[5].Caption.Note);
    }

    [Fact]
    public void PerformanceTableTitleCellsAreCaptionRows()
    {
        var t = Seed.Value.Tables[7];
        Assert.Equal(2, t.CaptionRowCount);
        Assert.Equal(KindSource.Title, t.RecognisedBy);
    }

    [Fact]
    public void HeaderYearTextIsTheHeaderCell()
    {
        Assert.Equal("2024年预算数", Seed.Value.Tables[5].Caption.YearText);
        Assert.Equal("2025年预算数", Seed.Value.Tables[2].Caption.YearText);
    }

    [Fact]
    public void CaptionLinesAreNotNarrative()
    {
        var narrative = Seed.Value.NarrativeBlocks.Select(b => b.Text).ToList();
        Assert.DoesNotContain("单位公开表 2", narrative);
        Assert.DoesNotContain("单位收入汇总表", narrative);
        Assert.DoesNotContain("单位：万元", narrative);
        Assert.DoesNotContain(narrative, t => t.StartsWith("注：若为空表"));
        Assert.DoesNotContain(narrative, t => t.Contains("[166003]"));
        Assert.Contains("一、单位主要职责", narrative);
        Assert.Contains(narrative, t => t.StartsWith("2025 年本单位没有使用政府性基金预算拨款安排的支出"));
        // In reading order.
        var lines = Seed.Value.NarrativeBlocks.Select(b => b.Line!.Value).ToList();
        Assert.Equal(lines.OrderBy(l => l), lines);
    }

    [Fact]
    public void CompletenessOfTheSeed()
    {
        var recognized = Seed.Value;
        var c = DocumentNormalizer.Normalize(recognized, Extractor.Catalog.CodeCatalog.Default).Completeness;

        Assert.True(c.HasTableOfContents);
        Assert.Equal(10, c.Expected.Count);
        Assert.Equal(new[] { TableKind.Summary, TableKind.AppropriationSummary }, c.Missing.Select(m => m.Kind));
        Assert.Equal(new[] { "收支预算总表", "财政拨款收支总表" }, c.Missing.Select(m => m.Title));
        Assert.Equal(new[] { TableKind.ThreePublic, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalExpenditure },
            c.DeclaredEmpty.Select(d => d.Kind));
        Assert.Equal(new int?[] { 5, 6, 7 }, c.DeclaredEmpty.Select(d => d.TableIndex));
        Assert.All(c.DeclaredEmpty, d => Assert.StartsWith("注：若为空表", d.Note));
        Assert.Equal(new[] { TableKind.Revenue, TableKind.Expenditure, TableKind.GeneralExpenditure, TableKind.GeneralBasicExpenditure, TableKind.PerformanceTargets },
            c.Present);
    }

    [Fact]
    public void WithoutTableOfContentsTheStandardSetIsExpected()
    {
        var meta = new DocumentMetadata { Phase = Phase.Final, Scope = Scope.Department };
        var set = CompletenessAssessor.StandardSet(meta);
        Assert.Equal(9, set.Count);
        Assert.Equal("收入支出决算总表", set[0].Title);
        Assert.Empty(CompletenessAssessor.StandardSet(new DocumentMetadata { Scope = Scope.Government }));
    }
}
