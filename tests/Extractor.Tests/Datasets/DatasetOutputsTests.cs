using System.Text;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Tests.Batch;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using Parquet;
using Parquet.Schema;

namespace Extractor.Tests.Datasets;

public class DatasetOutputsTests : IDisposable
{
    readonly TempFolder _t = new();
    readonly string _out;
    readonly BudgetDocument _a = SampleDocuments.Unit("a.pdf", "景德镇市12345政务服务便民热线管理中心", 259.10m, 200m, 59.10m);
    readonly BudgetDocument _b = SampleDocuments.Unit("b.pdf", "另一个单位", 100m, 70m, 30m);

    public DatasetOutputsTests()
    {
        _out = _t.Sub("out");
        using var outputs = new DatasetOutputs(_out);
        outputs.AddDocument(_a, "x/a.pdf");
        outputs.AddDocument(_b, "b.pdf");
        outputs.AddFailure(new FailureRow("c.pdf", "c.pdf", FailureKind.BadInput, "empty file (0 bytes)"));
        outputs.Complete();
    }

    public void Dispose() => _t.Dispose();

    string FileText(string name) => File.ReadAllText(Path.Combine(_out, name));

    [Fact]
    public void LineItemsCsvStartsWithABomAndTheExactLineItemColumns()
    {
        var bytes = File.ReadAllBytes(Path.Combine(_out, "line-items.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var header = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[0];
        Assert.Equal(string.Join(",", LineItem.Columns), header);
        Assert.Equal(LineItem.Columns, Extractor.Datasets.Datasets.LineItems.Fields.Select(f => f.Name));
        Assert.Equal(CheckRow.Columns, Extractor.Datasets.Datasets.Checks.Fields.Select(f => f.Name));
    }

    [Fact]
    public void EveryPrintedAmountIsOneLineItemWithItsYuanValue()
    {
        var lines = FileText("line-items.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(Projections.LineItems(_a).Count() + Projections.LineItems(_b).Count(), lines.Count);
        // …, page, row, column, then the cell's box (x0, y0, x1, y1), sheet and cell: empty for a document without geometry
        Assert.Contains(lines, l => l.StartsWith("a.pdf,2,景德镇市12345政务服务便民热线管理中心,2025,budget,unit,expenditure,单位支出汇总表,function,201,一般公共服务支出,1,,printed,")
                                    && l.EndsWith(",total,合计,194.33,万元,1943300.00,3,6,3,,,,,,,false"));
    }

    [Fact]
    public void ChecksCsvQuotesCommasAndQuotes()
    {
        var text = FileText("checks.csv");
        Assert.Contains("\"header says 2024年预算数 in a 2025 document, \"\"quoted\"\", with comma\"", text);
    }

    [Fact]
    public void JsonlRowsParseAndCarryEveryColumnInOrder()
    {
        var lines = FileText("line-items.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var row = JObject.Parse(line, new JsonLoadSettings());
            Assert.Equal(LineItem.Columns, row.Properties().Select(p => p.Name));
        }
        var first = JObject.Parse(lines[0]);
        Assert.Equal(JTokenType.Null, first["code"]!.Type); // the grand-total row has no code: null, not missing
        Assert.Contains("\"amount\":259.10,", lines[0]);   // decimals exactly as printed
    }

    [Fact]
    public async Task ParquetReadsBackWithTheSameRowsAndExactDecimals()
    {
        await using var stream = File.OpenRead(Path.Combine(_out, "line-items.parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(LineItem.Columns, reader.Schema.GetDataFields().Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        var count = (int)group.RowCount;
        Assert.Equal(Projections.LineItems(_a).Count() + Projections.LineItems(_b).Count(), count);
        var yuanField = reader.Schema.GetDataFields().Single(f => f.Name == "amount_yuan");
        var yuan = new decimal?[count];
        await group.ReadAsync<decimal>(yuanField, yuan.AsMemory());
        Assert.Equal(2_591_000m, yuan[0]);
        var docField = reader.Schema.GetDataFields().Single(f => f.Name == "document");
        var docs = new string?[count];
        await group.ReadAsync(docField, docs.AsMemory());
        Assert.Equal("a.pdf", docs[0]);
        Assert.Equal("b.pdf", docs[^1]);
    }

    [Fact]
    public void TheDatabaseAnswersTheCommonQueriesThroughItsIndexes()
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(_out, DatasetOutputs.DatabaseFileName)};Mode=ReadOnly;Pooling=False");
        db.Open();
        object? Scalar(string sql) { using var c = db.CreateCommand(); c.CommandText = sql; return c.ExecuteScalar(); }
        decimal Num(string sql) => Convert.ToDecimal(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM documents"));
        Assert.Equal(2_591_000m, Num("SELECT revenue_total_yuan FROM documents WHERE unit_name LIKE '景德镇%'"));
        Assert.Equal(1_000_000m, Num("SELECT SUM(amount_yuan) FROM line_items WHERE unit_name = '另一个单位' AND table_kind = 'expenditure' AND measure = 'total' AND level = 1"));
        Assert.Equal(2L, Scalar("SELECT COUNT(DISTINCT document) FROM line_items WHERE code = '201' AND fiscal_year = 2025"));
        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM tables WHERE table_kind = 'government-fund-expenditure' AND declared_empty = 1"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM failures"));
        Assert.Equal(4L, Scalar("SELECT COUNT(*) FROM narrative_facts"));
        var plan = string.Join(" ", Query(db, "EXPLAIN QUERY PLAN SELECT * FROM line_items WHERE code = '201'"));
        Assert.Contains("ix_line_items_code", plan);
        foreach (var column in new[] { "unit_name", "code", "measure", "table_kind", "fiscal_year" })
            Assert.Equal(1L, Scalar($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_line_items_{column}'"));
    }

    static IEnumerable<string> Query(SqliteConnection db, string sql)
    {
        using var c = db.CreateCommand();
        c.CommandText = sql;
        using var r = c.ExecuteReader();
        while (r.Read()) yield return r.GetValue(r.FieldCount - 1)?.ToString() ?? "";
    }

    [Fact]
    public void TheDataPackageDescribesEveryCsvWithItsHeaderAndTypes()
    {
        var package = JObject.Parse(FileText(DataPackageWriter.FileName));
        var resources = (JArray)package["resources"]!;
        Assert.Equal(Extractor.Datasets.Datasets.All.Count, resources.Count);
        foreach (var r in resources)
        {
            var header = File.ReadAllLines(Path.Combine(_out, (string)r["path"]!), Encoding.UTF8)[0].TrimStart('\uFEFF');
            Assert.Equal(header, string.Join(",", r["schema"]!["fields"]!.Select(f => (string)f["name"]!)));
        }
        var lineItemFields = resources.Single(r => (string)r["name"]! == "line-items")["schema"]!["fields"]!;
        Assert.Equal("number", (string)lineItemFields.Single(f => (string)f["name"]! == "amount_yuan")["type"]!);
        Assert.Equal("integer", (string)lineItemFields.Single(f => (string)f["name"]! == "table_index")["type"]!);
    }

    [Fact]
    public void DocumentsCsvCarriesTotalsCompletenessAndCheckCounts()
    {
        var lines = File.ReadAllLines(Path.Combine(_out, "documents.csv"), Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var a = lines[1].Split(',');
        string Col(string name) => a[Array.IndexOf(header, name)];
        Assert.Equal("2591000.00", Col("revenue_total_yuan"));
        Assert.Equal("2591000.00", Col("expenditure_total_yuan"));
        Assert.Equal("1", Col("tables_missing"));
        Assert.Equal("summary", Col("missing_kinds"));
        Assert.Equal("1", Col("tables_declared_empty"));
        Assert.Equal("9", Col("checks_passed"));
        Assert.Equal("1", Col("checks_failed"));
        Assert.Equal("1", Col("findings_warning"));
        Assert.Equal("x/a.pdf", Col("path"));
    }

    [Fact]
    public void ADocumentReadBackFromItsJsonIsTheSameDigitForDigit()
    {
        var path = _t.Sub("doc.json");
        DocumentJsonWriter.Write(_a, path);
        var back = DocumentJsonWriter.Read(path);
        Assert.Equal(Projections.LineItems(_a), Projections.LineItems(back));
        Assert.Equal("259.10", back.Tables[0].Rows[0].Amounts[0].Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DocumentJsonWriter.ToJson(_a), DocumentJsonWriter.ToJson(back));
        Assert.Contains("\"amount_yuan\": 2591000", File.ReadAllText(path).Replace("\"yuan\"", "\"amount_yuan\""));
    }

    [Fact]
    public void TheDocumentSchemaValidatesTheCanonicalJsonAndRejectsABrokenOne()
    {
        var json = DocumentJsonWriter.ToJson(_a);
        Assert.Empty(DocumentSchema.Validate(json));
        var broken = JObject.Parse(json);
        broken["tables"]![0]!["rows"]![0]!["amounts"]![0]!["value"] = "two hundred";
        broken.Remove("document");
        Assert.NotEmpty(DocumentSchema.Validate(broken.ToString()));
        Assert.True(File.Exists(Path.Combine(_out, DocumentSchema.RelativePath)));
    }
}
