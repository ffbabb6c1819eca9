using System.Globalization;
using Newtonsoft.Json;

namespace Extractor.Datasets;

/// <summary>
/// Writes a decimal exactly as it is held (100 stays 100, 12.30 stays 12.30) so a document read back from its JSON
/// gives the same amounts, digit for digit, as the document that was written.
/// </summary>
public sealed class ExactDecimalConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is decimal d) writer.WriteRawValue(d.ToString(CultureInfo.InvariantCulture));
        else writer.WriteNull();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        reader.TokenType switch
        {
            JsonToken.Null => objectType == typeof(decimal?) ? null : throw new JsonSerializationException("null for a non-nullable decimal"),
            JsonToken.Integer => reader.Value is System.Numerics.BigInteger b ? (decimal)b : Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture),
            JsonToken.Float => reader.Value is decimal d ? d : decimal.Parse(Convert.ToString(reader.Value, CultureInfo.InvariantCulture)!, NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonToken.String => decimal.Parse((string)reader.Value!, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw new JsonSerializationException($"unexpected {reader.TokenType} for a decimal"),
        };
}
