using Extractor.Compare;
using Extractor.Model;

namespace Extractor.Datasets;

/// <summary>One document as a flat row of documents.csv: who, when, what kind, key totals, completeness, check counts.</summary>
public sealed record DocumentRow
{
    public required string Document { get; init; }
    public string? Path { get; init; }
    public required string Format { get; init; }
    public string? Sha256 { get; init; }
    public int Pages { get; init; }
    public DocumentMetadata Metadata { get; init; } = new();
    public int Tables { get; init; }
    public int LineItems { get; init; }
    public UnitMetrics Metrics { get; init; } = new();
    public int TablesExpected { get; init; }
    public int TablesPresent { get; init; }
    public int TablesDeclaredEmpty { get; init; }
    public int TablesMissing { get; init; }
    public string? MissingKinds { get; init; }
    public int NarrativeSections { get; init; }
    public int ChecksPassed { get; init; }
    public int ChecksFailed { get; init; }
    public int ChecksRounding { get; init; }
    public int FindingsError { get; init; }
    public int FindingsWarning { get; init; }
    public int FindingsInfo { get; init; }
    public int Issues { get; init; }
    /// <summary>The earlier document of the batch this one is a copy of (same disclosure in another format or folder), else null.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>
    /// What makes two documents one disclosure: unit, year, phase, scope and the revenue and expenditure totals. Null
    /// when the document names no unit or prints neither total, so it is never taken for another.
    /// </summary>
    public string? DisclosureKey()
    {
        if (string.IsNullOrWhiteSpace(Metadata.UnitName) || (Metrics.RevenueTotal == null && Metrics.ExpenditureTotal == null)) return null;
        return string.Join("\u001f", Metadata.UnitName.Trim(), Metadata.FiscalYear, Metadata.Phase.Text(), Metadata.Scope.Text(),
            Metrics.RevenueTotal?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Metrics.ExpenditureTotal?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static DocumentRow From(BudgetDocument doc, string? relativePath, int lineItems, UnitMetrics metrics)
    {
        var c = doc.Completeness;
        return new DocumentRow
        {
            Document = doc.Document,
            Path = relativePath,
            Format = doc.Format,
            Sha256 = doc.Sha256,
            Pages = doc.PageCount,
            Metadata = doc.Metadata,
            Tables = doc.Tables.Count,
            LineItems = lineItems,
            Metrics = metrics,
            TablesExpected = c.Expected.Count,
            TablesPresent = c.Present.Count,
            TablesDeclaredEmpty = c.DeclaredEmpty.Count,
            TablesMissing = c.Missing.Count,
            MissingKinds = c.Missing.Count == 0 ? null : string.Join(";", c.Missing.Select(m => m.Kind.Text())),
            NarrativeSections = c.NarrativeSections.Count,
            ChecksPassed = doc.CheckTallies.Sum(t => t.Passed),
            ChecksFailed = doc.CheckTallies.Sum(t => t.Failed),
            ChecksRounding = doc.CheckTallies.Sum(t => t.Rounding),
            FindingsError = doc.Checks.Count(f => f.Severity == Severity.Error),
            FindingsWarning = doc.Checks.Count(f => f.Severity == Severity.Warning),
            FindingsInfo = doc.Checks.Count(f => f.Severity == Severity.Info),
            Issues = doc.Issues.Count,
        };
    }
}

/// <summary>A table of a document as a row of the tables dataset (SQLite table "tables").</summary>
public sealed record TableInfoRow(string Document, BudgetTable Table, int Amounts);

/// <summary>An input that could not be processed.</summary>
public sealed record FailureRow(string Document, string Path, FailureKind Kind, string Reason);

/// <summary>A narrative fact with the document it came from.</summary>
public sealed record NarrativeFactRow(BudgetDocument Document, NarrativeFact Fact);

/// <summary>A function 类 share with its document and unit.</summary>
public sealed record FunctionShareRow(string Document, string? UnitName, int? FiscalYear, FunctionShare Share);

/// <summary>Kinds of failure in failures.csv.</summary>
public enum FailureKind
{
    /// <summary>The input cannot be taken (empty, binary, unknown format, unreadable encoding, damaged file).</summary>
    BadInput,
    /// <summary>The per-document time limit ran out.</summary>
    Timeout,
    /// <summary>The document exhausted memory.</summary>
    Memory,
    /// <summary>A bug in the pipeline (the message names the exception).</summary>
    Error,
    /// <summary>The run was interrupted before the document finished.</summary>
    Cancelled,
}
