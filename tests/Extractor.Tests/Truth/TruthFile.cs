using System.Globalization;
using Extractor.Model;

namespace Extractor.Tests.Truth;

/// <summary>One ground-truth row (see ../shared/corpus/truth/FORMAT.md).</summary>
public sealed record TruthRow(TableKind TableKind, string Classification, string? Code, string Name, Measure Measure, decimal Amount, string Unit, int? Page, int Line);

/// <summary>A ground-truth file: the header comments and the rows.</summary>
public sealed class TruthFile
{
    public required string Document { get; init; }
    public Dictionary<string, string> Header { get; } = new();
    public List<TruthRow> Rows { get; } = new();

    public static TruthFile Parse(string path)
    {
        var file = new TruthFile { Document = Path.GetFileName(path)[..^".tsv".Length] };
        var sawHeaderLine = false;
        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                var colon = line.IndexOf(':');
                if (colon > 1) file.Header.TryAdd(line[1..colon].Trim(), line[(colon + 1)..].Trim());
                continue;
            }
            var f = line.Split('\t');
            if (!sawHeaderLine && f[0] == "table_kind") { sawHeaderLine = true; continue; }
            if (f.Length < 7) throw new FormatException($"{path}:{lineNo}: expected 8 tab-separated fields, got {f.Length}");
            file.Rows.Add(new TruthRow(Canonical.Parse<TableKind>(f[0].Trim()), f[1].Trim(), f[2].Trim() is { Length: > 0 } c ? c : null, f[3].Trim(), Canonical.Parse<Measure>(f[4].Trim()),
                decimal.Parse(f[5].Trim().Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture), f[6].Trim(),
                f.Length > 7 && int.TryParse(f[7].Trim(), out var p) ? p : null, lineNo));
        }
        return file;
    }
}
