using Extractor.Model;
using Extractor.Normalization;

namespace Extractor.Tests.Normalization;

public class CodeExpanderTests
{
    [Fact]
    public void Abbreviated款CodeIsExpandedUnderItsClass()
    {
        var x = new CodeExpander { ItemsPrintedInFull = true };
        Assert.Equal("201", x.Expand("201"));
        Assert.Equal("20141", x.Expand("41"));
        Assert.Equal("2014101", x.Expand("2014101"));
        Assert.Equal("208", x.Expand("208"));
        Assert.Equal("20805", x.Expand("05"));
    }

    [Fact]
    public void Abbreviated项CodeIsExpandedUnderIts款UntilTheyAddUp()
    {
        var x = new CodeExpander();
        Assert.Equal("201", x.Expand("201", 300m));
        Assert.Equal("20141", x.Expand("41", 200m));
        Assert.Equal("2014101", x.Expand("01", 120m));
        Assert.Equal("2014102", x.Expand("02", 80m));
        Assert.Equal("20103", x.Expand("03", 100m));
        Assert.Equal("2010301", x.Expand("01", 100m));
    }

    [Fact]
    public void ThreeColumnCodesJoinWithInheritance()
    {
        var x = new CodeExpander();
        Assert.Equal("201", x.ExpandParts("201", "", ""));
        Assert.Equal("20141", x.ExpandParts("201", "41", ""));
        Assert.Equal("2014101", x.ExpandParts("201", "41", "01"));
        Assert.Equal("2014102", x.ExpandParts("", "", "02"));
        Assert.Equal("20805", x.ExpandParts("208", "05", null));
    }

    [Theory]
    [InlineData("2010101 行政运行", "2010101", "行政运行")]
    [InlineData("[2060503]科技条件专项", "2060503", "科技条件专项")]
    [InlineData("201 一般公共服务支出", "201", "一般公共服务支出")]
    [InlineData("30101-基本工资", "30101", "基本工资")]
    public void CodeAndNameInOneCellAreSplit(string cell, string code, string name)
    {
        var parsed = CodeCellParser.Parse(cell)!;
        Assert.Equal(code, parsed.Digits);
        Assert.Equal(name, parsed.Name);
    }

    [Theory]
    [InlineData("2025年预算数")]
    [InlineData("一、一般公共服务支出")]
    [InlineData("1234")]
    public void TextThatIsNoCodeIsNotTakenForOne(string cell) => Assert.Null(CodeCellParser.Parse(cell));

    [Fact]
    public void EconomicCodesHaveLevelsAndParents()
    {
        Assert.Equal(1, CodeExpander.LevelOf("301"));
        Assert.Equal(2, CodeExpander.LevelOf("30101"));
        Assert.Equal(3, CodeExpander.LevelOf("3010201"));
        Assert.Equal("30102", CodeExpander.ParentOf("3010201"));
        Assert.Equal("301", CodeExpander.ParentOf("30101"));
    }

    [Fact]
    public void CodedTableBuildsTreeAndTotal()
    {
        var t = SeedTables.Recognized(TableKind.GeneralExpenditure, "万元",
            "科目编码\t科目名称\t合计",
            "\t合计\t10.00",
            "201\t一般公共服务支出\t10.00",
            "41\t数据事务\t10.00",
            "2014101\t行政运行\t10.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal(Classification.Function, table.Classification);
        Assert.True(table.Rows[0].IsTotal);
        Assert.Equal(0, table.Rows[0].Level);
        Assert.Equal(new[] { "201", "20141", "2014101" }, table.Rows.Skip(1).Select(r => r.Code));
        var node = table.CodeTree.Single(n => n.Code == "20141");
        Assert.Equal("201", node.Parent);
        Assert.Equal(new[] { "2014101" }, node.Children);
    }

    [Fact]
    public void CrossClassifiedRowsKeepTheirPartnerCode()
    {
        var t = SeedTables.Recognized(TableKind.GeneralBasicExpenditure, "元",
            "部门经济分类科目编码\t部门经济分类科目名称\t政府经济分类科目编码\t政府经济分类科目名称\t合计",
            "30101\t基本工资\t50101\t工资奖金津补贴\t1,000.00",
            "30101\t基本工资\t50501\t工资福利支出\t500.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal(Classification.Economic, table.Classification);
        Assert.Equal(new[] { "50101", "50501" }, table.Rows.Select(r => r.PartnerCode));
        Assert.Equal(1000.00m, table.Rows[0].Amounts.Single(a => a.Value is not null).Yuan);
    }

    [Fact]
    public void NamesOnlyRowsKeepTheirNameWithoutCode()
    {
        var t = SeedTables.Recognized(TableKind.GeneralExpenditure, "万元",
            "项目\t合计",
            "合计\t5.00",
            "一般公共服务支出\t5.00",
            "行政运行\t5.00");
        var table = TableNormalizer.Normalize(t, new DocumentMetadata());
        Assert.Equal(new string?[] { null, null }, table.Rows.Skip(1).Select(r => r.Code));
        Assert.Equal(new[] { "一般公共服务支出", "行政运行" }, table.Rows.Skip(1).Select(r => r.Name));
    }

    [Fact]
    public void GrandTotalLabelledWithTheUnitNameIsTheTotal()
    {
        var t = SeedTables.Recognized(TableKind.Expenditure, "万元",
            "科目编码\t科目名称\t合计",
            "\t景德镇市12345政务服务便民热线管理中心\t5.00",
            "201\t一般公共服务支出\t5.00");
        var table = TableNormalizer.Normalize(t, SeedTables.Metadata);
        Assert.True(table.Rows[0].IsTotal);
        Assert.False(table.Rows[1].IsTotal);
    }
}
