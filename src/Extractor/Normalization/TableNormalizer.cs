using Extractor.Model;
using Extractor.Recognition;

namespace Extractor.Normalization;

/// <summary>Headers to measures, cells to decimals, codes to trees.</summary>
public static class TableNormalizer
{
    public static BudgetTable Normalize(RecognizedTable table, DocumentMetadata metadata) => new()
    {
        Kind = table.Kind,
        Title = table.Title,
        FirstPage = table.Table.Page,
        LastPage = table.Table.LastPage,
    };
}
