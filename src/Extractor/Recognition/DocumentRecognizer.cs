using Extractor.Raw;

namespace Extractor.Recognition;

/// <summary>Names each block of a raw document: titles, table kinds, unit lines, the 目录, the narrative.</summary>
public static class DocumentRecognizer
{
    public static RecognizedDocument Recognize(RawDocument raw)
    {
        var doc = new RecognizedDocument { Raw = raw };
        foreach (var block in raw.Blocks)
        {
            if (block is RawTable t) doc.Tables.Add(new RecognizedTable { Table = t });
            else if (block is TextBlock tb) doc.NarrativeBlocks.Add(tb);
        }
        return doc;
    }
}
