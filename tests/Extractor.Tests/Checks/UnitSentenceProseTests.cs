using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>A department's prose may give each unit's budget: those amounts are not the department's totals.</summary>
public class UnitSentenceProseTests
{
    static BudgetDocument Document(string sentence)
    {
        var table = TableText.Build(1, TableKind.Expenditure, "合计:total 基本支出:basic 项目支出:project", @"
            | 合计 | 900.00 | 100.00 | 800.00");
        var doc = TableText.Document(table);
        doc.Metadata.UnitName = "深圳市水务局";
        doc.Metadata.Scope = Scope.Department;
        doc.Narrative.Facts.Add(new NarrativeFact
        {
            Subject = "project", Section = "other", Amount = 2150.38m, Unit = "万元", Yuan = 21_503_800m, Sentence = sentence,
        });
        // what recognition reads from each sentence (占 x%, another unit's budget)
        foreach (var f in doc.Narrative.Facts) Extractor.Recognition.Narrative.FactReader.ReadSentence(f);
        return doc;
    }

    [Theory]
    [InlineData("深圳市水务工程质量安全监督站预算3,687.57万元，包括在职人员经费1,142.90万元、项目支出2,150.38万元。")]
    [InlineData("深圳市水务局（本级）预算3,687.57万元，包括项目支出2,150.38万元。")]
    [InlineData("深圳市深圳河湾流域管理中心（深圳市治理深圳河办公室）预算237,632.33万元，包括项目支出2,150.38万元。")]
    public void AnotherUnitsBudgetIsNotComparedWithTheDepartmentsTables(string sentence)
    {
        var doc = Document(sentence);
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.ProseVsTable);
    }

    [Fact]
    public void TheDocumentsOwnUnitIsCompared()
    {
        var doc = Document("深圳市水务局预算3,687.57万元，包括项目支出2,150.38万元。");
        CheckRunner.Run(doc);
        Assert.Single(doc.Checks, f => f.Rule == CheckRules.ProseVsTable && f.Severity == Severity.Error);
    }
}
