using Extractor.Compare;

namespace Extractor.Datasets;

/// <summary>comparison.csv: one row per unit, the metric columns, metrics_from_narrative, then share_&lt;类 code&gt; for every function 类 seen.</summary>
public static class ComparisonWriter
{
    public const string DefaultFileName = "comparison.csv";

    public static IReadOnlyList<string> Header(Comparison comparison) =>
        Comparison.UnitColumns.Concat(Comparison.MetricColumns).Append("metrics_from_narrative").Concat(comparison.Classes.Keys.Select(c => "share_" + c)).ToList();

    /// <summary>comparison.csv as a Data Package resource (its columns depend on the 类 seen, so it is described per run).</summary>
    public static Newtonsoft.Json.Linq.JObject Resource(Comparison comparison) =>
        DataPackageWriter.Resource("comparison", "Units × key metrics, and spending shares by function class (duplicate copies counted once)", DefaultFileName,
            Header(comparison).Select(h => (h, h switch
            {
                "fiscal_year" or "staff_authorized" or "staff" => "integer",
                _ when Comparison.UnitColumns.Contains(h) || h == "metrics_from_narrative" => "string",
                _ => "number",
            }, h.StartsWith("share_", StringComparison.Ordinal) ? "share of the unit's spending in function class " + h[6..] + " (0–1)" : h)));

    public static void WriteCsv(Comparison comparison, string path)
    {
        // Text fields are neutralised against formula injection; numbers are written as they are.
        using var csv = new CsvDatasetWriter(path, Header(comparison));
        foreach (var u in comparison.Units)
        {
            var fields = new List<object?> { u.Document, u.UnitName, u.ParentDepartment, u.FiscalYear, u.Phase, u.Scope };
            fields.AddRange(Comparison.MetricColumns.Select(m => (object?)u[m]));
            fields.Add(u.FromNarrative);
            fields.AddRange(comparison.Classes.Keys.Select(c => u.Shares.TryGetValue(c, out var s) ? (object?)s : null));
            csv.Write(fields.ToArray());
        }
        csv.Complete();
    }
}
