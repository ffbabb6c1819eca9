namespace Extractor.Datasets;

/// <summary>Field types every dataset format understands (Frictionless names: string, integer, number, boolean).</summary>
public enum FieldType { String, Integer, Decimal, Boolean }

/// <summary>One column of a dataset: name, type and a sentence for the data package.</summary>
public sealed record DatasetField(string Name, FieldType Type, string Description)
{
    /// <summary>The Frictionless Table Schema type.</summary>
    public string FrictionlessType => Type switch
    {
        FieldType.Integer => "integer",
        FieldType.Decimal => "number",
        FieldType.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>The SQLite column type (decimals are NUMERIC: exact decimals live in the CSV, JSONL and Parquet).</summary>
    public string SqliteType => Type switch
    {
        FieldType.Integer or FieldType.Boolean => "INTEGER",
        FieldType.Decimal => "NUMERIC",
        _ => "TEXT",
    };
}

/// <summary>A dataset's shape: its name (file stem and SQLite table) and ordered fields.</summary>
public abstract class Dataset
{
    /// <summary>File stem: line-items → line-items.csv, line-items.jsonl, line-items.parquet.</summary>
    public abstract string Name { get; }
    public abstract string Title { get; }
    public abstract IReadOnlyList<DatasetField> Fields { get; }
    /// <summary>SQLite table name (hyphens become underscores).</summary>
    public string Table => Name.Replace('-', '_');
    /// <summary>SQLite indexes: each entry a list of columns.</summary>
    public virtual IReadOnlyList<string[]> Indexes => Array.Empty<string[]>();

    /// <summary>A row's values (in field order) by field name.</summary>
    public IReadOnlyDictionary<string, object?> Record(object?[] values)
    {
        var record = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++) record[Fields[i].Name] = values[i];
        return record;
    }
}

/// <summary>A dataset whose rows are records of type <typeparamref name="T"/>.</summary>
public sealed class Dataset<T> : Dataset
{
    readonly (DatasetField Field, Func<T, object?> Get)[] _columns;
    readonly string[][] _indexes;

    public Dataset(string name, string title, IEnumerable<(DatasetField, Func<T, object?>)> columns, params string[][] indexes)
    {
        Name = name;
        Title = title;
        _columns = columns.ToArray();
        Fields = _columns.Select(c => c.Field).ToArray();
        _indexes = indexes;
    }

    public override string Name { get; }
    public override string Title { get; }
    public override IReadOnlyList<DatasetField> Fields { get; }
    public override IReadOnlyList<string[]> Indexes => _indexes;

    /// <summary>The row's values in field order (string, int?, decimal?, bool? or null).</summary>
    public object?[] Values(T row)
    {
        var values = new object?[_columns.Length];
        for (var i = 0; i < _columns.Length; i++) values[i] = _columns[i].Get(row);
        return values;
    }
}

/// <summary>Shorthand for declaring dataset columns.</summary>
public static class Col
{
    public static (DatasetField, Func<T, object?>) S<T>(string name, string description, Func<T, string?> get) =>
        (new DatasetField(name, FieldType.String, description), r => get(r));
    public static (DatasetField, Func<T, object?>) I<T>(string name, string description, Func<T, int?> get) =>
        (new DatasetField(name, FieldType.Integer, description), r => get(r));
    public static (DatasetField, Func<T, object?>) D<T>(string name, string description, Func<T, decimal?> get) =>
        (new DatasetField(name, FieldType.Decimal, description), r => get(r));
    public static (DatasetField, Func<T, object?>) B<T>(string name, string description, Func<T, bool?> get) =>
        (new DatasetField(name, FieldType.Boolean, description), r => get(r));
}
