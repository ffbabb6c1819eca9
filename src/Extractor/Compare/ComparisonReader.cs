using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Extractor.Compare;

/// <summary>Reads the comparison from an output folder's extractor.sqlite (documents and function_shares tables).</summary>
public static class ComparisonReader
{
    /// <summary><paramref name="path"/> is an output folder or its extractor.sqlite.</summary>
    public static Comparison Read(string path)
    {
        var db = Directory.Exists(path) ? Path.Combine(path, Datasets.DatasetOutputs.DatabaseFileName) : path;
        if (!File.Exists(db)) throw new FileNotFoundException($"no database at {db}: run extract first", db);
        var comparison = new Comparison();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();

        var byDocument = new Dictionary<string, UnitComparison>(StringComparer.Ordinal);
        // A duplicate copy of a disclosure (documents.duplicate_of) is counted once: the first copy stands for it.
        var hasDuplicateColumn = false;
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT COUNT(*) FROM pragma_table_info('documents') WHERE name = 'duplicate_of'";
            hasDuplicateColumn = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
        }
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = $"SELECT {string.Join(", ", Comparison.UnitColumns.Concat(Comparison.MetricColumns).Concat(Comparison.CompletenessColumns).Append("missing_kinds").Append("metrics_from_narrative").Select(c => $"\"{c}\""))} FROM documents" +
                              (hasDuplicateColumn ? " WHERE duplicate_of IS NULL" : "") + " ORDER BY rowid";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var unit = new UnitComparison
                {
                    Document = reader.GetString(0),
                    UnitName = reader.IsDBNull(1) ? null : reader.GetString(1),
                    ParentDepartment = reader.IsDBNull(2) ? null : reader.GetString(2),
                    FiscalYear = reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    Phase = reader.IsDBNull(4) ? null : reader.GetString(4),
                    Scope = reader.IsDBNull(5) ? null : reader.GetString(5),
                };
                for (var i = 0; i < Comparison.MetricColumns.Length; i++)
                {
                    var ordinal = Comparison.UnitColumns.Length + i;
                    unit.Metrics[Comparison.MetricColumns[i]] = reader.IsDBNull(ordinal) ? null : ToDecimal(reader.GetValue(ordinal));
                }
                var first = Comparison.UnitColumns.Length + Comparison.MetricColumns.Length;
                for (var i = 0; i < Comparison.CompletenessColumns.Length; i++)
                    unit.Completeness[Comparison.CompletenessColumns[i]] = reader.IsDBNull(first + i) ? null : reader.GetInt32(first + i);
                var missing = first + Comparison.CompletenessColumns.Length;
                unit.MissingKinds = reader.IsDBNull(missing) ? null : reader.GetString(missing);
                unit.FromNarrative = reader.IsDBNull(missing + 1) ? null : reader.GetString(missing + 1);
                comparison.Units.Add(unit);
                byDocument.TryAdd(unit.Document, unit);
            }
        }

        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT document, code, name, amount_yuan, share FROM function_shares ORDER BY rowid";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                if (!byDocument.TryGetValue(reader.GetString(0), out var unit)) continue;
                var code = reader.GetString(1);
                unit.ShareAmounts[code] = ToDecimal(reader.GetValue(3));
                unit.Shares[code] = ToDecimal(reader.GetValue(4));
                if (!comparison.Classes.TryGetValue(code, out var known) || known == null)
                    comparison.Classes[code] = reader.IsDBNull(2) ? null : reader.GetString(2);
            }
        }
        return comparison;
    }

    /// <summary>SQLite holds decimals as REAL; back to decimal at 15 significant digits, exact for printed amounts.</summary>
    static decimal ToDecimal(object value) => value switch
    {
        long l => l,
        double d => decimal.Parse(d.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
        string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };
}
