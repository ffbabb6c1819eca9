using Extractor.Model;
using Extractor.Reports;
using Extractor.Tests.Checks;

namespace Extractor.Tests.Reports;

/// <summary>The truth-free recognition figures and the unknown-vocabulary sections of corpus-report.</summary>
public class CorpusReportRecognitionTests
{
    static BudgetDocument Document()
    {
        var doc = new BudgetDocument { Document = "a.pdf", Format = "pdf", Metadata = new DocumentMetadata { Scope = Scope.Unit, Phase = Phase.Budget } };
        var expenditure = TableText.Build(1, TableKind.Expenditure, "合计:total 单位预留机动经费:other 序号:other", @"
            201 | 一般公共服务支出 | 10.00 | 4.00 | 1
            2010101 | 行政运行 | 10.00 | 4.00 | 2
            x | 某某单位 | 10.00 | 4.00 | 3");
        expenditure.Rows[2].IsTotal = false;
        // a row printed by name only that the catalog coded: coded, so not code-less, and counted apart
        expenditure.Rows[1].CodeSource = CodeSource.Catalog;
        doc.Tables.Add(expenditure);
        var other = TableText.Build(2, TableKind.Other, "合计:total", "301 | 工资福利支出 | 5.00", classification: Classification.Economic);
        other.Title = "基本支出预算情况表";
        doc.Tables.Add(other);
        doc.Checks.Add(new CheckFinding { Rule = "tree-sum", Cause = FindingCause.Extraction });
        return doc;
    }

    [Fact]
    public void FiguresCountOtherAmountsOrdinalsCodelessRowsAndExtractionFindings()
    {
        var r = new CorpusDocumentResult { File = "a.pdf", Folder = "wide", InScope = true };
        CorpusReport.RecognitionFigures(r, Document());
        Assert.Equal(9, r.CoreAmounts);
        Assert.Equal(6, r.CoreOtherAmounts);
        Assert.Equal(3, r.OrdinalAmounts);
        Assert.Equal(1, r.CodelessRows);
        Assert.Equal(1, r.CatalogCodedRows);
        Assert.Equal(1, r.ExtractionFindings);
        Assert.Contains(r.OtherLabels, l => l.Label == "单位预留机动经费" && l.Amounts == 3);
        Assert.Contains(r.OtherCodedTables, t => t.Title == "基本支出预算情况表" && t.Classification == Classification.Economic);
    }

    [Fact]
    public void TheReportListsEachFolderAndTheUnknownVocabulary()
    {
        var a = new CorpusDocumentResult { File = "a.pdf", Folder = "real", InScope = true };
        CorpusReport.RecognitionFigures(a, Document());
        var b = new CorpusDocumentResult { File = "b.pdf", Folder = "wide", InScope = true };
        var text = CorpusReport.Format(new[] { a, b });
        Assert.Contains("\nreal\t1\t1\t", text);
        Assert.Contains("\nwide\t1\t1\t", text);
        // ordinal 3, code-less rows after the catalog by scope (1 | 0), catalog-coded rows apart (1), extraction 1
        Assert.Contains("rows without code (dept/unit)\trows without code (government)\trows coded by catalog", text);
        Assert.Contains("\t3\t1\t0\t1\t1\t", text.Split('\n').First(l => l.StartsWith("real\t")) + "\t");
        Assert.Contains("单位预留机动经费\ta.pdf", text);
        Assert.Contains("基本支出预算情况表\ta.pdf", text);
    }

    [Fact]
    public void DocumentsWithoutPhaseOrScopeAreListedWithTheReason()
    {
        var a = new CorpusDocumentResult { File = "notice.pdf", Folder = "wide", PhaseFrom = MetadataSource.NoPhase, ScopeFrom = MetadataSource.NoScope };
        var b = new CorpusDocumentResult { File = "b.pdf", Folder = "wide", Phase = Phase.Budget, Scope = Scope.Unit };
        var text = CorpusReport.Format(new[] { a, b });
        Assert.Contains("documents without phase or scope (1;", text);
        Assert.Contains("wide\tnotice.pdf\t?/?\tphase " + MetadataSource.NoPhase + "; scope " + MetadataSource.NoScope, text);
    }
}
