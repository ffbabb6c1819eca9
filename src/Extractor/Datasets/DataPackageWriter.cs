using Newtonsoft.Json.Linq;

namespace Extractor.Datasets;

/// <summary>The Frictionless Data Package descriptor (datapackage.json) describing every CSV with its field types.</summary>
public static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    public static JObject Descriptor(IEnumerable<Dataset> datasets) => new()
    {
        ["profile"] = "tabular-data-package",
        ["name"] = "extractor-budget-datasets",
        ["title"] = "Budget disclosures extracted by Extractor",
        ["schema_version"] = Model.SchemaVersion.Current,
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
        })),
    };

    public static void Write(string dir, IEnumerable<Dataset> datasets) =>
        Writers.AtomicFile.WriteAllText(Path.Combine(dir, FileName), Descriptor(datasets).ToString(Newtonsoft.Json.Formatting.Indented));
}
