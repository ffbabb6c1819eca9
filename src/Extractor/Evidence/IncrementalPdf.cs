using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Extractor.Evidence;

/// <summary>
/// Draws on some pages of a PDF by an incremental update: the original bytes are copied unchanged and followed by
/// the new objects (a standard font, each drawn page's dictionary with its old content wrapped in q … Q and the
/// drawing appended) and a cross-reference section pointing back to the original one. Only the drawn pages are
/// touched, so writing costs little more than copying the file; any reader sees the other pages exactly as before.
/// </summary>
public sealed class IncrementalPdf
{
    public const string FontName = "EvF1";

    readonly PdfDocument _pdf;
    readonly Stream _original;
    readonly Dictionary<int, StringBuilder> _drawings = new();

    /// <param name="pdf">The PDF opened from <paramref name="original"/>.</param>
    /// <param name="original">The file's bytes, seekable; copied unchanged to the output.</param>
    public IncrementalPdf(PdfDocument pdf, Stream original)
    {
        _pdf = pdf;
        _original = original;
    }

    /// <summary>The content-stream operators drawn on a page (in the page's user space).</summary>
    public StringBuilder On(int page) => _drawings.TryGetValue(page, out var sb) ? sb : _drawings[page] = new StringBuilder();

    static string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    public void Rectangle(int page, double x, double y, double w, double h, (byte R, byte G, byte B) colour, double lineWidth) =>
        On(page).Append($"q {Rgb(colour)} RG {N(lineWidth)} w {N(x)} {N(y)} {N(w)} {N(h)} re S Q\n");

    public void Line(int page, PdfPoint a, PdfPoint b, (byte R, byte G, byte B) colour, double lineWidth) =>
        On(page).Append($"q {Rgb(colour)} RG {N(lineWidth)} w {N(a.X)} {N(a.Y)} m {N(b.X)} {N(b.Y)} l S Q\n");

    /// <summary>Text in the standard Helvetica font (printable ASCII only), rotated by <paramref name="degrees"/> about its origin.</summary>
    public void Text(int page, string text, double size, PdfPoint at, (byte R, byte G, byte B) colour, int degrees = 0)
    {
        var (cos, sin) = degrees switch { 90 => (0, 1), 180 => (-1, 0), 270 => (0, -1), _ => (1, 0) };
        var escaped = new StringBuilder();
        foreach (var c in text) escaped.Append(c is '(' or ')' or '\\' ? "\\" + c : c is >= ' ' and <= '~' ? c.ToString() : "?");
        On(page).Append($"q BT {Rgb(colour)} rg /{FontName} {N(size)} Tf {cos} {sin} {-sin} {cos} {N(at.X)} {N(at.Y)} Tm ({escaped}) Tj ET Q\n");
    }

    static string Rgb((byte R, byte G, byte B) c) => $"{N(c.R / 255.0)} {N(c.G / 255.0)} {N(c.B / 255.0)}";

    /// <summary>
    /// Writes the original followed by the update to <paramref name="target"/>; throws <see cref="NotSupportedException"/>
    /// for a file this cannot update, before anything is written.
    /// </summary>
    public void Build(Stream target)
    {
        if (_drawings.Count == 0)
        {
            CopyOriginal(target);
            return;
        }
        var startXref = LastStartXref() ?? throw new NotSupportedException("no startxref in the original");
        var streamXref = !ReadAscii(startXref, 4).Equals("xref", StringComparison.Ordinal);
        var trailer = _pdf.Structure.Trailer;
        if (trailer.EncryptionToken is not null) throw new NotSupportedException("encrypted PDF");
        var pages = PageReferences();

        // the update is made in memory (small: a few objects), then written after the original's bytes
        var output = new MemoryStream(4096);
        var originalLength = _original.Length;
        // new objects after every number in use (a linearized file's trailers may state a smaller /Size than its objects need)
        var used = _pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys.Select(k => k.ObjectNumber).DefaultIfEmpty(0).Max();
        long next = Math.Max(trailer.Size, used + 1);
        var offsets = new SortedDictionary<long, (long Offset, int Generation)>();
        Write(output, "\n");
        void Begin(long number, int generation)
        {
            if (output.Length > 0 && output.GetBuffer()[output.Length - 1] != '\n') Write(output, "\n");
            offsets[number] = (originalLength + output.Length, generation);
            Write(output, $"{number} {generation} obj\n");
        }

        var font = next++;
        Begin(font, 0);
        Write(output, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n");
        var open = next++;
        WriteStream(output, Begin, open, "q\n");

        foreach (var (page, drawing) in _drawings.OrderBy(kv => kv.Key))
        {
            if (page < 1 || page > pages.Count) continue;
            var reference = pages[page - 1];
            var dict = (DictionaryToken)Resolve(new IndirectReferenceToken(reference))!;
            var close = next++;
            WriteStream(output, Begin, close, "Q\n" + drawing);

            var contents = new List<IToken> { new IndirectReferenceToken(new IndirectReference(open, 0)) };
            if (dict.TryGet(NameToken.Contents, out var old))
            {
                if (old is ArrayToken array) contents.AddRange(array.Data);
                else if (old is IndirectReferenceToken r && Resolve(r) is ArrayToken indirectArray) contents.AddRange(indirectArray.Data);
                else contents.Add(old);
            }
            contents.Add(new IndirectReferenceToken(new IndirectReference(close, 0)));

            var resources = Resolve(Inherited(dict, NameToken.Resources)) as DictionaryToken ?? new DictionaryToken(new Dictionary<NameToken, IToken>());
            var fonts = Resolve(resources.TryGet(NameToken.Font, out var f) ? f : null) as DictionaryToken ?? new DictionaryToken(new Dictionary<NameToken, IToken>());
            fonts = fonts.With(FontName, new IndirectReferenceToken(new IndirectReference(font, 0)));
            resources = resources.With(NameToken.Font.Data, fonts);

            var updated = dict.With(NameToken.Contents.Data, new ArrayToken(contents)).With(NameToken.Resources.Data, resources);
            // attributes a page may inherit from its parents are written on the page itself, so the copy reads the same
            foreach (var key in new[] { NameToken.MediaBox, NameToken.CropBox, NameToken.Rotate })
                if (!dict.ContainsKey(key) && Inherited(dict, key) is { } value) updated = updated.With(key.Data, Resolve(value)!);
            Begin(reference.ObjectNumber, reference.Generation);
            TokenWriter.Instance.WriteToken(updated, output);
            Write(output, "\nendobj\n");
        }

        var trailerEntries = new Dictionary<NameToken, IToken>
        {
            [NameToken.Root] = new IndirectReferenceToken(trailer.Root),
            [NameToken.Prev] = new NumericToken(startXref),
        };
        if (trailer.Info is { } info) trailerEntries[NameToken.Info] = info;
        if (trailer.Identifier is { Count: > 0 } id) trailerEntries[NameToken.Id] = new ArrayToken(id);
        if (streamXref) WriteXrefStream(output, originalLength, offsets, next, trailerEntries);
        else WriteXrefTable(output, originalLength, offsets, next, trailerEntries);
        CopyOriginal(target);
        output.Position = 0;
        output.CopyTo(target);
    }

    void CopyOriginal(Stream target)
    {
        _original.Position = 0;
        _original.CopyTo(target);
    }

    static void WriteStream(MemoryStream output, Action<long, int> begin, long number, string content)
    {
        var bytes = Encoding.ASCII.GetBytes(content);
        begin(number, 0);
        Write(output, $"<< /Length {bytes.Length} >>\nstream\n");
        output.Write(bytes);
        Write(output, "\nendstream\nendobj\n");
    }

    static void WriteXrefTable(MemoryStream output, long originalLength, SortedDictionary<long, (long Offset, int Generation)> offsets, long size, Dictionary<NameToken, IToken> trailer)
    {
        var at = originalLength + output.Length;
        var sb = new StringBuilder("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (var n = run.First; n < run.First + run.Count; n++)
                sb.Append(CultureInfo.InvariantCulture, $"{offsets[n].Offset:D10} {offsets[n].Generation:D5} n\r\n");
        }
        sb.Append("trailer\n");
        Write(output, sb.ToString());
        trailer[NameToken.Size] = new NumericToken(size);
        TokenWriter.Instance.WriteToken(new DictionaryToken(trailer), output);
        Write(output, $"\nstartxref\n{at}\n%%EOF\n");
    }

    static void WriteXrefStream(MemoryStream output, long originalLength, SortedDictionary<long, (long Offset, int Generation)> offsets, long size, Dictionary<NameToken, IToken> trailer)
    {
        var self = size;
        var at = originalLength + output.Length;
        offsets[self] = (at, 0);
        var data = new MemoryStream();
        foreach (var (_, (offset, generation)) in offsets)
        {
            data.WriteByte(1);
            for (var shift = 24; shift >= 0; shift -= 8) data.WriteByte((byte)(offset >> shift));
            data.WriteByte((byte)(generation >> 8));
            data.WriteByte((byte)generation);
        }
        var index = new List<IToken>();
        foreach (var run in Runs(offsets.Keys)) { index.Add(new NumericToken(run.First)); index.Add(new NumericToken(run.Count)); }
        trailer[NameToken.Type] = NameToken.Xref;
        trailer[NameToken.Size] = new NumericToken(size + 1);
        trailer[NameToken.W] = new ArrayToken(new IToken[] { new NumericToken(1), new NumericToken(4), new NumericToken(2) });
        trailer[NameToken.Index] = new ArrayToken(index);
        trailer[NameToken.Length] = new NumericToken(data.Length);
        Write(output, $"{self} 0 obj\n");
        TokenWriter.Instance.WriteToken(new DictionaryToken(trailer), output);
        Write(output, "\nstream\n");
        output.Write(data.ToArray());
        Write(output, $"\nendstream\nendobj\nstartxref\n{at}\n%%EOF\n");
    }

    static IEnumerable<(long First, int Count)> Runs(IEnumerable<long> numbers)
    {
        long? first = null, last = null;
        var count = 0;
        foreach (var n in numbers)
        {
            if (first is not null && n == last + 1) { last = n; count++; continue; }
            if (first is not null) yield return (first.Value, count);
            first = last = n;
            count = 1;
        }
        if (first is not null) yield return (first.Value, count);
    }

    /// <summary>The page objects in page order, from the catalog's page tree.</summary>
    List<IndirectReference> PageReferences()
    {
        var result = new List<IndirectReference>();
        if (!_pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var root) || root is not IndirectReferenceToken rootRef)
            throw new NotSupportedException("the catalog has no page tree reference");
        var seen = new HashSet<IndirectReference>();
        void Walk(IndirectReference node)
        {
            if (!seen.Add(node) || Resolve(new IndirectReferenceToken(node)) is not DictionaryToken dict) return;
            if (dict.TryGet(NameToken.Kids, out var kids) && Resolve(kids) is ArrayToken array)
            {
                foreach (var kid in array.Data.OfType<IndirectReferenceToken>()) Walk(kid.Data);
            }
            else result.Add(node);
        }
        Walk(rootRef.Data);
        if (result.Count != _pdf.NumberOfPages) throw new NotSupportedException($"page tree holds {result.Count} pages, the document {_pdf.NumberOfPages}");
        return result;
    }

    IToken? Inherited(DictionaryToken page, NameToken key)
    {
        var node = page;
        for (var depth = 0; node is not null && depth < 64; depth++)
        {
            if (node.TryGet(key, out var value)) return value;
            node = node.TryGet(NameToken.Parent, out var parent) ? Resolve(parent) as DictionaryToken : null;
        }
        return null;
    }

    IToken? Resolve(IToken? token)
    {
        for (var depth = 0; token is IndirectReferenceToken r && depth < 16; depth++)
            token = _pdf.Structure.GetObject(r.Data)?.Data;
        return token;
    }

    long? LastStartXref()
    {
        var length = (int)Math.Min(2048, _original.Length);
        var tail = ReadAscii(_original.Length - length, length);
        var matches = Regex.Matches(tail, @"startxref\s+(\d+)");
        return matches.Count == 0 ? null : long.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture);
    }

    string ReadAscii(long start, int length)
    {
        if (start < 0 || start >= _original.Length) return "";
        var buffer = new byte[(int)Math.Min(length, _original.Length - start)];
        _original.Position = start;
        _original.ReadExactly(buffer);
        return Encoding.Latin1.GetString(buffer);
    }

    static void Write(Stream s, string text) => s.Write(Encoding.ASCII.GetBytes(text));
}
