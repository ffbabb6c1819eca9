using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace Extractor.Datasets;

/// <summary>A dataset as JSON Lines: one object per row with every field (null when empty), decimals exact.</summary>
public sealed class JsonlDatasetWriter : IDatasetWriter
{
    readonly AtomicFile _file;
    readonly StreamWriter _text;
    readonly IReadOnlyList<DatasetField> _fields;

    public JsonlDatasetWriter(string path, Dataset dataset)
    {
        _file = new AtomicFile(path);
        _text = new StreamWriter(_file.OpenWrite(), new UTF8Encoding(false)) { NewLine = "\n" };
        _fields = dataset.Fields;
    }

    public void Write(object?[] values)
    {
        using (var json = new JsonTextWriter(_text) { CloseOutput = false, Formatting = Formatting.None })
        {
            json.WriteStartObject();
            for (var i = 0; i < _fields.Count; i++)
            {
                json.WritePropertyName(_fields[i].Name);
                switch (values[i])
                {
                    case null: json.WriteNull(); break;
                    case decimal d: json.WriteRawValue(d.ToString(CultureInfo.InvariantCulture)); break;
                    case int n: json.WriteValue(n); break;
                    case bool b: json.WriteValue(b); break;
                    default: json.WriteValue(ValueText.Format(values[i])); break;
                }
            }
            json.WriteEndObject();
        }
        _text.WriteLine();
    }

    public void Complete()
    {
        _text.Dispose();
        _file.Commit();
    }

    public void Dispose()
    {
        try { _text.Dispose(); } catch (ObjectDisposedException) { }
        _file.Dispose();
    }
}
