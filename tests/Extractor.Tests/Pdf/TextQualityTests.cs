using Extractor.Sources.Pdf;

namespace Extractor.Tests.Pdf;

public class TextQualityTests
{
    [Fact]
    public void ReplacementCharactersMakeAPageUnreadable() =>
        Assert.NotNull(TextQuality.Measure(new[] { "一般\uFFFD\uFFFD公共\uE001\uE002预算\uFFFD" }).UnreadableReason(0.1));

    [Fact]
    public void LatinGarbageBetweenChinesePunctuationIsUnreadable() =>
        Assert.NotNull(TextQuality.Measure(new[] { "NOPQR67ST ５UV，jddklm、d5nop，`２UV。aOPQR67qI ９&rk、stuvwxy、z{|y" }).UnreadableReason(0.1));

    [Theory]
    [InlineData("\U001001B0", ".")]
    [InlineData("\U00100170", "·")]
    [InlineData("\U001001B1", "\U001001B1")]
    [InlineData("一", "一")]
    public void FounderPrivateUsePunctuationIsMappedBackAndNothingElse(string glyph, string expected) =>
        Assert.Equal(expected, PrivateUseGlyphs.Map(glyph));

    [Fact]
    public void OrdinaryChineseTextReads() =>
        Assert.Null(TextQuality.Measure(new[] { "2025年，上海市普陀区人民政府办公室收入预算9,101.68万元，其中：财政拨款收入9,101.68万元。" }).UnreadableReason(0.1));

    [Fact]
    public void LeaderDotsInAPrivateUseCodeCountOnce() =>
        Assert.Null(TextQuality.Measure(new[] { "2026年省级一般公共预算收支总表" + new string('\uE000', 30) + "54" }).UnreadableReason(0.1));
}
