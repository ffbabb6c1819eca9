using Extractor.Writers;
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
        _file = new AtomicFile(path);
        _stream = _file.OpenWrite();
        _spec = dataset.Fields;
        _fields = dataset.Fields.Select(ToParquet).ToArray();
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream).GetAwaiter().GetResult();
    }

    public static DataField ToParquet(DatasetField f) => f.Type switch
    {
        FieldType.Integer => new DataField<int?>(f.Name),
        FieldType.Decimal => new DataField<decimal?>(f.Name),
        FieldType.Boolean => new DataField<bool?>(f.Name),
        _ => new DataField<string>(f.Name),
    };

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
                    group.WriteAsync<decimal>(field, _buffer.Select(r => (decimal?)r[c]).ToArray().AsMemory()).GetAwaiter().GetResult();
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
    }

    public void Dispose()
    {
        try { _writer.DisposeAsync().AsTask().GetAwaiter().GetResult(); } catch (Exception) { }
        _stream.Dispose();
        _file.Dispose();
    }
}
