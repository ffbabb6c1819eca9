using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>
/// The seed reports exactly the inconsistencies of DOMAIN.md section 8 plus the real ones its prose proves, and
/// nothing else. Built from the seed's lines in code (see <see cref="SeedDocument"/>).
/// </summary>
public class SeedFindingsTests
{
    /// <summary>(rule, severity, table index, start of the location) of every finding, in report order.</summary>
    public static readonly (string Rule, string Severity, int? Table, string Location)[] Expected =
    {
        // 目录 lists tables 1 and 4, the document has neither
        ("toc-vs-tables", "warning", null, "目录 entry 《收支预算总表》"),
        ("toc-vs-tables", "warning", null, "目录 entry 《财政拨款收支总表》"),
        // 单位公开表 8 and 9 say 2024年预算数 in a 2025 document
        ("header-year", "warning", 6, "table 6 (government-fund-expenditure, 单位公开表 8) header"),
        ("header-year", "warning", 7, "table 7 (state-capital-expenditure, 单位公开表 9) header"),
        // function 类 changes −131.46 + 0.72 + 0.29 + 0.37 = −130.08 against a stated −130.09: rounding
        ("prose-arithmetic", "info", null, "expenditure-explanation sentence (line 244)"),
        // 政府采购总额 0.8 万元 but goods 0 + works 0 + services 0
        ("prose-arithmetic", "error", null, "procurement sentence (line 274)"),
        // the glossary explains 政府办公厅（室）及相关机构事务 while the tables use 20141 数据事务
        ("glossary-codes", "warning", 1, "名词解释 entry (line 332)"),
        // 年度资金总额 118 ≠ 财政拨款 0 + 其他资金 0 + 上年结转 0; and 财政拨款 0 while all revenue is appropriation
        ("performance-funds", "error", 8, "table 8 (performance-targets, 单位公开表 10) project “12345”政务服务热线运维经费 年度资金总额"),
        ("performance-funds", "error", 8, "table 8 (performance-targets, 单位公开表 10) project “12345”政务服务热线运维经费 其中：财政拨款"),
    };

    [Fact]
    public void TheSeedReportsExactlyItsKnownInconsistencies()
    {
        var doc = SeedDocument.Build();
        CheckRunner.Run(doc);
        Assert.Empty(doc.Issues);
        var got = doc.Checks.Select(c => (c.Rule, Severity: c.Severity.Text(), c.TableIndex, c.Location)).ToList();
        Assert.Equal(Expected.Length, got.Count);
        for (var i = 0; i < got.Count; i++)
        {
            Assert.Equal((Expected[i].Rule, Expected[i].Severity, Expected[i].Table), (got[i].Rule, got[i].Severity, got[i].TableIndex));
            Assert.StartsWith(Expected[i].Location, got[i].Location);
        }
    }

    [Fact]
    public void EveryRuleIsTalliedAndTheTablesAddUp()
    {
        var doc = SeedDocument.Build();
        CheckRunner.Run(doc);
        Assert.Equal(CheckRunner.All.Select(c => c.Rule), doc.CheckTallies.Select(t => t.Rule));
        var tally = doc.CheckTallies.ToDictionary(t => t.Rule);
        Assert.Equal(0, tally["tree-sum"].Failed + tally["tree-sum"].Rounding);
        Assert.True(tally["tree-sum"].Passed > 50);
        Assert.Equal(0, tally["row-sum"].Failed + tally["row-sum"].Rounding);
        Assert.Equal(0, tally["cross-table-total"].Failed);
        Assert.Equal(0, tally["prose-vs-table"].Failed);
        Assert.True(tally["prose-vs-table"].Passed >= 30);
        Assert.Equal((3, 0), (tally["staffing"].Passed, tally["staffing"].Failed));
        Assert.Equal((1, 1), (tally["prose-arithmetic"].Failed, tally["prose-arithmetic"].Rounding));
    }

    [Fact]
    public void FindingsCarryEvidenceInAnalystsWords()
    {
        var doc = SeedDocument.Build();
        CheckRunner.Run(doc);
        var procurement = doc.Checks.Single(c => c.Rule == "prose-arithmetic" && c.Severity == Severity.Error);
        Assert.Equal(("0", "0.8"), (procurement.Expected, procurement.Actual));
        Assert.Contains("政府采购总额 0.8 万元", procurement.Message);
        Assert.Equal(274, procurement.Provenance!.Line);
        var glossary = doc.Checks.Single(c => c.Rule == "glossary-codes");
        Assert.Equal(("数据事务", "政府办公厅(室)及相关机构事务"), (glossary.Expected, glossary.Actual));
        var appropriation = doc.Checks.Last();
        Assert.Equal(("118", "0"), (appropriation.Expected, appropriation.Actual));
        Assert.Contains("259.10 万元", appropriation.Message);
    }
}
