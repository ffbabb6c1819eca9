using Extractor.Recognition;

namespace Extractor.Tests.Recognition;

public class TableOfContentsEntryTests
{
    [Theory]
    [InlineData("一、部门收支总表……………………12")]
    [InlineData("一、部门收支总表……………………１２")]
    [InlineData("一、部门收支总表……………………١٢")]
    public void ALeaderAndPageNumberInAnyDigitsIsCutFromTheTitle(string line)
    {
        var entry = TableOfContentsReader.Entry(line);
        Assert.NotNull(entry);
        Assert.Equal("部门收支总表", entry!.Title);
    }
}
