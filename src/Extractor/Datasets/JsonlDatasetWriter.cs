using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace Extractor.Datasets;

/// <summary>A dataset as JSON Lines: one object per row with every field (null when empty), decimals exact.</summary>
public sealed class JsonlDatasetWriter : TextDatasetWriter
{
    readonly IReadOnlyList<DatasetField> _fields;

    public JsonlDatasetWriter(string path, Dataset dataset) : base(path, new UTF8Encoding(false), "\n") => _fields = dataset.Fields;

    public override void Write(object?[] values)
    {
        using (var json = new JsonTextWriter(Text) { CloseOutput = false, Formatting = Formatting.None })
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
        Text.WriteLine();
    }
}
