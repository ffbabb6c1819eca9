using Extractor.Model;

namespace Extractor.Normalization;

/// <summary>A table's code tree: one node per code (first row that prints it), parent and children by code prefix.</summary>
public static class CodeTreeBuilder
{
    /// <summary>One tree per classification the rows carry (a two-sided table: 收入分类 on one side, 功能分类 on the
    /// other); rows of no classification join the function tree.</summary>
    public static IEnumerable<CodeNode> BuildPerClassification(IEnumerable<TableRow> rows) =>
        rows.GroupBy(r => r.Classification == Classification.None ? Classification.Function : r.Classification).SelectMany(g => Build(g, g.Key));

    public static List<CodeNode> Build(IEnumerable<TableRow> rows, Classification classification)
    {
        var nodes = new List<CodeNode>();
        var byCode = new Dictionary<string, CodeNode>();
        foreach (var row in rows)
        {
            if (row.Code is null || byCode.ContainsKey(row.Code)) continue;
            var node = new CodeNode
            {
                Code = row.Code, Name = row.Name, Level = row.Level ?? 0, Parent = row.ParentCode,
                Classification = classification, Row = row.Index,
            };
            byCode[row.Code] = node;
            nodes.Add(node);
        }
        foreach (var node in nodes)
            if (node.Parent is not null && byCode.TryGetValue(node.Parent, out var parent))
                parent.Children.Add(node.Code);
        return nodes;
    }
}
