using Extractor.Raw;
using Extractor.Sources;
using Extractor.Sources.Word;
using Extractor.Tests.Support;
using Extractor.Model;

namespace Extractor.Tests.Formats;

public class WordSourceReaderTests
{
    static string SeedExpenditureDocx() => new DocxBuilder()
        .Heading("第二部分 景德镇市12345政务服务便民热线管理中心2025年单位预算表")
        .Paragraph("单位支出汇总表")
        .Paragraph("填报单位[166003]景德镇市12345政务服务便民热线管理中心", "单位：万元")
        .Table(
            new[] { "支出功能分类科目|span=2", "合计|vmerge=restart", "基本支出|vmerge=restart", "项目支出|vmerge=restart" },
            new[] { "科目编码", "科目名称", "|vmerge", "|vmerge", "|vmerge" },
            new[] { "201", "一般公共服务支出", "225.98", "107.98", "118.00" },
            new[] { "2080505", "机关事业单位基本/养老保险缴费支出", "11.10", "11.10", "" })
        .Paragraph("一、2025年单位预算收支情况说明")
        .Save();

    [Fact]
    public void ParagraphsHeadingsAndTablesComeInBodyOrder()
    {
        var doc = new WordSourceReader().Read(SeedExpenditureDocx(), "docx");
        var blocks = doc.Pages.Single().Blocks;
        var heading = Assert.IsType<TextBlock>(blocks[0]);
        Assert.Equal(TextHint.Heading, heading.Hint);
        Assert.Equal(new[] { "单位支出汇总表", "填报单位[166003]景德镇市12345政务服务便民热线管理中心", "单位：万元" },
            blocks.Skip(1).Take(3).Cast<TextBlock>().Select(b => b.Text));
        Assert.IsType<RawTable>(blocks[4]);
        Assert.Equal("一、2025年单位预算收支情况说明", ((TextBlock)blocks[5]).Text);
        Assert.Equal(new int?[] { 1, 2, 3, 3, 4, 5 }, blocks.Select(b => b.Line));
    }

    [Fact]
    public void GridSpanAndVerticalMergeBecomeSpans()
    {
        var table = new WordSourceReader().Read(SeedExpenditureDocx(), "docx").Blocks.OfType<RawTable>().Single();
        Assert.Equal(("docx", 4, 5), (table.Method, table.RowCount, table.ColumnCount));
        var head = table.At(0, 1)!;
        Assert.Equal(("支出功能分类科目", 0, 0, 1, 2), (head.Text, head.Row, head.Col, head.RowSpan, head.ColSpan));
        var total = table.At(1, 2)!;
        Assert.Equal(("合计", 0, 2, 2, 1), (total.Text, total.Row, total.Col, total.RowSpan, total.ColSpan));
        Assert.Equal("科目名称", table.At(1, 1)!.Text);
        Assert.Equal("机关事业单位基本养老保险缴费支出", table.At(3, 1)!.Text);
        Assert.Equal("118.00", table.At(2, 4)!.Text);
    }

    [Fact]
    public void DamagedDocxIsBadInput()
    {
        var bytes = File.ReadAllBytes(SeedExpenditureDocx());
        var path = TempFiles.Create(".docx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);
        Assert.Throws<BadInputException>(() => new WordSourceReader().Read(path, "docx"));
    }

    /// <summary>An attribute value the Open XML schema cannot parse (a mutated vMerge or gridSpan) is a damaged
    /// document named as such, not a crash of the reader (found by MutationFuzzTests).</summary>
    [Theory]
    [InlineData("w:val=\"restart\"", "w:val=\"restXrt\"")]
    [InlineData("w:gridSpan w:val=\"2\"", "w:gridSpan w:val=\"2x\"")]
    public void AnUnparsableAttributeValueIsBadInput(string printed, string damaged)
    {
        var path = SeedExpenditureDocx();
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            Assert.Contains(printed, xml);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml.Replace(printed, damaged));
        }
        var e = Assert.Throws<BadInputException>(() => new WordSourceReader().Read(path, "docx"));
        Assert.StartsWith("damaged .docx: w:", e.Message);
    }

    [Fact]
    public void LegacyDocWithoutLibreOfficeSaysHowToProceed()
    {
        var reader = new WordSourceReader { FindSoffice = () => null };
        var e = Assert.Throws<BadInputException>(() => reader.Read(Path.Combine(RepoPaths.TestData, "formats", "seed-expenditure.doc"), "doc"));
        Assert.Contains("apt-get install libreoffice-writer", e.Message);
        Assert.Contains("save the file as .docx", e.Message);
    }

    [SkippableFact]
    public void LegacyDocIsConvertedThroughLibreOffice()
    {
        Skip.If(LibreOfficeConverter.FindSoffice() == null, "soffice (LibreOffice) is not installed: .doc conversion is not tested");
        var doc = new WordSourceReader().Read(Path.Combine(RepoPaths.TestData, "formats", "seed-expenditure.doc"), "doc");
        Assert.Contains(doc.Issues, i => i.Code == IssueCode.Converted);
        var table = doc.Blocks.OfType<RawTable>().Single();
        Assert.Equal((4, 5), (table.RowCount, table.ColumnCount));
        Assert.Equal(2, table.At(0, 2)!.RowSpan);
        Assert.Equal("225.98", table.At(2, 2)!.Text);
        Assert.Contains(doc.Blocks.OfType<TextBlock>(), b => b.Text == "单位支出汇总表");
    }

    [SkippableFact]
    public void DamagedLegacyDocIsBadInput()
    {
        Skip.If(LibreOfficeConverter.FindSoffice() == null, "soffice (LibreOffice) is not installed: .doc conversion is not tested");
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.TestData, "formats", "seed-expenditure.doc"));
        var path = TempFiles.Create(".doc");
        File.WriteAllBytes(path, bytes[..5000]);
        var e = Assert.Throws<BadInputException>(() => new WordSourceReader().Read(path, "doc"));
        Assert.Contains("damaged or not a Word document", e.Message);
        Assert.DoesNotContain("javaldx", e.Message);
    }
}
