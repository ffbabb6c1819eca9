using Extractor.Raw;

namespace Extractor.Recognition;

/// <summary>
/// Names each block of a raw document: the 目录, each table's context and kind, the document's metadata, and the prose
/// left over as narrative (in reading order). Works the same for every source format.
/// </summary>
public static class DocumentRecognizer
{
    public static RecognizedDocument Recognize(RawDocument raw)
    {
        var doc = new RecognizedDocument { Raw = raw };
        var blocks = raw.Blocks.ToList();

        var tocBlocks = TableOfContentsReader.Read(blocks, doc);
        var consumed = TableContextReader.Attach(blocks, tocBlocks, doc);
        doc.Metadata = DocumentMetadataReader.Read(blocks, doc);
        GovernmentTableRecognizer.Apply(doc);

        foreach (var block in blocks)
            if (block is TextBlock tb)
            {
                if (tocBlocks.Contains(tb)) doc.TableOfContentsBlocks.Add(tb);
                if (!consumed.Contains(tb)) doc.NarrativeBlocks.Add(tb);
            }
        return doc;
    }
}
