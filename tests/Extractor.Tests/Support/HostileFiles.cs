using System.IO.Compression;
using System.Text;

namespace Extractor.Tests.Support;

/// <summary>
/// Hostile inputs written straight to disk, streaming, so a test never holds the bomb in memory itself. The same
/// shapes at real size come from scripts/hostile/make-hostile-folder.py (the CLI probe of the README).
/// </summary>
public static class HostileFiles
{
    /// <summary>A minimal .xlsx whose one cell (A1, a shared string) is <paramref name="chars"/> letters long: it compresses ~1000:1.</summary>
    public static void XlsxWithHugeString(string path, long chars)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string name, string xml)
        {
            using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            w.Write(xml);
        }
        Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        Part("xl/worksheets/sheet1.xml", """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>""");
        using var s = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        s.Write("""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>""");
        var chunk = new string('A', 1 << 16);
        for (long written = 0; written < chars; written += chunk.Length) s.Write(chunk);
        s.Write("</t></si></sst>");
    }

    /// <summary>An HTML page of tables nested <paramref name="depth"/> deep, padded with text to about <paramref name="bytes"/>.</summary>
    public static void DeeplyNestedHtml(string path, int depth, long bytes = 0)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>nested</title></head><body>");
        for (var i = 0; i < depth; i++) w.Write("<table><tr><td>");
        var pad = new string('x', 1 << 16);
        for (long written = depth * 15L; written < bytes; written += pad.Length) w.Write(pad);
        for (var i = 0; i < depth; i++) w.Write("</td></tr></table>");
        w.Write("</body></html>");
    }

    /// <summary>
    /// <paramref name="utf8Html"/> (a page declaring charset utf-8) re-encoded as GBK, declaring gbk, with one invalid
    /// byte (0xFF) put into its first paragraph of text.
    /// </summary>
    public static void GbkPageWithOneBadByte(string utf8Html, string path)
    {
        var text = File.ReadAllText(utf8Html, Encoding.UTF8);
        text = System.Text.RegularExpressions.Regex.Replace(text, "charset\\s*=\\s*[\"']?utf-8", "charset=gbk", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var gbk = Extractor.Sources.TextDecoding.GetEncoding("gbk").GetBytes(text);
        var at = Array.IndexOf(gbk, (byte)'>', IndexOf(gbk, "<body"u8)) + 1;
        var bad = new byte[gbk.Length + 1];
        Array.Copy(gbk, bad, at);
        bad[at] = 0xFF;
        Array.Copy(gbk, at, bad, at + 1, gbk.Length - at);
        File.WriteAllBytes(path, bad);
    }

    static int IndexOf(byte[] hay, ReadOnlySpan<byte> needle) => Math.Max(0, hay.AsSpan().IndexOf(needle));

    /// <summary>The peak resident set of this process so far (VmHWM), or null where /proc is absent.</summary>
    public static long? PeakRssBytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        if (line == null) return null;
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
