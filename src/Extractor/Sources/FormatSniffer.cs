using System.IO.Compression;
using System.Text;

namespace Extractor.Sources;

/// <summary>Decides a file's format from its bytes first and its extension second.</summary>
public static class FormatSniffer
{
    public const string Pdf = "pdf", Html = "html", Text = "text", Xlsx = "xlsx", Xls = "xls", Docx = "docx", Doc = "doc";

    /// <summary>Extensions the batch picks up when given a folder.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".html", ".htm", ".txt", ".text", ".xlsx", ".xls", ".docx", ".doc", ".csv", ".tsv",
    };

    /// <summary>The format of the file, or a <see cref="BadInputException"/> saying why it has none.</summary>
    public static string Detect(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new BadInputException("file not found");
        if (info.Length == 0) throw new BadInputException("empty file (0 bytes)");

        Span<byte> head = stackalloc byte[1024];
        int n;
        using (var fs = File.OpenRead(path)) n = fs.Read(head);
        head = head[..n];
        var ext = info.Extension.ToLowerInvariant();

        if (IndexOf(head, "%PDF-"u8) is >= 0 and < 1024) return Pdf;
        if (head.Length >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            return ext == ".doc" || ext == ".wps" ? Doc : ext == ".xls" || ext == ".et" ? Xls : OleKind(path, ext);
        if (head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4)
            return ZipKind(path);
        if (ext == ".pdf") throw new BadInputException("named .pdf but has no %PDF header: not a PDF file");
        if (LooksBinary(head)) throw new BadInputException($"binary content of unknown format (first bytes {Convert.ToHexString(head[..Math.Min(8, head.Length)])})");
        var text = Encoding.Latin1.GetString(head).ToLowerInvariant();
        if (ext is ".html" or ".htm" || text.Contains("<html") || text.Contains("<!doctype html") || text.Contains("<table")) return Html;
        return Text;
    }

    static int IndexOf(ReadOnlySpan<byte> hay, ReadOnlySpan<byte> needle) => hay.IndexOf(needle);

    static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) controls++;
        }
        return controls > head.Length / 20;
    }

    static string OleKind(string path, string ext)
    {
        // Compound file without a telling extension: look for the stream names.
        var bytes = File.ReadAllBytes(path);
        var s = Encoding.Unicode.GetString(bytes);
        // Password-protected .xlsx/.docx are OLE containers holding an EncryptedPackage stream.
        if (s.Contains("EncryptedPackage"))
            throw new BadInputException($"password-protected (encrypted) {(ext is ".docx" or ".xlsx" ? ext : "Office")} document: save it without a password and run again");
        if (s.Contains("WordDocument")) return Doc;
        if (s.Contains("Workbook") || s.Contains("Book")) return Xls;
        throw new BadInputException("OLE compound file that is neither a Word nor an Excel document");
    }

    static string ZipKind(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry("word/document.xml") != null) return Docx;
            if (zip.GetEntry("xl/workbook.xml") != null) return Xlsx;
        }
        catch (InvalidDataException e)
        {
            throw new BadInputException("damaged ZIP container: " + e.Message, e);
        }
        throw new BadInputException("ZIP archive that is neither a .docx nor an .xlsx document");
    }
}
