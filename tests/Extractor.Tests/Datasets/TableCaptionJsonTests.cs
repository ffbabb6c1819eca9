using Extractor.Datasets;
using Extractor.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Datasets;

/// <summary>
/// The caption is one record (<see cref="TableCaption"/>) held by the table, but the document JSON and its schema keep
/// the contract's flat names (title, number, amount_unit … header_year, note), in their places, with no caption object.
/// </summary>
public class TableCaptionJsonTests
{
    static BudgetTable Table() => new()
    {
        Index = 1,
        Kind = TableKind.Expenditure,
        Caption = new TableCaption
        {
            Title = "一般公共预算支出表", Number = "单位公开表 3", AmountUnit = "万元", ReportingUnit = "某局", ReportingUnitCode = "166003",
            Year = 2025, YearText = "2025年预算数", Note = "注：无", NoteSaysEmpty = true,
        },
        Coverage = GovernmentCoverage.Region,
        DeclaredEmpty = true,
    };

    [Fact]
    public void TheCaptionIsWrittenFlatUnderTheContractNamesInTheirOrder()
    {
        var json = JObject.Parse(JsonConvert.SerializeObject(Table(), JsonSettings.Compact));
        var names = json.Properties().Select(p => p.Name).ToList();
        Assert.DoesNotContain("caption", names);
        Assert.Equal(new[] { "index", "kind", "title", "number", "amount_unit", "reporting_unit", "reporting_unit_code", "header_year",
            "header_year_text", "coverage", "classification", "declared_empty", "note" }, names.Take(13));
        Assert.Equal("单位公开表 3", (string?)json["number"]);
        Assert.Equal(2025, (int?)json["header_year"]);
        Assert.Equal("2025年预算数", (string?)json["header_year_text"]);
    }

    [Fact]
    public void TheCachedJsonReadsBackIntoTheCaption()
    {
        var json = JsonConvert.SerializeObject(Table(), JsonSettings.Compact);
        var read = JsonConvert.DeserializeObject<BudgetTable>(json, JsonSettings.Compact)!;
        // what the JSON holds comes back; the note flags are recognition's reading and are not written
        Assert.Equal(Table().Caption with { NoteSaysEmpty = false }, read.Caption);
        Assert.Equal(json, JsonConvert.SerializeObject(read, JsonSettings.Compact));
    }

    [Fact]
    public void TheSchemaDescribesTheFlatNamesAndNoCaptionObject()
    {
        var table = DocumentSchema.Schema.Definitions[nameof(BudgetTable)];
        Assert.DoesNotContain("caption", table.Properties.Keys);
        Assert.Contains("title", table.Properties.Keys);
        Assert.Contains("header_year_text", table.Properties.Keys);
        Assert.DoesNotContain(nameof(TableCaption), DocumentSchema.Schema.Definitions.Keys);
    }
}
