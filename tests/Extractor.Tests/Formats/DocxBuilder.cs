using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Extractor.Tests.Formats;

/// <summary>Writes small .docx files for reader tests: styled headings, paragraphs, tables with gridSpan and vMerge.</summary>
internal sealed class DocxBuilder
{
    readonly List<OpenXmlElement> _body = new();

    public DocxBuilder Heading(string text) => Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "1" }), new Run(new WordText(text))));

    public DocxBuilder Paragraph(params string[] lines)
    {
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new WordText(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return Add(new Paragraph(run));
    }

    /// <summary>A table from rows of cell specs: "text", "text|span=3", "text|vmerge=restart", "|vmerge".</summary>
    public DocxBuilder Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
        var columns = rows.Max(r => r.Sum(spec => spec.Split('|').Skip(1).Where(p => p.StartsWith("span=")).Select(p => int.Parse(p[5..])).DefaultIfEmpty(1).First()));
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "1800" })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            foreach (var spec in row)
            {
                var parts = spec.Split('|');
                var props = new TableCellProperties();
                foreach (var p in parts.Skip(1))
                {
                    if (p.StartsWith("span=")) props.Append(new GridSpan { Val = int.Parse(p[5..]) });
                    else if (p == "vmerge=restart") props.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                    else if (p == "vmerge") props.Append(new VerticalMerge());
                }
                var cell = new TableCell(props);
                foreach (var line in parts[0].Split('/'))
                    cell.Append(new Paragraph(new Run(new WordText(line))));
                tr.Append(cell);
            }
            table.Append(tr);
        }
        return Add(table);
    }

    DocxBuilder Add(OpenXmlElement e) { _body.Add(e); return this; }

    public string Save()
    {
        var path = TempFiles.Create(".docx");
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "a", Default = true },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "a" }) { Type = StyleValues.Paragraph, StyleId = "1" });
        main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
        return path;
    }
}
