using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>财政拨款 spending by 类 told for the whole year (carry-over included) agrees with the 财政拨款收支总表.</summary>
public class AppropriationClassProseTests
{
    static BudgetDocument Document(decimal stated)
    {
        var general = TableText.Build(1, TableKind.GeneralExpenditure, "合计:total", @"
            | 合计 | 13144.37
            201 | 一般公共服务支出 | 13144.37");
        var summary = TableText.Build(2, TableKind.AppropriationSummary, "金额:total", @"
            201 | 一般公共服务支出 | 15291.30");
        foreach (var row in summary.Rows) { row.Side = Side.Expenditure; foreach (var a in row.Amounts) a.Side = Side.Expenditure; }
        var doc = TableText.Document(general, summary);
        doc.Narrative.Facts.Add(new NarrativeFact
        {
            Subject = "function-class", Code = "201", Label = "一般公共服务支出", Section = "appropriation-explanation",
            Funds = "general-budget", Amount = stated, Unit = "万元", Yuan = stated * 10_000m, Sentence = "支出包括：一般公共服务支出…",
        });
        return doc;
    }

    [Fact]
    public void AClassStatedAsTheSummaryPrintsItPasses()
    {
        var doc = Document(15291.3m);
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.ProseVsTable);
    }

    [Fact]
    public void AClassMatchingNeitherTableIsStillAFinding()
    {
        var doc = Document(15000m);
        CheckRunner.Run(doc);
        Assert.Single(doc.Checks, f => f.Rule == CheckRules.ProseVsTable && f.Severity == Severity.Error);
    }
}
