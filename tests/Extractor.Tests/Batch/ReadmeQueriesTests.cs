using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Batch;
using Extractor.Datasets;
using Extractor.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Extractor.Tests.Batch;

/// <summary>The README's example queries, read from the README itself, run on the bundled corpus as the first README command extracts it.</summary>
public class ReadmeQueriesTests
{
    static List<string> Queries()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var block = Regex.Match(readme, "```sql\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var sql = string.Join("\n", block.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
        return sql.Split(';').Select(q => q.Trim()).Where(q => q.Length > 0).ToList();
    }

    [Fact]
    public void TheReadmeQueriesReturnTheRowsTheyPromiseOnTheBundledCorpus()
    {
        using var t = new TempFolder();
        var options = new BatchOptions { OutputDir = t.Sub("out"), Jobs = 2 };
        var result = new BatchRunner(options).RunAsync(InputCollector.Collect(new[] { RepoPaths.Corpus }, options.OutputDir, out _)).GetAwaiter().GetResult();
        Assert.True(result.AllProcessed);

        var queries = Queries();
        Assert.Equal(3, queries.Count);
        using var db = new SqliteConnection($"Data Source={Path.Combine(t.Sub("out"), DatasetOutputs.DatabaseFileName)};Mode=ReadOnly;Pooling=False");
        db.Open();
        var rows = queries.Select(q =>
        {
            using var cmd = db.CreateCommand();
            cmd.CommandText = q;
            using var r = cmd.ExecuteReader();
            var list = new List<object?[]>();
            while (r.Read())
            {
                var values = new object?[r.FieldCount];
                for (var i = 0; i < r.FieldCount; i++) values[i] = r.IsDBNull(i) ? null : r.GetValue(i);
                list.Add(values);
            }
            return list;
        }).ToList();

        // The corpus holds one disclosure in four formats: the unit once, with its 259.10 万元 and its 三公 0.
        var unit = Assert.Single(rows[0]);
        Assert.Equal(259.1, Convert.ToDouble(unit[1], CultureInfo.InvariantCulture), 6);
        Assert.Equal(0.0, Convert.ToDouble(unit[2], CultureInfo.InvariantCulture), 6);
        var administration = Assert.Single(rows[1]);
        Assert.Equal("2014101", administration[1]);
        Assert.Equal(107.98, Convert.ToDouble(administration[2], CultureInfo.InvariantCulture), 6);
        Assert.Contains(rows[2], r => (string)r[0]! == "header-year" && Convert.ToInt64(r[3], CultureInfo.InvariantCulture) == 1);
    }
}
