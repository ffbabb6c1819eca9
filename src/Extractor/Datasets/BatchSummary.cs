using Extractor.Model;
using Newtonsoft.Json;

namespace Extractor.Datasets;

/// <summary>summary.json: what a batch processed, what failed and why, tables by kind, checks by outcome, pages, time.</summary>
public sealed class BatchSummary
{
    public const string FileName = "summary.json";

    /// <summary>The output contract (<see cref="Model.SchemaVersion"/>).</summary>
    public string SchemaVersion { get; set; } = Model.SchemaVersion.Current;
    public string PipelineVersion { get; set; } = "";
    public string? Shard { get; set; }
    public DateTime StartedUtc { get; set; }
    public double WallSeconds { get; set; }
    public bool Interrupted { get; set; }
    public int Inputs { get; set; }
    public int DocumentsProcessed { get; set; }
    public int DocumentsFromCache { get; set; }
    public int DocumentsFailed { get; set; }
    public long Pages { get; set; }
    public int Tables { get; set; }
    public long LineItems { get; set; }
    public SortedDictionary<string, int> TablesByKind { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Check evaluations by outcome (passed, failed, rounding), summed over the CheckTallies.</summary>
    public SortedDictionary<string, long> ChecksByOutcome { get; set; } = new(StringComparer.Ordinal) { ["passed"] = 0, ["failed"] = 0, ["rounding"] = 0 };
    public SortedDictionary<string, CheckTally> ChecksByRule { get; set; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> FindingsBySeverity { get; set; } = new(StringComparer.Ordinal);
    public List<FailureRow> Failures { get; set; } = new();
    /// <summary>Every input, in order: the merge step and the report read this.</summary>
    public List<SummaryEntry> Documents { get; set; } = new();

    public void AddDocument(BudgetDocument doc, string relativePath, DocumentRow row, string jsonFile, bool fromCache, double seconds)
    {
        DocumentsProcessed++;
        if (fromCache) DocumentsFromCache++;
        Pages += doc.PageCount;
        Tables += doc.Tables.Count;
        LineItems += row.LineItems;
        foreach (var t in doc.Tables) TablesByKind[t.Kind.Text()] = TablesByKind.GetValueOrDefault(t.Kind.Text()) + 1;
        foreach (var tally in doc.CheckTallies)
        {
            ChecksByOutcome["passed"] += tally.Passed;
            ChecksByOutcome["failed"] += tally.Failed;
            ChecksByOutcome["rounding"] += tally.Rounding;
            if (!ChecksByRule.TryGetValue(tally.Rule, out var sum)) ChecksByRule[tally.Rule] = sum = new CheckTally { Rule = tally.Rule };
            sum.Passed += tally.Passed;
            sum.Failed += tally.Failed;
            sum.Rounding += tally.Rounding;
        }
        foreach (var severity in doc.Checks.Select(f => f.Severity.Text())) FindingsBySeverity[severity] = FindingsBySeverity.GetValueOrDefault(severity) + 1;
        Documents.Add(new SummaryEntry
        {
            Document = doc.Document, Path = relativePath, Status = "ok", Cached = fromCache, Json = jsonFile,
            Pages = doc.PageCount, Tables = doc.Tables.Count, LineItems = row.LineItems, Seconds = Math.Round(seconds, 3),
            UnitName = doc.Metadata.UnitName,
        });
    }

    public void AddFailure(FailureRow failure, double seconds)
    {
        DocumentsFailed++;
        Failures.Add(failure);
        Documents.Add(new SummaryEntry
        {
            Document = failure.Document, Path = failure.Path, Status = "failed", FailureKind = failure.Kind,
            Reason = failure.Reason, Seconds = Math.Round(seconds, 3),
        });
    }

    public void Write(string dir) => AtomicFile.WriteAllText(Path.Combine(dir, FileName), JsonConvert.SerializeObject(this, JsonSettings.Indented));

    public static BatchSummary Read(string dir) =>
        JsonConvert.DeserializeObject<BatchSummary>(File.ReadAllText(Path.Combine(dir, FileName)), JsonSettings.Compact)
        ?? throw new InvalidDataException($"{dir}: no {FileName}");
}

/// <summary>One input in summary.json.</summary>
public sealed class SummaryEntry
{
    public string Document { get; set; } = "";
    public string Path { get; set; } = "";
    /// <summary>ok | failed.</summary>
    public string Status { get; set; } = "";
    public bool Cached { get; set; }
    /// <summary>The canonical document, relative to the output folder (documents/x.json).</summary>
    public string? Json { get; set; }
    public string? UnitName { get; set; }
    public int Pages { get; set; }
    public int Tables { get; set; }
    public int LineItems { get; set; }
    public double Seconds { get; set; }
    public FailureKind? FailureKind { get; set; }
    public string? Reason { get; set; }
    /// <summary>The review page (--evidence), relative to the output folder.</summary>
    public string? ReviewPage { get; set; }
    /// <summary>The boxed PDF (--evidence, PDF inputs), relative to the output folder.</summary>
    public string? BoxedPdf { get; set; }
}
