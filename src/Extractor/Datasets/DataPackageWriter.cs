using Newtonsoft.Json.Linq;

namespace Extractor.Datasets;

/// <summary>The Frictionless Data Package descriptor (datapackage.json) describing every CSV with its field types.</summary>
public static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    public static JObject Descriptor(IEnumerable<Dataset> datasets, IEnumerable<JObject>? extra = null) => new()
    {
        ["profile"] = "tabular-data-package",
        ["name"] = "extractor-budget-datasets",
        ["title"] = "Budget disclosures extracted by Extractor",
        ["schema_version"] = Model.SchemaVersion.Current,
        ["resources"] = new JArray(datasets
            .Select(d => Resource(d.Name, d.Title, d.Name + ".csv", d.Fields.Select(f => (f.Name, f.FrictionlessType, f.Description))))
            .Concat(extra ?? Enumerable.Empty<JObject>())),
    };

    /// <summary>A CSV resource (every dataset, and comparison.csv whose columns vary per run): name, path and (name, type, description) fields.</summary>
    public static JObject Resource(string name, string title, string path, IEnumerable<(string Name, string Type, string Description)> fields) => new()
    {
        ["name"] = name,
        ["title"] = title,
        ["path"] = path,
        ["profile"] = "tabular-data-resource",
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8-sig",
        ["dialect"] = new JObject { ["delimiter"] = ",", ["header"] = true, ["quoteChar"] = "\"" },
        ["schema"] = new JObject
        {
            ["fields"] = new JArray(fields.Select(f => new JObject { ["name"] = f.Name, ["type"] = f.Type, ["description"] = f.Description })),
            ["missingValues"] = new JArray(""),
        },
    };

    public static void Write(string dir, IEnumerable<Dataset> datasets, IEnumerable<JObject>? extra = null) =>
        AtomicFile.WriteAllText(Path.Combine(dir, FileName), Descriptor(datasets, extra).ToString(Newtonsoft.Json.Formatting.Indented));
}
