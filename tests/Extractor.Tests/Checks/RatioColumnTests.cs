using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

public class RatioColumnTests
{
    [Fact]
    public void PercentChangeColumnIsNotTreeSummed()
    {
        var doc = new BudgetDocument { Document = "d", Format = "text" };
        var table = new BudgetTable { Index = 1, Kind = TableKind.GeneralExpenditure, Classification = Classification.Function, AmountUnit = "万元" };
        TableRow Row(int i, string code, int level, string? parent, decimal total, string pct)
        {
            var r = new TableRow { Index = i, Code = code, Level = level, ParentCode = parent, Classification = Classification.Function };
            r.Amounts.Add(new Amount { Column = 2, Measure = Measure.Total, ColumnLabel = "合计", Printed = total.ToString(), Value = total, Unit = "万元" });
            r.Amounts.Add(new Amount { Column = 3, Measure = Measure.Change, ColumnLabel = "增减(%)", Printed = pct + "%", Value = decimal.Parse(pct), Unit = "万元" });
            return r;
        }
        table.Rows.Add(Row(0, "201", 1, null, 30m, "10.00"));
        table.Rows.Add(Row(1, "20101", 2, "201", 10m, "5.00"));
        table.Rows.Add(Row(2, "20102", 2, "201", 20m, "12.50"));
        doc.Tables.Add(table);

        CheckRunner.Run(doc);

        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.TreeSum);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.TreeSum && t.Passed >= 1);
    }
}
