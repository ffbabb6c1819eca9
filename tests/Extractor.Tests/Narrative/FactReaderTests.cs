using Extractor.Model;
using Extractor.Raw;
using Extractor.Recognition.Narrative;

namespace Extractor.Tests.Narrative;

/// <summary>Wordings the seed does not use but real 情况说明 do.</summary>
public class FactReaderTests
{
    static List<NarrativeFact> Read(string text, string section = "expenditure-explanation") =>
        FactReader.ReadParagraph(new ProseParagraph(new TextBlock { Text = text, Line = 7, Page = 2 },
            new NarrativeSection { Key = section, Title = "(二) 支出预算情况", Level = 3 }));

    [Fact]
    public void PercentOnlyChangeWith比上年增长()
    {
        var f = Assert.Single(Read("支出预算总额 1,202.95 万元，比上年增长 5.5%。"));
        Assert.Equal(1202.95m, f.Amount);
        Assert.Equal(5.5m, f.ChangePercent);
        Assert.Equal("increase", f.Direction);
        Assert.Null(f.Change);
        Assert.Equal(12_029_500m, f.Yuan);
    }

    [Fact]
    public void 持平IsAFlatChangeOfZero()
    {
        var f = Assert.Single(Read("基本支出 30 万元，与上年持平。"));
        Assert.Equal(0m, f.Change);
        Assert.Equal("flat", f.Direction);
        Assert.Equal(30m, f.PriorYear);
    }

    [Fact]
    public void 亿元AndFullWidthDigitsAreConvertedExactly()
    {
        var facts = Read("收入预算总额为１.２亿元，较上年减少０.０３亿元。");
        var f = Assert.Single(facts);
        Assert.Equal(1.2m, f.Amount);
        Assert.Equal("亿元", f.Unit);
        Assert.Equal(120_000_000m, f.Yuan);
        Assert.Equal(-0.03m, f.Change);
        Assert.Equal(1.23m, f.PriorYear);
    }

    [Fact]
    public void AmountsInsideAReasonAreNotFacts()
    {
        var facts = Read("项目支出 50 万元，较上年增加 10 万元，主要原因是人员经费增加 10 万元。");
        var f = Assert.Single(facts);
        Assert.Equal("project", f.Subject);
        Assert.Equal("人员经费增加 10 万元", f.Reason);
    }

    [Fact]
    public void ALabelThatNamesNoSubjectGivesNoFact() =>
        Assert.Empty(Read("未安排购置单位价值 200 万元以上大型设备。"));

    [Fact]
    public void FunctionClassesGetTheirCode()
    {
        var facts = Read("按支出功能科目划分：教育支出（类）300.5 万元；城乡社区支出 20 万元。");
        Assert.Equal(new[] { "205", "212" }, facts.Select(f => f.Code));
        Assert.All(facts, f => Assert.Equal("function-class", f.Subject));
    }

    [Fact]
    public void ASubjectPathIsASubjectFact()
    {
        var f = Assert.Single(Read("一般公共服务支出（类）数据事务（款）行政运行（项）107.98 万元，主要用于保障机构正常运转。"));
        Assert.Equal("subject", f.Subject);
        Assert.Equal(1_079_800m, f.Yuan);
    }

    [Fact]
    public void 元AmountsWithSeparators()
    {
        var f = Assert.Single(Read("机关运行经费 1,234,567.89 元，比上年下降 3.2%。", "operating-costs"));
        Assert.Equal(1_234_567.89m, f.Yuan);
        Assert.Equal(-3.2m, f.ChangePercent);
        Assert.Equal("decrease", f.Direction);
    }

    [Fact]
    public void AStatementNarrowedTo一般公共预算CarriesItsFunds()
    {
        var facts = Read("2026年一般公共预算财政拨款收入101,833.84万元，比上年减少7,885.67万元，其中：基本支出43,436.09万元，项目支出58,397.75万元。", "budget-explanation");
        Assert.Equal(new[] { "appropriation-revenue", "basic", "project" }, facts.Select(f => f.Subject));
        Assert.All(facts, f => Assert.Equal("general-budget", f.Funds));
        Assert.Equal("一般公共预算财政拨款收入", facts[0].Label);
    }

    [Fact]
    public void ASubjectsChangeIsNotItsAmount() =>
        Assert.Empty(Read("主要是基本支出增加4,372.14万元，项目支出减少91,057.43万元。", "other"));

    [Fact]
    public void FactsInTheAppropriationSectionAreAppropriations() =>
        Assert.Equal("appropriation", Assert.Single(Read("基本支出 141.10 万元。", "appropriation-explanation")).Funds);

    [Fact]
    public void TheTotalOfSomethingNarrowerIsNotABudgetTotal() =>
        Assert.Empty(Read("2026年本部门委托业务费财政拨款预算总额9,804.60万元。", "other"));

    [Fact]
    public void A项目支出OfSomethingNamedIsNotTheBudgets() =>
        Assert.Empty(Read("信访大厅运行603.84万元，主要包括：大厅保安和安检服务项目支出328.69万元。", "other"));

    [Fact]
    public void AParagraphOpeningWithNarrowedMoneyStaysAboutIt()
    {
        var facts = Read("2026年一般公共预算财政拨款收入101,833.84万元。其中：基本支出43,436.09万元。", "budget-explanation");
        Assert.Equal(new[] { "general-budget", "general-budget" }, facts.Select(f => f.Funds));
    }
}
