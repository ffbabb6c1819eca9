using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Extractor.Datasets;

/// <summary>One JSON convention for every output: snake_case names, nulls left out, decimals as printed.</summary>
public static class JsonSettings
{
    public static readonly JsonSerializerSettings Indented = Create(Formatting.Indented);
    public static readonly JsonSerializerSettings Compact = Create(Formatting.None);

    static JsonSerializerSettings Create(Formatting formatting) => new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = formatting,
        FloatParseHandling = FloatParseHandling.Decimal,
        Converters = { new StringEnumConverter(new KebabCaseNamingStrategy()), new ExactDecimalConverter() },
    };

    public static JsonSerializer Serializer(bool indented = false) => JsonSerializer.Create(indented ? Indented : Compact);
}
