using System.Text.RegularExpressions;
using Extractor.Batch;
using Extractor.Datasets;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Packaging;

/// <summary>
/// Compares two extract output folders file by file, byte for byte, except the run-specific fields the README lists:
/// summary.json started_utc, wall_seconds, documents_from_cache and each document's seconds and cached; the start time
/// and wall time printed in report.html; shard-manifest.json shard_source. extractor.sqlite is compared by content.
/// The cache (.cache/) is not an output.
/// </summary>
public static partial class OutputFolders
{
    static readonly string[] NotOutputs = { ".cache", OutputAssembler.LockFileName };

    public static IReadOnlyList<string> Files(string dir) => Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
        .Where(f => !NotOutputs.Any(n => f == n || f.StartsWith(n + "/", StringComparison.Ordinal)))
        .Order(StringComparer.Ordinal).ToList();

    public static void AssertSame(string expectedDir, string actualDir)
    {
        var expected = Files(expectedDir);
        Assert.Equal(expected, Files(actualDir));
        Assert.Contains("documents.csv", expected);
        Assert.Contains(ShardManifest.FileName, expected);
        foreach (var file in expected)
        {
            var (a, b) = (Path.Combine(expectedDir, file), Path.Combine(actualDir, file));
            switch (file)
            {
                case BatchSummary.FileName:
                    Assert.Equal(StableSummary(a), StableSummary(b));
                    break;
                case ShardManifest.FileName:
                    Assert.Equal(StableManifest(a), StableManifest(b));
                    break;
                case "report.html":
                    Assert.Equal(StableReport(a), StableReport(b));
                    break;
                case Extractor.Datasets.DatasetOutputs.DatabaseFileName:
                    Assert.Equal(SqliteContent(a), SqliteContent(b));
                    break;
                default:
                    Assert.True(File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b)), $"{file} differs between {expectedDir} and {actualDir}");
                    break;
            }
        }
    }

    static string StableSummary(string path)
    {
        var json = JObject.Parse(File.ReadAllText(path));
        foreach (var field in new[] { "started_utc", "wall_seconds", "documents_from_cache" }) json.Remove(field);
        foreach (var doc in json["documents"]?.Children<JObject>() ?? Enumerable.Empty<JObject>())
        {
            doc.Remove("seconds");
            doc.Remove("cached");
        }
        return json.ToString();
    }

    static string StableManifest(string path)
    {
        var json = JObject.Parse(File.ReadAllText(path));
        json.Remove("shard_source");
        return json.ToString();
    }

    [GeneratedRegex(@"Started \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC")]
    private static partial Regex StartTime();

    [GeneratedRegex(@"<div class=""n"">[\d.]+ s</div>")]
    private static partial Regex WallTime();

    static string StableReport(string path)
    {
        var html = File.ReadAllText(path);
        return WallTime().Replace(StartTime().Replace(html, "Started (time)"), "<div class=\"n\">(wall) s</div>");
    }

    /// <summary>Every table's schema and rows, in rowid order.</summary>
    public static string SqliteContent(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var text = new System.Text.StringBuilder();
        var tables = new List<(string Name, string Sql)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name";
            using var r = list.ExecuteReader();
            while (r.Read()) tables.Add((r.GetString(0), r.GetString(1)));
        }
        foreach (var (name, sql) in tables)
        {
            text.AppendLine(sql);
            if (!sql.StartsWith("CREATE TABLE", StringComparison.OrdinalIgnoreCase)) continue;
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{name}\" ORDER BY rowid";
            using var r = rows.ExecuteReader();
            while (r.Read())
                text.AppendLine(string.Join('\t', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return text.ToString();
    }
}
