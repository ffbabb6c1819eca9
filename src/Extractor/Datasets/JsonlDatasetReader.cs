using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Extractor.Datasets;

/// <summary>
/// Reads back a dataset written by <see cref="JsonlDatasetWriter"/>: each line a record of the dataset's fields (field
/// name → string, int?, decimal? or bool?, typed by the dataset's declaration), decimals exact. A field the file lacks
/// (written by an older version) is null.
/// </summary>
public static class JsonlDatasetReader
{
    public static IEnumerable<IReadOnlyDictionary<string, object?>> Read(Dataset dataset, string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            using var reader = new JsonTextReader(new StringReader(line)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
            var json = JObject.Load(reader);
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var field in dataset.Fields)
                record[field.Name] = json[field.Name] is { Type: not JTokenType.Null } token ? Typed(field.Type, token) : null;
            yield return record;
        }
    }

    static object? Typed(FieldType type, JToken token) => type switch
    {
        FieldType.Integer => token.Value<int>(),
        FieldType.Decimal => token.Value<decimal>(),
        FieldType.Boolean => token.Value<bool>(),
        _ => token.Value<string>(),
    };
}
