namespace Extractor.Catalog;

/// <summary>Every threshold of the catalog, its resolver and its checks, in one place.</summary>
public static class CatalogSettings
{
    /// <summary>Longer "names" are wrapped text or notes, not subject names.</summary>
    public const int MaxNameLength = 40;

    /// <summary>A catalog name met in at least this many documents is trusted by the code-name check; a code with
    /// no trusted name is not checked (one document's reading is no evidence against another's).</summary>
    public const int TrustedNameDocuments = 2;

    /// <summary>Rounding allowed per part when the resolver weighs a row against its parent's remaining amount, in
    /// the printed unit (tables printed in whole 元 get one unit of their last digit instead).</summary>
    public const decimal RoundingPerPart = 0.01m;

    /// <summary>Where a name fits several codes equally well, one met in at least this many documents and
    /// <see cref="DominanceRatio"/> times as often as any other wins (the others are misreadings of single documents).</summary>
    public const int DominantDocuments = 3;
    public const int DominanceRatio = 5;

    /// <summary>How many readings of a names-only table the path search keeps open after each row.</summary>
    public const int BeamWidth = 128;

    /// <summary>Of the readings that did not fit in the beam after a row, this many (nearest the cut) are kept as
    /// rivals: a row they read otherwise is no more certain than the score they had then.</summary>
    public const int SetAsideRivals = 16;

    /// <summary>Score of a row placed under the node open above it (1) and of one placed without its parent printed
    /// above it (an orphan: a list of 项, a 款 whose 类 the catalog does not know).</summary>
    public const double OrphanScore = 0.5;

    /// <summary>Score of a row placed under the node open above it but out of code order (tables sorted by amount, a
    /// 类 printed last): less than a row in order, so order decides wherever it can.</summary>
    public const double DisorderedScore = 0.5;

    /// <summary>A node whose children add up to its amount gains this; one whose children overflow it loses
    /// <see cref="OverflowPenalty"/>; one whose children fall short with no unplaced row to explain the gap loses
    /// <see cref="ShortfallPenalty"/> (more than a row is worth: the next row is another child, not a new node).</summary>
    public const double SumBonus = 0.5;
    public const double OverflowPenalty = 2.0;
    public const double ShortfallPenalty = 1.5;

    /// <summary>A 类 or 款 closed with nothing printed below it, read from a name its child code is printed with too
    /// (20401 / 2040101 武装警察部队 in a list of 项): the child reading wins the tie, by more than <see cref="TieMargin"/>
    /// and less than a row.</summary>
    public const double NamesakeLeafPenalty = 0.2;

    /// <summary>A tie-breaker, far below a row's worth: per log2 of the documents that printed the name for the code.</summary>
    public const double EvidenceWeight = 0.001;

    /// <summary>The name met for the code in the document's own fiscal year (its edition of the classification: 30104
    /// 其他社会保障缴费 in 2017, 30112 later): more than a tie-breaker (the code is chosen, with low confidence), less
    /// than a row.</summary>
    public const double EditionWeight = 0.15;

    /// <summary>The tree the table kind suggests (2 for function tables, 3 for 部门 economic tables), weighed once at
    /// the first 类: more than a tie-breaker, less than a row.</summary>
    public const double PreferredTreeWeight = 0.2;

    /// <summary>A row whose best reading wins by less than this over reading it otherwise is a tie: code-less, unless
    /// its name is met for the code in many more documents than for its rivals (then low confidence).</summary>
    public const double TieMargin = 0.1;

    /// <summary>A catalog code is high-confidence when every other reading of its row loses at least this much (a row
    /// or a broken sum), it sits under a printed parent that is itself high-confidence, and its own node adds up.</summary>
    public const double HighMargin = 1.0;
}
