namespace Extractor.Model;

/// <summary>What the 目录 promised against what the document holds.</summary>
public sealed class Completeness
{
    /// <summary>Tables listed in the 目录 (or, without one, the standard set for the phase and scope).</summary>
    public List<ExpectedTable> Expected { get; } = new();
    /// <summary>Kinds present with data.</summary>
    public List<TableKind> Present { get; } = new();
    /// <summary>Kinds present but stated empty, with the note.</summary>
    public List<ExpectedTable> DeclaredEmpty { get; } = new();
    /// <summary>Listed in the 目录 but not in the document.</summary>
    public List<ExpectedTable> Missing { get; } = new();
    /// <summary>Narrative sections found (canonical keys: duties, organisation, budget-explanation, three-public-explanation, glossary …).</summary>
    public List<string> NarrativeSections { get; } = new();
    /// <summary>True when the expected list came from the document's own 目录.</summary>
    public bool HasTableOfContents { get; set; }
}

public sealed record ExpectedTable(TableKind Kind, string Title, string? Note = null, int? TableIndex = null);
