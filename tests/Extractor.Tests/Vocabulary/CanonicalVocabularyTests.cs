using System.Text.RegularExpressions;
using Extractor.Datasets;
using Extractor.Model;
using Extractor.Tests.Support;
using Newtonsoft.Json;

namespace Extractor.Tests.Vocabulary;

/// <summary>
/// The model's typed vocabulary (phase, scope, table kind, classification, measure) is written as exactly the canonical
/// strings of DOMAIN.md section 9 (and the table keys of sections 3 and 3b); the output-only vocabularies (government
/// level and coverage, code source and confidence, severity, finding cause, side, column and finding-cell roles, review
/// decision, failure kind) as exactly the strings the dataset columns and the document schema document: in the document JSON and
/// through Canonical.Text.
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
        // debt tables' measures: an extension of section 9 the README documents (DebtMeasuresAreDocumentedInTheReadme)
        "debt-limit", "debt-new-limit", "debt-balance-opening", "debt-new", "debt-repayment", "debt-interest", "debt-balance",
        "function", "economic", "economic-government", "none",
    };

    static IEnumerable<string> Written()
    {
        foreach (var v in Canonical.All<Phase>()) yield return Json(v, v.Text());
        foreach (var v in Canonical.All<Scope>()) yield return Json(v, v.Text());
        foreach (var v in Canonical.All<TableKind>()) yield return Json(v, v.Text());
        foreach (var v in Canonical.All<Measure>()) yield return Json(v, v.Text());
        foreach (var v in Canonical.All<Classification>()) yield return Json(v, v.Text());
    }

    /// <summary>Each vocabulary of the model is written as the values the document schema's description of the field
    /// that holds it names (schema/document.schema.json, from the model's comments).</summary>
    [Fact]
    public void EachModelVocabularyIsTheOneItsSchemaFieldDocuments()
    {
        var fields = new (string Type, string Field, string[] Values)[]
        {
            ("DocumentMetadata", "government_level", Texts<GovernmentLevel>("province", "city", "county")),
            ("DocumentMetadata", "government_coverage", Texts<GovernmentCoverage>("region", "own-level")),
            ("BudgetTable", "coverage", Texts<GovernmentCoverage>("region", "own-level")),
            ("BudgetTable", "classification", Texts<Classification>("function", "economic", "economic-government", "revenue", "none")),
            ("Amount", "debt_kind", Texts<DebtKind>("general", "special")),
            ("TableRow", "code_source", Texts<CodeSource>("printed", "catalog")),
            ("TableRow", "code_confidence", Texts<CodeConfidence>("high", "low")),
            ("TableRow", "side", Texts<Side>("income", "expenditure")),
            ("TableColumn", "side", Texts<Side>("income", "expenditure")),
            ("TableColumn", "role", Texts<ColumnRole>("code", "name", "amount", "text", "side-label", "code-part", "ordinal")),
            ("FindingCell", "role", Texts<FindingCellRole>("checked", "part", "compared")),
            ("CheckFinding", "cause", Texts<FindingCause>("published", "extraction", "undetermined")),
            ("CheckFinding", "review", Texts<ReviewDecision>("confirmed", "dismissed")),
            ("BudgetTable", "recognised_by", Texts<KindSource>("title", "title-weak", "title-qualifier", "title-unlisted", "title-superseded",
                "header", "columns", "codes", "number-in-toc", "title-in-toc", "order-in-toc", "table-of-contents", "continuation", "none",
                "government-title", "government-rows", "government-follows", "government-header", "government-columns", "government-codes",
                "government-number-in-toc", "government-title-in-toc", "government-order-in-toc")),
            ("KindEvidence", "source", EvidenceSources.Select(v => Json(v, v.Text())).ToArray()),
            ("DocumentIssue", "code", Texts<IssueCode>("unreadable-page", "needs-ocr", "hidden-content", "encoding-guessed", "converted",
                "invalid-bytes", "unknown-header", "header-from-arithmetic", "continuation-column-unmapped", "codes-unresolved",
                "check-failed", "evidence-failed")),
        };
        var schema = Newtonsoft.Json.Linq.JObject.Parse(DocumentSchema.ToJson());
        foreach (var (type, field, values) in fields)
        {
            var description = (string?)schema["definitions"]?[type]?["properties"]?[field]?["description"] ?? "";
            foreach (var value in values)
                Assert.True(Regex.IsMatch(description, @"(?<![\w-])" + Regex.Escape(value) + @"(?![\w-])"),
                    $"{type}.{field} does not document '{value}': {description}");
        }
    }

    /// <summary>The sources a piece of kind evidence is written with (the rest of <see cref="KindSource"/> names the step
    /// that decided a table's kind, written only as its recognised_by).</summary>
    static readonly KindSource[] EvidenceSources =
    {
        KindSource.Title, KindSource.TitleWeak, KindSource.TitleQualifier, KindSource.TitleUnlisted, KindSource.TitleSuperseded,
        KindSource.Header, KindSource.Columns, KindSource.Codes, KindSource.NumberInToc, KindSource.TitleInToc, KindSource.OrderInToc,
        KindSource.Continuation,
    };

    /// <summary>The values of <typeparamref name="T"/> as written (JSON and Canonical.Text), asserted to be <paramref name="expected"/>.</summary>
    static string[] Texts<T>(params string[] expected) where T : struct, Enum
    {
        var written = Canonical.All<T>().Select(v => Json(v, v.Text())).ToArray();
        Assert.Equal(expected, written);
        return written;
    }

    /// <summary>Each output-only vocabulary is written as the values the dataset column that writes it documents (the
    /// description goes into datapackage.json; the README repeats it).</summary>
    [Fact]
    public void EachOutputVocabularyIsTheOneItsColumnDocuments()
    {
        var columns = new (string Dataset, string Column, string[] Values)[]
        {
            ("documents", "government_level", Texts<GovernmentLevel>("province", "city", "county")),
            ("government-panel", "level", Texts<GovernmentLevel>("province", "city", "county")),
            ("documents", "government_coverage", Texts<GovernmentCoverage>("region", "own-level")),
            ("line-items", "table_coverage", Texts<GovernmentCoverage>("region", "own-level")),
            ("line-items", "code_source", Texts<CodeSource>("printed", "catalog")),
            ("line-items", "code_confidence", Texts<CodeConfidence>("high", "low")),
            ("line-items", "classification", Texts<Classification>("function", "economic", "economic-government", "revenue", "none")),
            ("checks", "severity", Texts<Severity>("error", "warning", "info")),
            ("checks", "cause", Texts<FindingCause>("published", "extraction", "undetermined")),
            ("checks", "review", Texts<ReviewDecision>("confirmed", "dismissed")),
            ("failures", "kind", Texts<FailureKind>("bad-input", "timeout", "memory", "error", "cancelled")),
        };
        foreach (var (dataset, column, values) in columns)
        {
            var description = Extractor.Datasets.Datasets.All.Single(d => d.Name == dataset).Fields.Single(f => f.Name == column).Description;
            foreach (var value in values)
                Assert.True(Regex.IsMatch(description, @"(?<![\w-])" + Regex.Escape(value) + @"(?![\w-])"),
                    $"{dataset}.{column} does not document '{value}': {description}");
        }
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
        doc.Metadata.GovernmentLevel = GovernmentLevel.County;
        var table = new BudgetTable
        {
            Kind = TableKind.GovernmentGeneralBasicExpenditure, Coverage = GovernmentCoverage.OwnLevel, Classification = Classification.EconomicGovernment,
        };
        table.Columns.Add(new TableColumn { Measure = Measure.ProcurementSmallMicro });
        table.Rows.Add(new TableRow { Code = "50101", CodeSource = CodeSource.Catalog, CodeConfidence = CodeConfidence.Low });
        doc.Tables.Add(table);
        doc.Checks.Add(new CheckFinding { Rule = "tree-sum", Severity = Severity.Warning, Cause = FindingCause.Undetermined });
        var json = DocumentJsonWriter.ToJson(doc);
        foreach (var expected in new[] { "\"phase\": \"final\"", "\"scope\": \"government\"", "\"government_level\": \"county\"",
                     "\"kind\": \"government-general-basic-expenditure\"", "\"measure\": \"procurement-small-micro\"",
                     "\"coverage\": \"own-level\"", "\"classification\": \"economic-government\"", "\"code_source\": \"catalog\"",
                     "\"code_confidence\": \"low\"", "\"severity\": \"warning\"", "\"cause\": \"undetermined\"" })
            Assert.Contains(expected, json);
        var back = DocumentJsonWriter.FromJson(json);
        Assert.Equal(TableKind.GovernmentGeneralBasicExpenditure, back.Tables[0].Kind);
        Assert.Equal(Measure.ProcurementSmallMicro, back.Tables[0].Columns[0].Measure);
        Assert.Equal((GovernmentCoverage.OwnLevel, Classification.EconomicGovernment), (back.Tables[0].Coverage!.Value, back.Tables[0].Classification));
        Assert.Equal((CodeSource.Catalog, CodeConfidence.Low), (back.Tables[0].Rows[0].CodeSource!.Value, back.Tables[0].Rows[0].CodeConfidence!.Value));
        Assert.Equal((Severity.Warning, FindingCause.Undetermined), (back.Checks[0].Severity, back.Checks[0].Cause!.Value));
        Assert.Equal(GovernmentLevel.County, back.Metadata.GovernmentLevel);
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
        // the debt measures extend section 9: the README's government section documents them
        Assert.Empty(Written().Where(w => !words.Contains(w)).Except(ReadmeDebtMeasures()));
    }

    /// <summary>The values the README's "debt measures" paragraph names (`debt-limit` …): the extension of section 9.</summary>
    static string[] ReadmeDebtMeasures()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var paragraph = Regex.Match(readme, @"^- \*\*debt measures\*\*.*?(?=^- \*\*|\z)", RegexOptions.Multiline | RegexOptions.Singleline).Value;
        return Regex.Matches(paragraph, @"`(debt-[a-z]+(?:-[a-z]+)*)`").Select(m => m.Groups[1].Value).ToArray();
    }

    [Fact]
    public void DebtMeasuresAreDocumentedInTheReadme()
    {
        var debt = Canonical.All<Measure>().Select(m => m.Text()).Where(t => t.StartsWith("debt-", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, debt.Count);
        Assert.Empty(debt.Except(ReadmeDebtMeasures()));
    }
}
