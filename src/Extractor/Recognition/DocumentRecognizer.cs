using Extractor.Model;
using Extractor.Raw;
using Extractor.Recognition.Narrative;

namespace Extractor.Recognition;

/// <summary>
/// Names each block of a raw document: the 目录, each table's context and kind (and, for a 项目支出绩效目标表, its
/// projects' targets), the document's metadata, and the prose left over as narrative (in reading order, then read into
/// sections). Works the same for every source format. Its steps run in this order: 目录 → tables in context → metadata →
/// government tables → row units (once every kind and continuation is settled) → performance targets → narrative.
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
        RowUnitReader.ReadAll(doc.Tables);

        foreach (var block in blocks)
            if (block is TextBlock tb)
            {
                if (tocBlocks.Contains(tb)) doc.TableOfContentsBlocks.Add(tb);
                if (!consumed.Contains(tb)) doc.NarrativeBlocks.Add(tb);
            }

        foreach (var table in doc.Tables.Where(t => t.Kind == TableKind.PerformanceTargets))
            table.PerformanceTargets.AddRange(PerformanceTargetReader.Read(table));
        doc.Narrative = NarrativeExtractor.Extract(doc);
        return doc;
    }
}
