using Extractor.Sources;
using Extractor.Sources.Pdf;

namespace Extractor.Tests.Pdf;

public class BadPdfInputTests
{
    [Fact]
    public void EmptyFileIsRefused()
    {
        var path = Path.GetTempFileName();
        try { Assert.Contains("empty file", Assert.Throws<BadInputException>(() => new PdfSourceReader().Read(path, "pdf")).Message); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void TruncatedPdfIsRefused()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pa");
            var e = Assert.Throws<BadInputException>(() => new PdfSourceReader().Read(path, "pdf"));
            Assert.Contains("PDF", e.Message);
        }
        finally { File.Delete(path); }
    }
}
