namespace Extractor.Model;

/// <summary>
/// One piece of evidence weighed when a table's kind was decided: where it comes from (title, header, codes, toc),
/// the kind it speaks for, its score (negative when it speaks against the kind) and what was seen.
/// </summary>
public sealed class KindEvidence
{
    /// <summary>
    /// Where the evidence comes from (<see cref="KindSource"/>): title | title-weak | title-qualifier | title-unlisted |
    /// title-superseded | header | columns | codes | number-in-toc | title-in-toc | order-in-toc | continuation.
    /// </summary>
    public KindSource Source { get; set; }
    /// <summary>The table kind this evidence speaks for (or against, with a negative score).</summary>
    public TableKind Kind { get; set; } = TableKind.Other;
    public int Score { get; set; }
    /// <summary>What was seen, in words: the rule and the printed text it matched, the codes counted.</summary>
    public string Detail { get; set; } = "";

    public override string ToString() => $"{Source.Text()} {Kind.Text()} {Score:+0;-0;0}: {Detail}";
}
