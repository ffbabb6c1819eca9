using System.Text.Json;
using Extractor.Model;
using NJsonSchema;
using NJsonSchema.Generation;

namespace Extractor.Datasets;

/// <summary>The JSON Schema of the canonical document JSON (documents/*.json), generated from the model.</summary>
public static class DocumentSchema
{
    public const string RelativePath = "schema/document.schema.json";

    static readonly Lazy<JsonSchema> Cached = new(Generate);

    public static JsonSchema Schema => Cached.Value;

    static JsonSchema Generate()
    {
        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SerializerOptions = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower },
            SchemaType = SchemaType.JsonSchema,
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.Null,
            GenerateAbstractProperties = false,
        };
        var schema = JsonSchema.FromType<BudgetDocument>(settings);
        schema.Title = "Extractor canonical budget document " + SchemaVersion.Current;
        return schema;
    }

    public static string ToJson() => Schema.ToJson();

    /// <summary>Validation errors of a document's JSON against the schema (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(string json) =>
        Schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();

    public static void Write(string dir) => AtomicFile.WriteAllText(Path.Combine(dir, RelativePath), ToJson());
}
