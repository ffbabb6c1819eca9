using System.IO.Compression;

namespace Extractor.Sources;

/// <summary>
/// Per-document limits, checked before the reader allocates for what they bound, so a hostile or broken file (a zip
/// bomb, a page nested thousands deep, a sheet of millions of cells) fails alone with a named reason
/// ("too large: … exceeds …") instead of exhausting the process. The defaults are far above anything the published
/// disclosures reach (largest seen: an Office part of 1.5 MB, HTML nested 12 deep, a few thousand cells per table).
/// Settable through <c>BatchOptions.Limits</c> and the extract command's options.
/// </summary>
public sealed record SourceLimits
{
    public static readonly SourceLimits Default = new();

    const long MB = 1024 * 1024;

    /// <summary>Size of an HTML or text file.</summary>
    public long MaxTextFileBytes { get; init; } = 64 * MB;
    /// <summary>Decompressed size of one part (XML, image …) of an .xlsx or .docx package.</summary>
    public long MaxPartBytes { get; init; } = 64 * MB;
    /// <summary>Decompressed size of a workbook's shared strings (xl/sharedStrings.xml).</summary>
    public long MaxSharedStringsBytes { get; init; } = 32 * MB;
    /// <summary>Decompressed size of all parts of one package together.</summary>
    public long MaxPackageBytes { get; init; } = 256 * MB;
    /// <summary>Parts in one package.</summary>
    public int MaxPackageParts { get; init; } = 10_000;
    /// <summary>Depth of nested elements in an HTML page (tables within tables, divs within divs …).</summary>
    public int MaxNestingDepth { get; init; } = 256;
    /// <summary>Cells of one table or sheet.</summary>
    public long MaxCellsPerTable { get; init; } = 500_000;
    /// <summary>Pages of a PDF, sheets of a workbook.</summary>
    public int MaxPages { get; init; } = 5_000;

    /// <summary>Sizes in words: 1.5 MB, 64 MB, 900 bytes.</summary>
    public static string Size(long bytes) =>
        bytes >= MB ? FormattableString.Invariant($"{bytes / (double)MB:0.#} MB") : bytes >= 1024 ? FormattableString.Invariant($"{bytes / 1024.0:0.#} KB") : $"{bytes} bytes";

    public static BadInputException TooLarge(string what, string limitName, string limit) =>
        new($"too large: {what} exceeds the {limitName} limit ({limit})");

    /// <summary>Refuses a file above <see cref="MaxTextFileBytes"/> before it is read.</summary>
    public void CheckTextFile(string path, string kind)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxTextFileBytes)
            throw TooLarge($"the {kind} file is {Size(length)}, which", $"{kind} file size", Size(MaxTextFileBytes));
    }

    /// <summary>
    /// Checks an Office (ZIP) package before it is opened: part count, and each part's size as it actually
    /// decompresses (the sizes a ZIP declares can lie), stopping as soon as a limit is passed.
    /// </summary>
    public void CheckPackage(string path, string kind, CancellationToken cancel = default)
    {
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(path); }
        catch (InvalidDataException e) { throw new BadInputException($"damaged {kind} container: {e.Message}", e); }
        using (zip)
        {
            if (zip.Entries.Count > MaxPackageParts)
                throw TooLarge($"the package holds {zip.Entries.Count} parts, which", "parts per package", MaxPackageParts.ToString());
            var buffer = new byte[1 << 16];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                cancel.ThrowIfCancellationRequested();
                var shared = entry.FullName.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase);
                var limit = shared ? MaxSharedStringsBytes : MaxPartBytes;
                var limitName = shared ? "shared strings" : "package part";
                long size = 0;
                try
                {
                    using var s = entry.Open();
                    int n;
                    while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        size += n;
                        total += n;
                        if (size > limit)
                            throw TooLarge($"part {entry.FullName} decompresses to more than {Size(limit)}, which", limitName, Size(limit));
                        if (total > MaxPackageBytes)
                            throw TooLarge($"the package decompresses to more than {Size(MaxPackageBytes)}, which", "package size", Size(MaxPackageBytes));
                    }
                }
                catch (Exception e) when (e is InvalidDataException or IOException && e is not BadInputException)
                {
                    throw new BadInputException($"damaged {kind} container: part {entry.FullName} cannot be decompressed ({e.Message})", e);
                }
            }
        }
    }

    /// <summary>Refuses a table of more than <see cref="MaxCellsPerTable"/> cells.</summary>
    public void CheckCells(long cells, string where)
    {
        if (cells > MaxCellsPerTable)
            throw TooLarge($"{where} holds more than {MaxCellsPerTable:N0} cells, which", "cells per table", MaxCellsPerTable.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Refuses a document of more than <see cref="MaxPages"/> pages (sheets).</summary>
    public void CheckPages(int pages, string what)
    {
        if (pages > MaxPages)
            throw TooLarge($"{pages} {what}, which", what + " per document", MaxPages.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
