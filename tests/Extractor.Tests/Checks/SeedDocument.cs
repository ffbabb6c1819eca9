using Extractor.Model;
using Extractor.Recognition;
using Extractor.Recognition.Narrative;
using Extractor.Tests.Narrative;

namespace Extractor.Tests.Checks;

/// <summary>
/// The seed as a BudgetDocument, built in code from its lines (tables with the measures a normalizer gives them,
/// metadata, completeness, narrative and performance targets through this branch's readers).
/// </summary>
public static class SeedDocument
{
    const string Revenue = "合计:total 上年结转:carryover 财政拨款/小计:appropriation 财政拨款/一般公共预算拨款收入:general-budget " +
                           "财政拨款/政府性基金预算拨款收入:government-fund 财政拨款/国有资本经营预算收入:state-capital 教育收费资金收入:other " +
                           "事业收入:business-income 事业单位经营收入:operating-income 附属单位上缴收入:subsidiary-income 上级补助收入:superior-subsidy " +
                           "其他收入:other-income 使用非财政拨款结余:non-appropriation-balance";
    const string Spending = "合计:total 基本支出:basic 项目支出:project";
    const string Basic = "合计:total 人员经费:personnel 公用经费:public";

    public static BudgetDocument Build()
    {
        var doc = new BudgetDocument { Document = "jingdezhen-12345-hotline-2025-unit-budget.txt", Format = "text" };
        doc.Metadata.FiscalYear = 2025;
        doc.Metadata.Phase = Phase.Budget;
        doc.Metadata.Scope = Scope.Unit;
        doc.Metadata.UnitName = "景德镇市12345政务服务便民热线管理中心";

        doc.Tables.Add(FromSeed(1, TableKind.Revenue, "单位公开表 2", Revenue, Classification.Function, null));
        doc.Tables.Add(FromSeed(2, TableKind.Expenditure, "单位公开表 3", Spending, Classification.Function, null));
        doc.Tables.Add(FromSeed(3, TableKind.GeneralExpenditure, "单位公开表 5", Spending, Classification.Function, 2025));
        doc.Tables.Add(FromSeed(4, TableKind.GeneralBasicExpenditure, "单位公开表 6", Basic, Classification.Economic, 2025));
        doc.Tables.Add(Empty(5, TableKind.ThreePublic, "单位公开表 7", null));
        doc.Tables.Add(Empty(6, TableKind.GovernmentFundExpenditure, "单位公开表 8", 2024));
        doc.Tables.Add(Empty(7, TableKind.StateCapitalExpenditure, "单位公开表 9", 2024));
        doc.Tables.Add(new BudgetTable { Index = 8, Kind = TableKind.PerformanceTargets, Number = "单位公开表 10", HeaderYear = 2025, HeaderYearText = "(2025年度)" });

        foreach (var t in PerformanceTargetReader.Read(SeedText.PerformanceTable())) { t.TableIndex = 8; doc.PerformanceTargets.Add(t); }
        doc.Narrative = NarrativeExtractor.Extract(SeedText.Recognized());

        var c = doc.Completeness;
        c.HasTableOfContents = true;
        foreach (var (kind, title) in new[]
                 {
                     (TableKind.Summary, "收支预算总表"), (TableKind.Revenue, "单位收入总表"), (TableKind.Expenditure, "单位支出总表"),
                     (TableKind.AppropriationSummary, "财政拨款收支总表"), (TableKind.GeneralExpenditure, "一般公共预算支出表"),
                     (TableKind.GeneralBasicExpenditure, "一般公共预算基本支出表"), (TableKind.ThreePublic, "财政拨款“三公”经费支出表"),
                     (TableKind.GovernmentFundExpenditure, "政府性基金预算支出表"), (TableKind.StateCapitalExpenditure, "国有资本经营预算支出表"),
                     (TableKind.PerformanceTargets, "项目绩效目标表"),
                 })
            c.Expected.Add(new ExpectedTable(kind, title));
        c.Missing.Add(new ExpectedTable(TableKind.Summary, "收支预算总表"));
        c.Missing.Add(new ExpectedTable(TableKind.AppropriationSummary, "财政拨款收支总表"));
        return doc;
    }

    /// <summary>A coded table from the seed's tab lines after its 单位公开表 line: rows start after the ** ** column-number row.</summary>
    static BudgetTable FromSeed(int index, TableKind kind, string number, string columns, Classification classification, int? headerYear)
    {
        var start = SeedText.LineOf(number == "单位公开表 2" ? "单位公开表 2" : number);
        var table = new BudgetTable
        {
            Index = index, Kind = kind, Number = number, AmountUnit = "万元", Classification = classification, FirstLine = start,
            HeaderYear = headerYear, HeaderYearText = headerYear is null ? null : $"{headerYear}年",
        };
        var cols = columns.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split(':')).ToArray();
        var line = start;
        while (!SeedText.Lines[line - 1].StartsWith("**")) line++;
        string? cls = null, kuan = null;
        var row = 0;
        for (line++; line <= SeedText.Lines.Length && SeedText.Lines[line - 1].Contains('\t'); line++)
        {
            var fields = SeedText.Lines[line - 1].Split('\t');
            TableText.AddRow(table, row++, fields[0].Trim(), fields[1].Trim(), fields.Skip(2).Select(f => f.Trim()).ToArray(), cols, "万元",
                classification, ref cls, ref kuan, line);
        }
        return table;
    }

    static BudgetTable Empty(int index, TableKind kind, string number, int? headerYear) => new()
    {
        Index = index, Kind = kind, Number = number, AmountUnit = "万元", DeclaredEmpty = true, FirstLine = SeedText.LineOf(number),
        HeaderYear = headerYear, HeaderYearText = headerYear is null ? null : $"{headerYear}年预算数",
    };
}
