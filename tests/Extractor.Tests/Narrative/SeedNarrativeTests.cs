using Extractor.Model;
using Extractor.Recognition.Narrative;

namespace Extractor.Tests.Narrative;

/// <summary>The seed's prose, read by hand: every section, staffing count and fact value.</summary>
public class SeedNarrativeTests
{
    static readonly Model.Narrative Seed = NarrativeExtractor.Extract(SeedText.Recognized());

    [Fact]
    public void SectionsCarryCanonicalKeysLevelsAndLines()
    {
        var got = Seed.Sections.Select(s => (s.Key, s.Level, s.Provenance.Line)).ToList();
        var expected = new List<(string, int, int?)>
        {
            ("other", 1, 33), ("duties", 2, 35), ("organisation", 2, 41),
            ("budget-explanation", 1, 234), ("budget-explanation", 2, 236), ("revenue-explanation", 3, 238),
            ("expenditure-explanation", 3, 242), ("appropriation-explanation", 3, 252), ("government-fund-explanation", 3, 260),
            ("state-capital-explanation", 3, 264), ("operating-costs", 3, 268), ("procurement", 3, 272), ("assets", 3, 276),
            ("project-explanation", 3, 282), ("three-public-explanation", 2, 296),
            ("glossary", 1, 308), ("glossary", 2, 310), ("glossary", 2, 330), ("glossary", 2, 348),
        };
        Assert.Equal(expected, got);
    }

    [Fact]
    public void TheTableOfContentsIsNotASection()
    {
        Assert.DoesNotContain(Seed.Sections, s => s.Provenance.Line < 33);
        Assert.DoesNotContain(Seed.Sections, s => s.Title.Contains("目 录") || s.Title.Contains("目录"));
    }

    [Fact]
    public void DutiesSectionHoldsBothParagraphs()
    {
        var duties = Seed.Sections.Single(s => s.Key == "duties");
        Assert.Equal("一、单位主要职责", duties.Title);
        Assert.StartsWith("定期通报热线运行情况", duties.Text);
        Assert.EndsWith("更新政务服务热线知识库信息。", duties.Text);
    }

    [Fact]
    public void ParentSectionTextIncludesItsSubSections()
    {
        var explanation = Seed.Sections.First(s => s.Key == "budget-explanation" && s.Level == 2);
        Assert.Contains("(七) 政府采购情况", explanation.Text);
        Assert.Contains("年度预算安排：118 万", explanation.Text);
        Assert.DoesNotContain("三公", explanation.Text.Split('\n')[0]);
    }

    [Fact]
    public void StaffingIsReadAsNumbers()
    {
        var s = Seed.Staffing!;
        Assert.Equal(0, s.InternalSections);
        Assert.Equal(8, s.Authorized);
        Assert.Equal(new Dictionary<string, int> { ["administrative"] = 0, ["civil-servant-managed"] = 8, ["fully-funded"] = 0, ["partly-funded"] = 0 },
            s.AuthorizedByCategory);
        Assert.False(s.AuthorizedByCategory.ContainsKey("self-funded")); // not printed: blank, not zero
        Assert.Equal(8, s.Actual);
        Assert.Equal(7, s.InService);
        Assert.Equal(new Dictionary<string, int> { ["administrative"] = 0, ["civil-servant-managed"] = 7, ["fully-funded"] = 0, ["partly-funded"] = 0 },
            s.InServiceByCategory);
        Assert.Equal(0, s.RetiredCadres);
        Assert.Equal(1, s.Retired);
        Assert.Equal(45, s.Provenance.Line);
        Assert.StartsWith("编制人数共计 8 人", s.Sentence);
    }

    /// <summary>(section, subject, label, code, amount, unit, change, direction, prior year, line) for every fact, in order.</summary>
    public static readonly (string Section, string Subject, string Label, string? Code, decimal Amount, string Unit, decimal? Change, string? Direction, decimal? Prior, int Line)[] ExpectedFacts =
    {
        ("revenue-explanation", "revenue-total", "收入预算总额", null, 259.10m, "万元", -130.09m, "decrease", 389.19m, 240),
        ("revenue-explanation", "appropriation-revenue", "财政拨款收入", null, 259.10m, "万元", -130.09m, "decrease", 389.19m, 240),
        ("expenditure-explanation", "expenditure-total", "支出预算总额", null, 259.10m, "万元", -130.09m, "decrease", 389.19m, 244),
        ("expenditure-explanation", "basic", "基本支出", null, 141.10m, "万元", -22.09m, "decrease", 163.19m, 246),
        ("expenditure-explanation", "economic-class", "工资福利支出", "301", 128.30m, "万元", null, null, null, 246),
        ("expenditure-explanation", "economic-class", "商品和服务支出", "302", 12.68m, "万元", null, null, null, 246),
        ("expenditure-explanation", "economic-class", "对个人和家庭的补助", "303", 0.12m, "万元", null, null, null, 246),
        ("expenditure-explanation", "project", "项目支出", null, 118m, "万元", -108m, "decrease", 226m, 246),
        ("expenditure-explanation", "function-class", "一般公共服务支出", "201", 225.98m, "万元", -131.46m, "decrease", 357.44m, 248),
        ("expenditure-explanation", "function-class", "社会保障和就业支出", "208", 16.65m, "万元", 0.72m, "increase", 15.93m, 248),
        ("expenditure-explanation", "function-class", "卫生健康支出", "210", 6.73m, "万元", 0.29m, "increase", 6.44m, 248),
        ("expenditure-explanation", "function-class", "住房保障支出", "221", 9.74m, "万元", 0.37m, "increase", 9.37m, 248),
        ("expenditure-explanation", "economic-class", "工资福利支出", "301", 128.30m, "万元", -20.49m, "decrease", 148.79m, 250),
        ("expenditure-explanation", "economic-class", "商品和服务支出", "302", 12.68m, "万元", -0.1m, "decrease", 12.78m, 250),
        ("expenditure-explanation", "economic-class", "对个人和家庭的补助", "303", 0.12m, "万元", 0m, "flat", 0.12m, 250),
        ("expenditure-explanation", "economic-class", "资本性支出", "310", 0m, "万元", -1.5m, "decrease", 1.5m, 250),
        ("appropriation-explanation", "appropriation-total", "财政拨款支出预算总额", null, 259.10m, "万元", -130.09m, "decrease", 389.19m, 254),
        ("appropriation-explanation", "function-class", "一般公共服务支出", "201", 225.98m, "万元", null, null, null, 256),
        ("appropriation-explanation", "function-class", "社会保障和就业支出", "208", 16.65m, "万元", null, null, null, 256),
        ("appropriation-explanation", "function-class", "卫生健康支出", "210", 6.73m, "万元", null, null, null, 256),
        ("appropriation-explanation", "function-class", "住房保障支出", "221", 9.74m, "万元", null, null, null, 256),
        ("appropriation-explanation", "basic", "基本支出", null, 141.10m, "万元", -22.09m, "decrease", 163.19m, 258),
        ("appropriation-explanation", "economic-class", "工资福利支出", "301", 128.30m, "万元", null, null, null, 258),
        ("appropriation-explanation", "economic-class", "商品和服务支出", "302", 12.68m, "万元", null, null, null, 258),
        ("appropriation-explanation", "economic-class", "对个人和家庭的补助", "303", 0.12m, "万元", null, null, null, 258),
        ("appropriation-explanation", "project", "项目支出", null, 118m, "万元", -108m, "decrease", 226m, 258),
        ("operating-costs", "operating-costs", "机关运行费预算", null, 12.68m, "万元", -1.6m, "decrease", 14.28m, 270),
        ("procurement", "procurement", "政府采购总额", null, 0.8m, "万元", null, null, null, 274),
        ("procurement", "procurement-goods", "政府采购货物预算", null, 0m, "万元", null, null, null, 274),
        ("procurement", "procurement-works", "政府采购工程预算", null, 0m, "万元", null, null, null, 274),
        ("procurement", "procurement-services", "政府采购服务预算", null, 0m, "万元", null, null, null, 274),
        ("assets", "vehicle-count", "车辆", null, 0m, "辆", null, null, null, 278),
        ("assets", "vehicle-count-general", "一般业务用车实有数", null, 0m, "辆", null, null, null, 278),
        ("assets", "vehicle-count-special", "特殊业务用车实有数", null, 0m, "辆", null, null, null, 278),
        ("assets", "vehicle-count-law-enforcement", "执法执勤用车实有数", null, 0m, "辆", null, null, null, 278),
        ("assets", "vehicles-to-purchase", "购置车辆", null, 0m, "辆", null, null, null, 280),
        ("project-explanation", "project-budget", "年度预算安排", null, 118m, "万", null, null, null, 294),
        ("three-public-explanation", "three-public", "“三公”经费财政拨款安排", null, 0m, "万元", null, null, null, 298),
        ("three-public-explanation", "outbound", "因公出国（境）费用", null, 0m, "万元", 0m, "flat", 0m, 300),
        ("three-public-explanation", "reception", "公务接待", null, 0m, "万元", 0m, "flat", 0m, 302),
        ("three-public-explanation", "vehicle-operation", "公务用车运行", null, 0m, "万元", 0m, "flat", 0m, 304),
        ("three-public-explanation", "vehicle-purchase", "公务用车购置", null, 0m, "万元", 0m, "flat", 0m, 306),
    };

    [Fact]
    public void EveryAmountFactOfTheSeedIsReadWithItsChange()
    {
        var got = Seed.Facts.Select(f => (f.Section!, f.Subject, f.Label!, f.Code, f.Amount!.Value, f.Unit!, f.Change, f.Direction, f.PriorYear, f.Provenance.Line!.Value)).ToList();
        Assert.Equal(ExpectedFacts.Length, got.Count);
        for (var i = 0; i < got.Count; i++) Assert.Equal(ExpectedFacts[i], got[i]);
    }

    [Fact]
    public void AmountsAreConvertedToYuanExactly()
    {
        Assert.Equal(2_591_000m, Seed.Facts.First(f => f.Subject == "revenue-total").Yuan);
        Assert.Equal(8_000m, Seed.Facts.Single(f => f.Subject == "procurement").Yuan);
        Assert.Equal(1_180_000m, Seed.Facts.Single(f => f.Subject == "project-budget").Yuan);
        Assert.Null(Seed.Facts.First(f => f.Unit == "辆").Yuan);
    }

    [Fact]
    public void OperatingCostsCarryPercentAndReason()
    {
        var f = Seed.Facts.Single(f => f.Subject == "operating-costs");
        Assert.Equal(-11.20m, f.ChangePercent);
        Assert.Equal("减少了资本性支出", f.Reason);
        Assert.StartsWith("2025 年单位机关运行费预算 12.68 万元", f.Sentence);
    }

    [Fact]
    public void ThreePublicPartsCarryTheirStatedReason()
    {
        Assert.All(Seed.Facts.Where(f => f.Section == "three-public-explanation" && f.Subject != "three-public"),
            f => Assert.Equal("与上年安排保持一致", f.Reason));
    }

    [Fact]
    public void TheProjectDescriptionIsAStructuredRecord()
    {
        var p = Assert.Single(Seed.Projects);
        Assert.Equal("“12345”政务服务热线运维经费", p.Name);
        Assert.StartsWith("根据省、市统一布署", p.Overview);
        Assert.Equal("景府办字[2020]47 号", p.Basis);
        Assert.Equal("市 12345 政务服务便民热线管理中心", p.Implementer);
        Assert.Equal("热线系统软硬件运维费及通信服务费等。", p.Plan);
        Assert.Equal("2025 年 1 月-12 月", p.Period);
        Assert.Equal(118m, p.Budget);
        Assert.Equal(1_180_000m, p.BudgetYuan);
        Assert.Equal(284, p.Provenance.Line);
    }

    [Fact]
    public void GlossarySubjectEntriesKeepTheir类款项Names()
    {
        Assert.Equal(19, Seed.Glossary.Count); // 9 收入科目, 8 支出科目, 2 专业名词
        var first = Seed.Glossary.Single(g => g.Provenance.Line == 332);
        Assert.Equal("一般公共服务支出", first.ClassName);
        Assert.Equal("政府办公厅(室)及相关机构事务", first.SectionName);
        Assert.Equal("行政运行", first.ItemName);
        Assert.Equal(8, Seed.Glossary.Count(g => g.ItemName is not null));
        Assert.Equal("财政拨款", Seed.Glossary[0].Term);
    }
}

public class TableOfContentsWithoutItsHeadingTests
{
    [Fact]
    public void A目录WhoseHeadingWasRemovedIsStillSkipped()
    {
        var recognized = SeedText.Recognized();
        recognized.NarrativeBlocks.RemoveAll(b => b.Text == "目 录");
        var n = NarrativeExtractor.Extract(recognized);
        Assert.Equal(33, n.Sections[0].Provenance.Line);
        Assert.Equal(19, n.Sections.Count);
    }
}
