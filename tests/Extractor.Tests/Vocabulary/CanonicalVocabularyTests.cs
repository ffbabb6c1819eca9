using System.Text.RegularExpressions;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Tests.Support;
using Newtonsoft.Json;

namespace Extractor.Tests.Vocabulary;

/// <summary>
/// The model's typed vocabulary (phase, scope, table kind, measure) is written as exactly the canonical strings of
/// DOMAIN.md section 9 (and the table keys of sections 3 and 3b): in the document JSON and through Canonical.Text.
/// </summary>
public class CanonicalVocabularyTests
{
    /// <summary>The contract, kept here so a fresh clone without ../shared still checks it.</summary>
    static readonly string[] Contract =
    {
        "budget", "final", "department", "unit", "government",
        "summary", "revenue", "expenditure", "appropriation-summary", "general-expenditure", "general-basic-expenditure",
        "three-public", "government-fund-expenditure", "state-capital-expenditure", "performance-targets", "procurement",
        "project-expenditure", "other", "government-general-revenue", "government-general-expenditure",
        "government-general-basic-expenditure", "government-fund-revenue", "state-capital-revenue",
        "social-insurance-revenue", "social-insurance-expenditure", "balance", "transfer-payments", "debt",
        "total", "basic", "personnel", "public", "project", "carryover", "appropriation", "general-budget",
        "government-fund", "state-capital", "business-income", "operating-income", "subsidiary-income", "superior-subsidy",
        "other-income", "non-appropriation-balance", "transfer-to-superior", "operating-expenditure", "subsidy-to-subsidiary",
        "outbound", "reception", "vehicles", "vehicle-purchase", "vehicle-operation", "meeting", "training",
        "operating-costs", "special-account", "procurement-sme", "procurement-small-micro", "current-year-total",
        "prior-year", "change", "adjusted-budget", "execution", "percent-of-budget", "growth-percent",
    };

    static IEnumerable<string> Written()
    {
        foreach (var v in Canonical.All<Phase>()) yield return Json(v, v.Text());
        foreach (var v in Canonical.All<Scope>()) yield return Json(v, v.Text());
        foreach (var v in Canonical.All<TableKind>()) yield return Json(v, v.Text());
        foreach (var v in Canonical.All<Measure>()) yield return Json(v, v.Text());
    }

    /// <summary>The JSON of a value (as a model field is written), asserted equal to its canonical text and read back.</summary>
    static string Json<T>(T value, string text) where T : struct, Enum
    {
        var json = JsonConvert.SerializeObject(value, JsonSettings.Compact);
        Assert.Equal("\"" + text + "\"", json);
        Assert.Equal(value, JsonConvert.DeserializeObject<T>(json, JsonSettings.Compact));
        Assert.True(Canonical.TryParse<T>(text, out var parsed) && parsed.Equals(value));
        return text;
    }

    [Fact]
    public void EveryValueIsWrittenAsAStringOfTheContract()
    {
        var written = Written().ToList();
        Assert.Empty(written.Except(Contract));
        Assert.Empty(Contract.Except(written));
    }

    [Fact]
    public void AModelFieldIsWrittenAsItsCanonicalString()
    {
        var doc = new BudgetDocument { Document = "d", Format = "txt" };
        doc.Metadata.Phase = Phase.Final;
        doc.Metadata.Scope = Scope.Government;
        var table = new BudgetTable { Kind = TableKind.GovernmentGeneralBasicExpenditure };
        table.Columns.Add(new TableColumn { Measure = Measure.ProcurementSmallMicro });
        doc.Tables.Add(table);
        var json = DocumentJsonWriter.ToJson(doc);
        foreach (var expected in new[] { "\"phase\": \"final\"", "\"scope\": \"government\"",
                     "\"kind\": \"government-general-basic-expenditure\"", "\"measure\": \"procurement-small-micro\"" })
            Assert.Contains(expected, json);
        var back = DocumentJsonWriter.FromJson(json);
        Assert.Equal(TableKind.GovernmentGeneralBasicExpenditure, back.Tables[0].Kind);
        Assert.Equal(Measure.ProcurementSmallMicro, back.Tables[0].Columns[0].Measure);
    }

    [Fact]
    public void AStringOutsideTheContractIsNoValue()
    {
        Assert.False(Canonical.TryParse<Measure>("Total", out _));
        Assert.False(Canonical.TryParse<TableKind>("three_public", out _));
        Assert.Throws<FormatException>(() => Canonical.Parse<Phase>("draft"));
    }

    [SkippableFact]
    public void EveryValueIsNamedInDomainMd()
    {
        var domain = Path.Combine(RepoPaths.Shared, "DOMAIN.md");
        Skip.IfNot(File.Exists(domain), $"{domain} not found: ../shared is absent");
        var text = File.ReadAllText(domain);
        var words = new HashSet<string>(StringComparer.Ordinal);
        // section 9 (the vocabulary) and the key column of the table-kind tables of sections 3 and 3b
        var section9 = Regex.Match(text, @"^## 9\..*?(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline).Value;
        foreach (Match m in Regex.Matches(section9, @"\b[a-z]+(?:-[a-z]+)*\b")) words.Add(m.Value);
        foreach (Match row in Regex.Matches(text, @"^\| *([a-z]+(?:-[a-z]+)*(?: */ *[a-z]+(?:-[a-z]+)*)*) *\|", RegexOptions.Multiline))
            foreach (var key in row.Groups[1].Value.Split('/', StringSplitOptions.TrimEntries)) words.Add(key);
        Assert.Empty(Written().Where(w => !words.Contains(w)));
    }
}
