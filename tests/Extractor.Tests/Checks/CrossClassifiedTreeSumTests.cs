using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

public class CrossClassifiedTreeSumTests
{
    static TableRow Row(int i, string? code, int level, string? parent, decimal total)
    {
        var r = new TableRow { Index = i, Code = code, Level = level, ParentCode = parent, IsTotal = code is null, Name = code ?? "合计", Classification = Classification.Economic };
        r.Amounts.Add(new Amount { Column = 6, Measure = Measure.Total, ColumnLabel = "小计", Printed = total.ToString(), Value = total, Unit = "万元" });
        return r;
    }

    static BudgetDocument Document(params TableRow[] rows)
    {
        var doc = new BudgetDocument { Document = "d", Format = "pdf" };
        var table = new BudgetTable { Index = 1, Kind = TableKind.GeneralBasicExpenditure, Classification = Classification.Economic, AmountUnit = "万元" };
        table.Rows.AddRange(rows);
        doc.Tables.Add(table);
        return doc;
    }

    [Fact]
    public void Repeated类RowsEachOwnTheRowsPrintedUnderThem()
    {
        // 301 printed twice (once per 5xx partner), as in 烟台 公开表6: the grand total is the sum of both.
        var doc = Document(
            Row(0, null, 0, null, 30m),
            Row(1, "301", 1, null, 10m), Row(2, "30101", 2, "301", 4m), Row(3, "30102", 2, "301", 6m),
            Row(4, "301", 1, null, 20m), Row(5, "30101", 2, "301", 5m), Row(6, "30107", 2, "301", 15m));
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum);
        Assert.Equal(3, doc.CheckTallies.Single(t => t.Rule == CheckRules.TreeSum).Passed);
    }

    [Fact]
    public void ARepeated类WhoseRowsDoNotAddUpIsReported()
    {
        var doc = Document(
            Row(0, null, 0, null, 30m),
            Row(1, "301", 1, null, 10m), Row(2, "30101", 2, "301", 4m), Row(3, "30102", 2, "301", 6m),
            Row(4, "301", 1, null, 20m), Row(5, "30101", 2, "301", 5m), Row(6, "30107", 2, "301", 14m));
        CheckRunner.Run(doc);
        var finding = Assert.Single(doc.Checks, f => f.Rule == CheckRules.TreeSum);
        Assert.Equal(4, finding.Row);
        Assert.Equal("19", finding.Expected);
    }
}
