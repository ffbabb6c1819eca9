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

public class MixedUnitRowTests
{
    static BudgetTable Table(string projectUnit)
    {
        var table = new BudgetTable { Index = 1, Kind = TableKind.GeneralExpenditure, Classification = Classification.Function, AmountUnit = "万元" };
        var r = new TableRow { Index = 0, Code = "201", Level = 1, Classification = Classification.Function };
        Amount A(int col, Measure m, string label, decimal v, string unit) =>
            new() { Column = col, Measure = m, ColumnLabel = label, Printed = v.ToString(), Value = v, Unit = unit, Yuan = v * (unit == "元" ? 1m : 10_000m) };
        r.Amounts.Add(A(2, Measure.Total, "合计", 30m, "万元"));
        r.Amounts.Add(A(3, Measure.Basic, "基本支出", 10m, "万元"));
        r.Amounts.Add(A(4, Measure.Project, "项目支出（" + projectUnit + "）", projectUnit == "元" ? 200_000m : 20m, projectUnit));
        table.Rows.Add(r);
        return table;
    }

    [Fact]
    public void FiguresInDifferentUnitsAreNotAddedAsPrinted()
    {
        var doc = new BudgetDocument { Document = "d", Format = "text" };
        doc.Tables.Add(Table("元"));
        CheckRunner.Run(doc);
        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RowSum);
    }

    [Fact]
    public void FiguresInOneUnitAreStillAdded()
    {
        var doc = new BudgetDocument { Document = "d", Format = "text" };
        doc.Tables.Add(Table("万元"));
        CheckRunner.Run(doc);
        Assert.Contains(doc.CheckTallies, t => t.Rule == CheckRules.RowSum && t.Passed >= 1);
    }
}
