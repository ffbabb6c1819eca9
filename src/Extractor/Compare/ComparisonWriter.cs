using Extractor.Datasets;
using Extractor.Writers;

namespace Extractor.Compare;

/// <summary>comparison.csv: one row per unit, the metric columns, metrics_from_narrative, then share_&lt;类 code&gt; for every function 类 seen.</summary>
public static class ComparisonWriter
{
    public const string DefaultFileName = "comparison.csv";

    public static IReadOnlyList<string> Header(Comparison comparison) =>
        Comparison.UnitColumns.Concat(Comparison.MetricColumns).Append("metrics_from_narrative").Concat(comparison.Classes.Keys.Select(c => "share_" + c)).ToList();

    public static void WriteCsv(Comparison comparison, string path)
    {
        using var file = new AtomicFile(path);
        using (var text = new StreamWriter(file.OpenWrite(), CsvDatasetWriter.Utf8WithBom) { NewLine = "\r\n" })
        {
            text.WriteLine(string.Join(",", Header(comparison).Select(CsvDatasetWriter.Quote)));
            foreach (var u in comparison.Units)
            {
                var fields = new List<string> { u.Document, u.UnitName ?? "", u.ParentDepartment ?? "", ValueText.Format(u.FiscalYear), u.Phase ?? "", u.Scope ?? "" };
                fields.AddRange(Comparison.MetricColumns.Select(m => ValueText.Format(u[m])));
                fields.Add(u.FromNarrative ?? "");
                fields.AddRange(comparison.Classes.Keys.Select(c => u.Shares.TryGetValue(c, out var s) ? ValueText.Format(s) : ""));
                text.WriteLine(string.Join(",", fields.Select(CsvDatasetWriter.Quote)));
            }
        }
        file.Commit();
    }
}
