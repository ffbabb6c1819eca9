using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests;

public class FormatSnifferTests
{
    [Fact]
    public void EmptyFileIsRejectedWithReason()
    {
        var path = Path.GetTempFileName();
        try
        {
            var e = Assert.Throws<BadInputException>(() => FormatSniffer.Detect(path));
            Assert.Contains("empty", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void BinaryGarbageIsRejected()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, new byte[] { 0x00, 0x01, 0x02, 0xFF, 0x10, 0x00, 0x7F, 0x80 });
            Assert.Throws<BadInputException>(() => FormatSniffer.Detect(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void SeedIsText() => Assert.Equal(FormatSniffer.Text, FormatSniffer.Detect(RepoPaths.Seed));
}
