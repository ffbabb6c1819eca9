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

public class EncryptedOfficeTests
{
    [Fact]
    public void PasswordProtectedWorkbookIsRejectedWithReason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"enc-{Guid.NewGuid():N}.xlsx");
        try
        {
            var bytes = new byte[2048];
            new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
            System.Text.Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1024);
            File.WriteAllBytes(path, bytes);
            var e = Assert.Throws<BadInputException>(() => FormatSniffer.Detect(path));
            Assert.Contains("password-protected", e.Message);
        }
        finally { File.Delete(path); }
    }
}
