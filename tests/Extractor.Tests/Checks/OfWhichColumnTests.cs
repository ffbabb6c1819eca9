using Extractor.Checks;
using Extractor.Model;

namespace Extractor.Tests.Checks;

public class OfWhichColumnTests
{
    [Fact]
    public void A其中ColumnUnderTheAppropriationGroupIsNotAddedIntoTheRevenueTotal()
    {
        var doc = new BudgetDocument { Document = "d", Format = "pdf" };
        var table = new BudgetTable { Index = 1, Kind = TableKind.Revenue, Classification = Classification.Function, AmountUnit = "万元" };
        var row = new TableRow { Index = 3, Name = "合计", IsTotal = true, Level = 0, Classification = Classification.Function };
        void Add(int col, Measure measure, string label, decimal v) =>
            row.Amounts.Add(new Amount { Column = col, Measure = measure, ColumnLabel = label, Printed = v.ToString(), Value = v, Unit = "万元" });
        Add(4, Measure.Total, "合计", 100m);
        Add(5, Measure.Appropriation, "本级财政拨款/金额", 90m);
        Add(6, Measure.Other, "本级财政拨款/其中:经费拨款", 60m);
        Add(7, Measure.OtherIncome, "其它收入", 10m);
        table.Rows.Add(row);
        doc.Tables.Add(table);
        Extractor.Normalization.CanonicalFacets.Apply(table); // normalization marks the 其中 level

        Assert.Equal(1, row.Amounts.Single(a => a.Column == 6).OfWhichLevel);
        CheckRunner.Run(doc);

        Assert.DoesNotContain(doc.Checks, f => f.Rule == CheckRules.RowSum);
        Assert.True(doc.CheckTallies.Single(t => t.Rule == CheckRules.RowSum).Passed >= 1);
    }
}
