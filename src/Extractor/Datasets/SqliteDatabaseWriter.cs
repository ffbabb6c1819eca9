using Microsoft.Data.Sqlite;

namespace Extractor.Datasets;

/// <summary>
/// The datasets as one SQLite database (extractor.sqlite): a table per dataset, rows inserted in one transaction,
/// indexes built at the end, the file renamed into place only when complete.
/// </summary>
public sealed class SqliteDatabaseWriter : IDisposable
{
    readonly AtomicFile _file;
    readonly SqliteConnection _connection;
    SqliteTransaction? _transaction;
    readonly List<Dataset> _datasets = new();

    public SqliteDatabaseWriter(string path)
    {
        _file = new AtomicFile(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file.TempPath, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
        _transaction = _connection.BeginTransaction();
    }

    /// <summary>Creates the dataset's table and returns a writer inserting into it.</summary>
    public IDatasetWriter Table(Dataset dataset)
    {
        _datasets.Add(dataset);
        var columns = string.Join(", ", dataset.Fields.Select(f => $"\"{f.Name}\" {f.SqliteType}"));
        Execute($"CREATE TABLE \"{dataset.Table}\" ({columns});");
        var insert = _connection.CreateCommand();
        insert.Transaction = _transaction;
        insert.CommandText = $"INSERT INTO \"{dataset.Table}\" VALUES ({string.Join(", ", dataset.Fields.Select((_, i) => "$p" + i))});";
        var parameters = dataset.Fields.Select((_, i) => insert.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
        for (var i = 0; i < dataset.Fields.Count; i++)
            parameters[i].SqliteType = dataset.Fields[i].Type switch
            {
                FieldType.Integer or FieldType.Boolean => SqliteType.Integer,
                FieldType.Decimal => SqliteType.Real,
                _ => SqliteType.Text,
            };
        insert.Prepare();
        return new TableWriter(insert, parameters);
    }

    public void Complete()
    {
        foreach (var d in _datasets)
        foreach (var columns in d.Indexes)
            Execute($"CREATE INDEX \"ix_{d.Table}_{string.Join("_", columns)}\" ON \"{d.Table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))});");
        _transaction!.Commit();
        _transaction = null;
        Execute("ANALYZE;");
        _connection.Close();
        _connection.Dispose();
        _file.Commit();
    }

    public void Dispose()
    {
        try { _transaction?.Dispose(); _connection.Dispose(); } catch (SqliteException) { }
        _file.Dispose();
    }

    void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = _transaction;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    sealed class TableWriter(SqliteCommand insert, SqliteParameter[] parameters) : IDatasetWriter
    {
        public void Write(object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    bool b => b ? 1 : 0,
                    decimal d => (double)d,
                    var v => v,
                };
            insert.ExecuteNonQuery();
        }

        public void Complete() { }
        public void Dispose() => insert.Dispose();
    }
}
