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
        ["resources"] = new JArray(datasets.Select(d => new JObject
        {
            ["name"] = d.Name,
            ["title"] = d.Title,
            ["path"] = d.Name + ".csv",
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8-sig",
            ["dialect"] = new JObject { ["delimiter"] = ",", ["header"] = true, ["quoteChar"] = "\"" },
            ["schema"] = new JObject
            {
                ["fields"] = new JArray(d.Fields.Select(f => new JObject
                {
                    ["name"] = f.Name,
                    ["type"] = f.FrictionlessType,
                    ["description"] = f.Description,
                })),
                ["missingValues"] = new JArray(""),
            },
        }).Concat(extra ?? Enumerable.Empty<JObject>())),
    };

    /// <summary>A resource for a CSV that is not a <see cref="Dataset"/> (comparison.csv): name, path and (name, type, description) fields.</summary>
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
        Writers.AtomicFile.WriteAllText(Path.Combine(dir, FileName), Descriptor(datasets, extra).ToString(Newtonsoft.Json.Formatting.Indented));
}
