using Extractor.Model;
using Extractor.Raw;
using Extractor.Recognition;
using Extractor.Tests.Support;

namespace Extractor.Tests.Recognition;

/// <summary>
/// Continuation in a government's document, settled once its rows can be read (TableContextReader.SettleGovernmentParts):
/// an untitled part whose rows name another revenue or spending kind is a table of its own; an untitled table that is
/// no part (another width) straight after a government table takes its kind as its next part, unjoined.
/// </summary>
public class GovernmentContinuationTests
{
    static RawTable Table(int page, params string[][] rows) => RawDocs.Table(page, rows);

    static readonly string[] Header = { "项目", "预算数", "执行数" };

    static RecognizedDocument Recognize(params RawBlock[] blocks) => DocumentRecognizer.Recognize(RawDocs.Of(blocks));

    static RecognizedDocument Report(RawTable second, RawTable? third = null)
    {
        var blocks = new List<RawBlock>
        {
            new TextBlock { Text = "关于某某市2024年预算执行情况和2025年预算草案的报告", Page = 1 },
            Table(2, Header, new[] { "税收收入", "100", "90" }, new[] { "增值税", "40", "35" }, new[] { "企业所得税", "20", "18" }),
            second,
        };
        if (third != null) blocks.Add(third);
        return Recognize(blocks.ToArray());
    }

    [Fact]
    public void AnUntitledPartWhoseRowsNameSpendingAfterRevenueIsATableOfItsOwn()
    {
        var doc = Report(Table(3, Header, new[] { "一般公共服务支出", "30", "28" }, new[] { "教育支出", "50", "45" }, new[] { "公共安全支出", "10", "9" }));
        Assert.Equal(Scope.Government, doc.Metadata.Scope);
        Assert.Equal((TableKind.GovernmentGeneralRevenue, (KindSource?)KindSource.GovernmentRows), (doc.Tables[0].Kind, doc.Tables[0].RecognisedBy));
        var own = doc.Tables[1];
        Assert.Null(own.ContinuationOf);
        Assert.Equal((TableKind.GovernmentGeneralExpenditure, (KindSource?)KindSource.GovernmentRows), (own.Kind, own.RecognisedBy));
    }

    [Fact]
    public void AnUntitledPartWhoseRowsNameNothingElseContinuesWithTheFirstPartsKind()
    {
        var doc = Report(Table(3, Header, new[] { "契税", "5", "4" }, new[] { "其他收入", "1", "1" }));
        var part = doc.Tables[1];
        Assert.Equal(0, part.ContinuationOf);
        Assert.Equal((TableKind.GovernmentGeneralRevenue, (KindSource?)KindSource.Continuation), (part.Kind, part.RecognisedBy));
    }

    [Fact]
    public void AnUntitledTableOfAnotherWidthStraightAfterFollowsUnjoined()
    {
        var wide = new[] { "项目", "预算数", "调整预算数", "执行数", "为预算%" };
        var doc = Report(Table(3, wide, new[] { "其他收入", "1", "1", "1", "100" }, new[] { "合计", "2", "2", "2", "100" }));
        var next = doc.Tables[1];
        Assert.Null(next.ContinuationOf);
        Assert.Equal((TableKind.GovernmentGeneralRevenue, (KindSource?)KindSource.GovernmentFollows), (next.Kind, next.RecognisedBy));
    }
}
