using Parquet;
using Parquet.Schema;

namespace Extractor.Datasets;

/// <summary>A dataset as Parquet, written in row groups of <see cref="RowGroupSize"/> rows so memory stays flat.</summary>
public sealed class ParquetDatasetWriter : IDatasetWriter
{
    public const int RowGroupSize = 20_000;

    readonly AtomicFile _file;
    readonly FileStream _stream;
    readonly ParquetWriter _writer;
    readonly DataField[] _fields;
    readonly IReadOnlyList<DatasetField> _spec;
    readonly List<object?[]> _buffer = new();

    public ParquetDatasetWriter(string path, Dataset dataset)
    {
        _path = path;
        _file = new AtomicFile(path);
        _stream = _file.OpenWrite();
        _spec = dataset.Fields;
        _fields = dataset.Fields.Select(ToParquet).ToArray();
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream).GetAwaiter().GetResult();
    }

    public static DataField ToParquet(DatasetField f) => f.Type switch
    {
        FieldType.Integer => new DataField<int?>(f.Name),
        // An explicit scale: Parquet.Net scales the unscaled integer in System.Decimal, so the default scale 18 overflows
        // for amounts past about 8e10 (a provincial table in 亿元). Scale 8 holds every printed amount up to 7.9e20.
        FieldType.Decimal => new DecimalDataField(f.Name, DecimalPrecision, DecimalScale, isNullable: true),
        FieldType.Boolean => new DataField<bool?>(f.Name),
        _ => new DataField<string>(f.Name),
    };

    readonly string _path;
    public const int DecimalPrecision = 38, DecimalScale = 8;
    static readonly decimal DecimalLimit = 7.9e20m;

    /// <summary>Decimals the Parquet column cannot hold exactly (more than 8 places, or past 7.9e20) are written empty here;
    /// CSV, JSONL, SQLite and the JSON keep them. Counted so the caller can say so.</summary>
    public int Unrepresentable { get; private set; }

    decimal? Representable(decimal? v)
    {
        if (v is not decimal d) return null;
        if (Math.Abs(d) < DecimalLimit && decimal.Round(d, DecimalScale) == d) return d;
        Unrepresentable++;
        return null;
    }

    public void Write(object?[] values)
    {
        _buffer.Add(values);
        if (_buffer.Count >= RowGroupSize) Flush();
    }

    void Flush()
    {
        if (_buffer.Count == 0) return;
        using var group = _writer.CreateRowGroup();
        for (var c = 0; c < _fields.Length; c++)
        {
            var field = _fields[c];
            switch (_spec[c].Type)
            {
                case FieldType.Integer:
                    group.WriteAsync<int>(field, _buffer.Select(r => (int?)r[c]).ToArray().AsMemory()).GetAwaiter().GetResult();
                    break;
                case FieldType.Decimal:
                    group.WriteAsync<decimal>(field, _buffer.Select(r => Representable((decimal?)r[c])).ToArray().AsMemory()).GetAwaiter().GetResult();
                    break;
                case FieldType.Boolean:
                    group.WriteAsync<bool>(field, _buffer.Select(r => (bool?)r[c]).ToArray().AsMemory()).GetAwaiter().GetResult();
                    break;
                default:
                    group.WriteAsync(field, _buffer.Select(r => (string?)r[c]).ToArray()!).GetAwaiter().GetResult();
                    break;
            }
        }
        _buffer.Clear();
    }

    public void Complete()
    {
        Flush();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
        _file.Commit();
        if (Unrepresentable > 0)
            Console.Error.WriteLine($"warning: {Path.GetFileName(_path)}: {Unrepresentable} decimal(s) beyond the Parquet column's precision " +
                                    $"({DecimalPrecision}, scale {DecimalScale}) written empty there; the CSV, JSONL and SQLite outputs hold them exactly");
    }

    public void Dispose()
    {
        try { _writer.DisposeAsync().AsTask().GetAwaiter().GetResult(); } catch (Exception) { }
        _stream.Dispose();
        _file.Dispose();
    }
}
