using System.Text;
using Extractor.Model;
using Newtonsoft.Json;

namespace Extractor.Datasets;

/// <summary>The canonical document as JSON (documents/&lt;file name&gt;.json), written atomically and read back exactly.</summary>
public static class DocumentJsonWriter
{
    static readonly UTF8Encoding Utf8NoBom = new(false);

    public static string ToJson(BudgetDocument doc) => JsonConvert.SerializeObject(doc, JsonSettings.Indented);

    public static void Write(BudgetDocument doc, string path)
    {
        using var file = new AtomicFile(path);
        using (var stream = file.OpenWrite())
        using (var text = new StreamWriter(stream, Utf8NoBom))
        using (var json = new JsonTextWriter(text))
            JsonSettings.Serializer(indented: true).Serialize(json, doc);
        file.Commit();
    }

    public static BudgetDocument Read(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8);
        using var json = new JsonTextReader(text) { FloatParseHandling = FloatParseHandling.Decimal };
        return JsonSettings.Serializer().Deserialize<BudgetDocument>(json)
               ?? throw new InvalidDataException($"{path}: not a document");
    }

    public static BudgetDocument FromJson(string json) =>
        JsonConvert.DeserializeObject<BudgetDocument>(json, JsonSettings.Compact) ?? throw new InvalidDataException("not a document");
}
