using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

/// <summary>支出预算合计 = 基本 + 项目 only when those are all the parts the text lists.</summary>
public class ListedPartsProseTests
{
    static BudgetDocument Document(string basicShare, string projectShare, decimal project)
    {
        var doc = TableText.Document();
        NarrativeFact Fact(string subject, decimal amount, string sentence) => new()
        {
            Subject = subject, Section = "expenditure-explanation", Amount = amount, Unit = "万元", Yuan = amount * 10_000m, Sentence = sentence,
        };
        doc.Narrative.Facts.Add(Fact("expenditure-total", 24169.74m, "本年支出预算合计24,169.74万元，其中："));
        doc.Narrative.Facts.Add(Fact("basic", 15844.04m, $"基本支出15,844.04万元，占{basicShare}%；"));
        doc.Narrative.Facts.Add(Fact("project", project, $"项目支出{project}万元，占{projectShare}%；"));
        // what recognition reads from each sentence (占 x%, another unit's budget)
        foreach (var f in doc.Narrative.Facts) Extractor.Recognition.Narrative.FactReader.ReadSentence(f);
        return doc;
    }

    [Fact]
    public void SharesShortOf100MeanAnotherPartIsListed()
    {
        var doc = Document("65.56", "17.94", 4335.3m); // 单位预留机动经费 16.5% is the third part
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.ProseArithmetic && f.Message.Contains("基本支出 + 项目支出"));
    }

    [Fact]
    public void SharesOf100StillHaveToAddUp()
    {
        var doc = Document("65.56", "34.44", 4335.3m);
        CheckRunner.Run(doc);
        Assert.Contains(doc.Checks, f => f.Rule == CheckRules.ProseArithmetic && f.Message.Contains("基本支出 + 项目支出"));
    }
}
