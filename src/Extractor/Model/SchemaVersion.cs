namespace Extractor.Model;

/// <summary>
/// The version of the output contract: the canonical document JSON, every dataset's columns, summary.json and the
/// shard manifest. Written into every output (document JSON, summary.json, datapackage.json, shard-manifest.json);
/// merge refuses shards written with different versions.
/// MAJOR.MINOR: MINOR goes up when something is added (a field, a column, a dataset, a new vocabulary value);
/// MAJOR goes up when something is removed, renamed, retyped or changes meaning (a column's unit, a measure's
/// definition). A change in how well documents are read (more rows found, a check judged differently) changes no
/// version: that is the pipeline version (<see cref="Batch.PipelineVersion"/>), which only decides what the cache redoes.
/// </summary>
public static class SchemaVersion
{
    /// <summary>1.1: schema_version on every output, shard-manifest.json. 1.2: the canonical facets in the document
    /// JSON (amount period/phase/part/of_which_level/group/ratio, row role, table spending_part, fact share_percent/budget_of);
    /// code_confidence (line items, document JSON rows) for codes resolved through the subject-code catalog.
    /// 1.3: a table column's region (regions printed across the header of a 分地区 table).
    /// 1.4: the debt measures (debt-limit, debt-new-limit, debt-balance-opening, debt-new, debt-repayment, debt-interest,
    /// debt-balance) and an amount's debt_kind (general | special) in debt tables.</summary>
    public const string Current = "1.4";
}
