using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Sources;
using Extractor.Sources.Spreadsheet;
using Extractor.Sources.Word;
using Extractor.Tests.Formats;
using Extractor.Tests.Support;

namespace Extractor.Tests.Fuzz;

/// <summary>
/// The crashes and runaways <see cref="MutationFuzzTests"/> found, each as the smallest input showing it: before the
/// fix these ended in an internal error (XmlException, InvalidDataException …), ran out of memory, or passed the
/// time limit; now each is bad input with a plain reason.
/// </summary>
public class FuzzRegressionTests
{
    static string Workbook => Path.Combine(RepoPaths.Corpus, "three-formats", "jingdezhen-12345-hotline-2025-budget-tables.xlsx");

    /// <summary>A copy of <paramref name="package"/> with <paramref name="part"/> rewritten.</summary>
    static string Rewrite(string package, string part, Func<string, string> change, string extension)
    {
        var path = TempFiles.Create(extension);
        using (var input = ZipFile.OpenRead(package))
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            foreach (var e in input.Entries)
            {
                using var from = e.Open();
                using var text = new StreamReader(from, Encoding.UTF8);
                var data = text.ReadToEnd();
                if (e.FullName == part) data = change(data);
                using var to = new StreamWriter(zip.CreateEntry(e.FullName).Open(), new UTF8Encoding(false));
                to.Write(data);
            }
        return path;
    }

    [Fact]
    public void ASheetWhoseXmlIsNotWellFormedIsBadInput()
    {
        var path = Rewrite(Workbook, "xl/worksheets/sheet2.xml", x => x.Replace("<row ", "<row \"", StringComparison.Ordinal), ".xlsx");
        var e = Assert.Throws<BadInputException>(() => new SpreadsheetSourceReader().Read(path, "xlsx"));
        Assert.StartsWith("damaged or unsupported xlsx workbook", e.Message);
    }

    [Fact]
    public void ACellAtTheLastRowAndColumnIsRefusedWithoutScanningBillionsOfSlots()
    {
        var path = Rewrite(Workbook, "xl/worksheets/sheet2.xml", x => x.Replace("</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData>", StringComparison.Ordinal), ".xlsx");
        var e = Assert.Throws<BadInputException>(() => new SpreadsheetSourceReader().Read(path, "xlsx"));
        Assert.StartsWith("too large: sheet ", e.Message);
    }

    [Fact]
    public void AMergedAreaOfTheWholeSheetIsRefusedBeforeItIsExpanded()
    {
        var path = Rewrite(Workbook, "xl/worksheets/sheet2.xml", x => Regex.Replace(x, "<mergeCell ref=\"[A-Z0-9:]+\"/>", "<mergeCell ref=\"A1:XFD1048576\"/>"), ".xlsx");
        var e = Assert.Throws<BadInputException>(() => new SpreadsheetSourceReader().Read(path, "xlsx"));
        Assert.StartsWith("too large: the merged cells of sheet ", e.Message);
    }

    static string Docx() => new DocxBuilder()
        .Paragraph("单位支出汇总表")
        .Table(new[] { "科目编码", "科目名称", "合计" }, new[] { "201", "一般公共服务支出", "225.98" })
        .Save();

    [Fact]
    public void AWordCellSpanningAHundredMillionColumnsIsRefused()
    {
        var path = Rewrite(Docx(), "word/document.xml", x => x.Replace("<w:tc>", "<w:tc><w:tcPr><w:gridSpan w:val=\"99999999\"/></w:tcPr>", StringComparison.Ordinal), ".docx");
        var e = Assert.Throws<BadInputException>(() => new WordSourceReader().Read(path, "docx"));
        Assert.StartsWith("too large: table ", e.Message);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    [InlineData("[Content_Types].xml")]
    public void AWordPartCutShortIsBadInput(string part)
    {
        var path = Rewrite(Docx(), part, x => x[..(x.Length / 2)], ".docx");
        var e = Assert.Throws<BadInputException>(() => new WordSourceReader().Read(path, "docx"));
        Assert.Matches("docx|Word document", e.Message);
    }
}
