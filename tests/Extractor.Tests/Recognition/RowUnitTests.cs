using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Raw;
using Extractor.Recognition;
using Extractor.Tests.Support;

namespace Extractor.Tests.Recognition;

/// <summary>
/// Department documents print several units' figures in one table: a 预算单位 column naming the unit on the first
/// row of its group (Shenzhen), rows that are units (单位名称: Huzhou 表02, Hangzhou 三公, Xi'an with 单位编码), or a
/// column mixing units with their projects (单位（项目）名称, 支出项目类别（资金使用单位）). Each row keeps its unit.
/// </summary>
public class RowUnitTests
{
    static RawTable Table(int page, params string[][] rows) => RawDocs.Table(page, rows);

    static RawDocument Raw(params RawBlock[] blocks) => RawDocs.Of(blocks);

    static TextBlock Text(string text, int page = 1) => new() { Text = text, Page = page };

    static string? UnitOf(RecognizedTable t, int row) => t.RowUnits.TryGetValue(row, out var u) ? u.Name : null;

    [Fact]
    public void BudgetUnitColumnNamesTheUnitOnTheFirstRowOfItsGroup()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("表7"), Text("一般公共预算支出表（按功能分类）"), Text("单位：万元"), Table(1,
            new[] { "预算单位", "科目编码", "科目名称", "支出总计", "基本支出", "项目支出" },
            new[] { "深圳市水务局", "", "", "723,786.76", "46,138.79", "677,647.97" },
            new[] { "深圳市水务局（本级）", "", "", "142,286.64", "7,823.97", "134,462.68" },
            new[] { "", "205", "教育支出", "53.60", "0.00", "53.60" },
            new[] { "", "20508", "进修及培训", "53.60", "0.00", "53.60" },
            new[] { "深圳市水文水质中心", "", "", "2,000.00", "1,000.00", "1,000.00" },
            new[] { "", "213", "农林水支出", "2,000.00", "1,000.00", "1,000.00" })));
        var t = Assert.Single(doc.Tables);
        Assert.Equal(0, t.UnitColumn);
        Assert.Null(UnitOf(t, 1)); // the department as a whole, printed before its 本级 and units
        Assert.Equal("深圳市水务局（本级）", UnitOf(t, 2));
        Assert.Equal("深圳市水务局（本级）", UnitOf(t, 3));
        Assert.Equal("深圳市水务局（本级）", UnitOf(t, 4));
        Assert.Equal("深圳市水文水质中心", UnitOf(t, 6));
    }

    [Fact]
    public void UnitGroupCarriesOverIntoTheContinuationOnTheNextPage()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("表7"), Text("一般公共预算支出表（按功能分类）"), Table(1,
                new[] { "预算单位", "科目编码", "科目名称", "支出总计", "基本支出", "项目支出" },
                new[] { "深圳市水文水质中心", "", "", "2,000.00", "1,000.00", "1,000.00" },
                new[] { "", "213", "农林水支出", "2,000.00", "1,000.00", "1,000.00" }),
            Table(2,
                new[] { "", "21303", "水利", "2,000.00", "1,000.00", "1,000.00" },
                new[] { "深圳市西部水源管理中心", "", "", "66.20", "66.20", "0.00" })));
        Assert.Equal(2, doc.Tables.Count);
        var part = doc.Tables[1];
        Assert.Equal(0, part.ContinuationOf);
        Assert.Equal("深圳市水文水质中心", UnitOf(part, 0));
        Assert.Equal("深圳市西部水源管理中心", UnitOf(part, 1));
    }

    /// <summary>A table whose columns are drawn from the given left edges (each column up to the next edge, the last 80 wide).</summary>
    static RawTable Placed(int page, double[] lefts, params string[][] rows)
    {
        var t = new RawTable { Page = page, LastPage = page, Method = "ruled", RowCount = rows.Length, ColumnCount = lefts.Length };
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var right = c + 1 < lefts.Length ? lefts[c + 1] : lefts[c] + 80;
                t.Cells.Add(new RawCell { Row = r, Col = c, Text = rows[r][c], Page = page, Box = new BoundingBox(lefts[c], 680 - 20 * r, right, 695 - 20 * r) });
            }
        return t;
    }

    [Fact]
    public void ContinuationLaidOutDifferentlyTakesTheUnitColumnPrintedAtItsPlace()
    {
        // the part on the next page prints a row-number column before the unit column: its columns continue the table's
        // by place, not by index (as normalization takes them), so its unit column and the running unit carry over
        var doc = DocumentRecognizer.Recognize(Raw(Text("表7"), Text("一般公共预算支出表（按功能分类）"), Placed(1, new[] { 100.0, 200, 260, 400 },
                new[] { "预算单位", "科目编码", "科目名称", "支出总计" },
                new[] { "深圳市水文水质中心", "", "", "2,000.00" },
                new[] { "", "213", "农林水支出", "2,000.00" }),
            Placed(2, new[] { 50.0, 100, 200, 260, 400 },
                new[] { "1", "", "21303", "水利", "2,000.00" },
                new[] { "2", "深圳市西部水源管理中心", "", "", "66.20" })));
        Assert.Equal(2, doc.Tables.Count);
        var part = doc.Tables[1];
        Assert.Equal(0, part.ContinuationOf);
        Assert.Equal(1, part.UnitColumn);
        Assert.Equal("深圳市水文水质中心", UnitOf(part, 0));
        Assert.Equal("深圳市西部水源管理中心", UnitOf(part, 1));
    }

    [Fact]
    public void RowsThatAreUnitsEachCarryTheirOwnAndTheTotalRowNone()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("表02"), Text("2026年市级部门收入预算总表"), Table(1,
            new[] { "单位名称", "总计", "本年收入" },
            new[] { "**", "1", "2" },
            new[] { "合计", "201286.11", "201286.11" },
            new[] { "湖州市交通运输局", "201286.11", "201286.11" },
            new[] { "湖州市交通运输局", "8822.96", "8822.96" },
            new[] { "湖州交通技师学院", "5615.04", "5615.04" })));
        var t = Assert.Single(doc.Tables);
        Assert.Null(UnitOf(t, 2));
        // The first 湖州市交通运输局 row repeats 合计: the department as a whole. The second is its 本级 unit.
        Assert.Equal(new[] { null, "湖州市交通运输局", "湖州交通技师学院" }, new[] { 3, 4, 5 }.Select(r => UnitOf(t, r)));
    }

    [Fact]
    public void UnitCodeColumnGivesEachUnitItsCode()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("表13"), Text("部门综合预算一般公共预算拨款“三公”经费支出预算表"), Table(1,
            new[] { "单位编码", "单位名称", "合计", "因公出国（境）费用", "公务接待费" },
            new[] { "合计", "合计", "219,000.00", "", "80,000.00" },
            new[] { "116", "西安市财政局", "219,000.00", "", "80,000.00" },
            new[] { "116001", "西安市财政局", "203,000.00", "", "80,000.00" })));
        var t = Assert.Single(doc.Tables);
        Assert.False(t.RowUnits.ContainsKey(1));
        Assert.False(t.RowUnits.ContainsKey(2)); // 116 repeats 合计: the department as a whole
        Assert.Equal(new RowUnit("西安市财政局", "116001"), t.RowUnits[3]);
    }

    [Fact]
    public void FirstUnitRowIsTheUnitWhenItDoesNotRepeatTheTotal()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("表7"), Text("2026年市级部门一般公共预算“三公”经费预算表"), Table(1,
            new[] { "单位名称", "“三公”经费合计", "公务接待费" },
            new[] { "合计", "16.00", "16.00" },
            new[] { "杭州市交通运输局", "6.00", "6.00" },
            new[] { "杭州市道路运输管理服务中心", "10.00", "10.00" })));
        Assert.Equal("杭州市交通运输局", UnitOf(Assert.Single(doc.Tables), 2));
    }

    [Fact]
    public void UnitNameWrappedOntoARowOfItsOwnIsJoined()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("表2"), Text("2026年市级部门收入预算总表"), Table(1,
            new[] { "单位名称", "总计", "本年收入" },
            new[] { "合计", "23577.51", "23535.30" },
            new[] { "杭州市综合交通运输研究", "5,290.70", "5,290.70" },
            new[] { "中心", "", "" },
            new[] { "杭州市交通运输发展保障中心", "18,286.81", "18,244.60" })));
        var t = Assert.Single(doc.Tables);
        Assert.Equal("杭州市综合交通运输研究中心", UnitOf(t, 2));
        Assert.Equal("杭州市交通运输发展保障中心", UnitOf(t, 4));
    }

    [Fact]
    public void UnitAndProjectColumnStartsAUnitOnlyWhereAUnitCodeIsPrinted()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("表10"), Text("部门综合预算专项业务经费支出表"), Table(1,
            new[] { "单位编码", "单位（项目）名称", "项目金额", "项目简介" },
            new[] { "", "合计", "224,204,336.00", "" },
            new[] { "116", "西安市财政局", "224,204,336.00", "" },
            new[] { "116001", "西安市财政局", "190,709,936.00", "" },
            new[] { "", "通用项目", "18,640,800.00", "" },
            new[] { "116003", "西安市财政投资评审中心", "3,000,000.00", "" },
            new[] { "", "评审业务", "3,000,000.00", "" })));
        var t = Assert.Single(doc.Tables);
        Assert.Equal(TableKind.ProjectExpenditure, t.Kind);
        Assert.True(t.UnitColumnHoldsProjects);
        Assert.Equal(new RowUnit("西安市财政局", "116001"), t.RowUnits[4]);
        Assert.Equal(new RowUnit("西安市财政投资评审中心", "116003"), t.RowUnits[6]);
    }

    [Fact]
    public void SpendingClassesUnderTheirUnitTakeTheUnitsListedInTheRevenueTable()
    {
        var doc = DocumentRecognizer.Recognize(Raw(
            Text("表2"), Text("收入总体情况表"), Table(1,
                new[] { "单位名称", "合计", "财政拨款收入" },
                new[] { "合计", "300.00", "300.00" },
                new[] { "广州市卫生健康委员会", "100.00", "100.00" },
                new[] { "广州市胸科医院", "200.00", "200.00" }),
            Text("表12", 2), Text("部门预算项目支出及其他支出预算表", 2), Table(2,
                new[] { "支出项目类别（资金使用单位）", "总计", "财政拨款" },
                new[] { "合计", "300.00", "300.00" },
                new[] { "广州市卫生健康委员会（本级）", "100.00", "100.00" },
                new[] { "卫职院2号楼实验中心", "100.00", "100.00" },
                new[] { "广州市胸科医院", "200.00", "200.00" },
                new[] { "科研经费", "200.00", "200.00" })));
        var projects = doc.Tables[1];
        Assert.True(projects.UnitColumnHoldsProjects);
        Assert.Equal("广州市卫生健康委员会（本级）", UnitOf(projects, 2));
        Assert.Equal("广州市卫生健康委员会（本级）", UnitOf(projects, 3)); // a project named …中心, not a unit
        Assert.Equal("广州市胸科医院", UnitOf(projects, 5));
    }

    [Fact]
    public void SelfEvaluationFormWithAUnitLabelHasNoRowUnits()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("西安市卫生健康委员会部门整体支出绩效自评表"), Table(1,
            new[] { "部门（单位）名称", "西安市卫生健康委员会", "", "" },
            new[] { "部门（单位）名称", "任务名称", "完成情况", "得分" },
            new[] { "年度主要任务完成情况", "公共卫生服务", "已完成", "10" },
            new[] { "", "公共卫生服务", "已完成", "10" },
            new[] { "", "医疗服务", "已完成", "10" })));
        var t = Assert.Single(doc.Tables);
        Assert.Empty(t.RowUnits);
    }

    [Fact]
    public void TableWithoutUnitColumnHasNoRowUnits()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("单位名称：江苏省人民检察院"), Text("一般公共预算基本支出表"), Table(1,
            new[] { "科目编码", "科目名称", "合计", "人员经费", "公用经费" },
            new[] { "301", "工资福利支出", "128.30", "128.30", "" })));
        var t = Assert.Single(doc.Tables);
        Assert.Equal("江苏省人民检察院", t.Caption.ReportingUnit);
        Assert.Empty(t.RowUnits);
    }

    [Fact]
    public void PipelineRowsCarryTheirUnit()
    {
        var raw = Raw(Text("表7"), Text("2026年市级部门一般公共预算“三公”经费预算表"), Text("单位：万元"), Table(1,
            new[] { "单位名称", "“三公”经费合计", "因公出国(境)费用", "公务接待费" },
            new[] { "合计", "16.00", "", "16.00" },
            new[] { "杭州市交通运输局", "6.00", "", "6.00" },
            new[] { "杭州市道路运输管理服务中心", "10.00", "", "10.00" }));
        var doc = ExtractionPipeline.CreateDefault().Process(raw);
        var t = Assert.Single(doc.Tables, x => x.Kind == TableKind.ThreePublic);
        Assert.Equal(new string?[] { null, "杭州市交通运输局", "杭州市道路运输管理服务中心" }, t.Rows.Select(r => r.ReportingUnit));
    }

    [Fact]
    public void BasicExpenditureByFunctionYieldsToTheOneByEconomicClass()
    {
        var doc = DocumentRecognizer.Recognize(Raw(
            Text("表7"), Text("部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）"), Table(1,
                new[] { "科目编码", "科目名称", "合计", "人员经费支出", "公用经费支出" },
                new[] { "201", "一般公共服务支出", "10.00", "8.00", "2.00" }),
            Text("表8", 2), Text("部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）", 2), Table(2,
                new[] { "科目编码", "科目名称", "合计", "人员经费支出", "公用经费支出" },
                new[] { "301", "工资福利支出", "8.00", "8.00", "" })));
        Assert.Equal(new[] { TableKind.Other, TableKind.GeneralBasicExpenditure }, doc.Tables.Select(t => t.Kind));
    }

    [Fact]
    public void BasicExpenditureByFunctionAloneKeepsTheKind()
    {
        var doc = DocumentRecognizer.Recognize(Raw(Text("一般公共预算基本支出表（按功能分类科目）"), Table(1,
            new[] { "科目编码", "科目名称", "合计", "人员经费", "公用经费" },
            new[] { "201", "一般公共服务支出", "10.00", "8.00", "2.00" })));
        Assert.Equal(TableKind.GeneralBasicExpenditure, Assert.Single(doc.Tables).Kind);
    }

    [Theory]
    [InlineData("广州市胸科医院", true)]
    [InlineData("广州市疾病预防控制中心（广州市卫生监督所）", true)]
    [InlineData("杭州市交通运输行政执法队", true)]
    [InlineData("工资福利支出", false)]
    [InlineData("保健经费", false)]
    [InlineData("疾病监测专项经费", false)]
    [InlineData("基层基础建设项目", false)]
    public void InstitutionNames(string name, bool institution) => Assert.Equal(institution, RowUnitReader.LooksLikeInstitution(name));
}

/// <summary>The layouts on the real corpus: each table keeps its units.</summary>
public class RealCorpusRowUnitTests
{
    static BudgetDocument Extract(string file) => ExtractionPipeline.CreateDefault().Process(RepoPaths.RealFile(file));

    [SkippableFact]
    public void ShenzhenDepartmentTablesKeepEachUnitsGroup()
    {
        var doc = Extract("renwu_shenzhen_water_2026_dept_budget_187p.pdf");
        var general = Assert.Single(doc.Tables, t => t.Kind == TableKind.GeneralExpenditure);
        var units = general.Rows.Select(r => r.ReportingUnit).Where(u => u != null).Distinct().ToList();
        Assert.Contains("深圳市水务局（本级）", units);
        Assert.Contains("深圳市水文水质中心", units);
        Assert.True(units.Count >= 10, $"only {units.Count} units: {string.Join(", ", units)}");
        // 机关事业单位基本养老保险缴费支出 is printed once per unit: each copy keeps its own unit.
        var pension = general.Rows.Where(r => r.Code == "2080505").ToList();
        Assert.True(pension.Count > 1);
        Assert.Equal(pension.Count, pension.Select(r => r.ReportingUnit).Distinct().Count());
    }

    [SkippableFact]
    public void HuzhouRevenueTableRowsAreUnits()
    {
        var doc = Extract("renwu_huzhou_transport_2026_dept_budget.pdf");
        var revenue = Assert.Single(doc.Tables, t => t.Kind == TableKind.Revenue);
        var units = revenue.Rows.Select(r => r.ReportingUnit).ToList();
        Assert.Contains("湖州交通技师学院", units);
        Assert.Contains("湖州市交通运输局", units);
        Assert.Null(revenue.Rows.Single(r => r.Name == "合计").ReportingUnit);
    }

    [SkippableFact]
    public void XianThreePublicUnitRowsKeepTheirCodes()
    {
        var doc = Extract("renwu_xian_finance_2026_dept_budget.pdf");
        var three = Assert.Single(doc.Tables, t => t.Kind == TableKind.ThreePublic);
        var codes = three.Rows.Select(r => r.ReportingUnitCode).Where(c => c != null).ToList();
        Assert.Equal(new[] { "116001", "116003", "116004", "116005", "116006", "116007", "116008" }, codes);
        // 表7 (基本支出 by 功能分类) is not the general-basic-expenditure table: 表8 (by 经济分类) is.
        Assert.Equal("表8", Assert.Single(doc.Tables, t => t.Kind == TableKind.GeneralBasicExpenditure).Number);
    }
}
