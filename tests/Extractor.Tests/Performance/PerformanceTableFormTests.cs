using Extractor.Model;
using Extractor.Raw;
using Extractor.Recognition;
using Extractor.Recognition.Performance;

namespace Extractor.Tests.Performance;

/// <summary>Forms seen in real documents: word comparators, split 指标性质/指标值/度量单位 columns, several projects in one table.</summary>
public class PerformanceTableFormTests
{
    [Theory]
    [InlineData("≤86.366万元", "≤", "86.366", "万元")]
    [InlineData("不低于95%", "≥", "95", "%")]
    [InlineData("不超过 30 天", "≤", "30", "天")]
    [InlineData("达到100%", "=", "100", "%")]
    [InlineData("＜5次", "<", "5", "次")]
    [InlineData("≧９８％", "≥", "98", "%")]
    [InlineData(">=3个", "≥", "3", "个")]
    [InlineData("12", null, "12", null)]
    public void ValuesWithSymbolOrWordComparators(string printed, string? comparator, string value, string? unit)
    {
        var v = IndicatorValueParser.Parse(printed);
        Assert.Equal(comparator, v.Comparator);
        Assert.Equal(decimal.Parse(value), v.Value);
        Assert.Equal(unit, v.Unit);
    }

    [Fact]
    public void QualitativeValueKeepsNoNumber()
    {
        var v = IndicatorValueParser.Parse("有效提升");
        Assert.Null(v.Value);
        Assert.Null(v.Comparator);
    }

    static RecognizedTable Table(params string[] lines)
    {
        var raw = new RawTable { Method = "test", Page = 3 };
        for (var r = 0; r < lines.Length; r++)
        {
            var fields = lines[r].Split('|');
            for (var c = 0; c < fields.Length; c++) raw.Cells.Add(new RawCell { Row = r, Col = c, Text = fields[c].Trim(), Page = 3 });
            raw.ColumnCount = Math.Max(raw.ColumnCount, fields.Length);
        }
        raw.RowCount = lines.Length;
        return new RecognizedTable { Table = raw, Kind = TableKind.PerformanceTargets };
    }

    [Fact]
    public void SplitColumnsAndTwoProjectsInOneTable()
    {
        var targets = PerformanceTargetReader.Read(Table(
            "项目名称|办公楼维修|主管部门及代码|[101]某某局",
            "年度资金总额|50|财政拨款|50",
            "年度绩效目标|完成维修",
            "一级指标|二级指标|三级指标|指标性质|指标值|度量单位",
            "产出指标|数量指标|维修面积|≥|1200|平方米",
            "||验收合格率|=|100|%",
            "项目名称|信息系统运维|主管部门及代码|[101]某某局",
            "年度资金总额|20.5|财政拨款|20.5",
            "一级指标|二级指标|三级指标|指标性质|指标值|度量单位",
            "效益指标|社会效益指标|系统可用率|≥|99.5|%")).ToList();

        Assert.Equal(2, targets.Count);
        Assert.Equal(("办公楼维修", "101", "某某局", 50m, 50m), (targets[0].ProjectName, targets[0].DepartmentCode, targets[0].Department, targets[0].FundsTotal!.Value, targets[0].FundsAppropriation!.Value));
        Assert.Equal("完成维修", targets[0].AnnualGoal);
        Assert.Equal(2, targets[0].Indicators.Count);
        var area = targets[0].Indicators[0];
        Assert.Equal(("≥", 1200m, "平方米"), (area.Comparator, area.Value!.Value, area.Unit));
        Assert.Equal(("产出指标", "数量指标"), (targets[0].Indicators[1].Level1, targets[0].Indicators[1].Level2));
        var uptime = Assert.Single(targets[1].Indicators);
        Assert.Equal(("效益指标", "系统可用率", 99.5m, "%"), (uptime.Level1, uptime.Level3, uptime.Value!.Value, uptime.Unit));
        Assert.Equal(20.5m, targets[1].FundsTotal);
    }

    [Fact]
    public void FundsLabelsAboveTheirValues()
    {
        var target = Assert.Single(PerformanceTargetReader.Read(Table(
            "项目名称|培训经费",
            "年度资金总额|财政拨款|其他资金",
            "30|25|5",
            "一级指标|二级指标|三级指标|指标值",
            "产出指标|数量指标|培训人次|≥200人次")));
        Assert.Equal((30m, 25m, 5m), (target.FundsTotal!.Value, target.FundsAppropriation!.Value, target.FundsOther!.Value));
        Assert.Equal("人次", target.Indicators[0].Unit);
    }
}

/// <summary>The list form (one row per project, indicators written out in one cell), as in 广州市生态环境局's tables.</summary>
public class ProjectListFormTests
{
    [Fact]
    public void OneTargetPerProjectRowWithIndicatorsParsedFromText()
    {
        var rows = new[]
        {
            new[] { "部门名称：广州市生态环境局", "", "", "", "", "", "单位：万元" },
            new[] { "项目名称（资金使用单位）", "总计：", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标" },
            new[] { "合计：", "37,367.86", "35,790.09", "", "1,577.77", "", "" },
            new[] { "广州市生态环境局", "12,887.86", "12,887.86", "", "", "", "" },
            new[] { "广州市镇（街）园区环保监督检查员经费（越秀区）", "238.00", "238.00", "", "", "通过开展……全面提升基层环保工作水平。",
                    "1、1－产出指标，11－数量指标，项目专职环保员数量；实施周期指标值：≦核定人数，年度指标值：≦核定人数；" +
                    "2、1－产出指标，12－质量指标，环境应急事件响应率；实施周期指标值：100%，年度指标值：100%;" +
                    "3、2－效益指标，22－社会效益，环保信访投诉办结率；实施周期指标值：≥90%，年度指标值：≥90%;" },
        };
        var raw = new RawTable { Method = "test", Page = 1, RowCount = rows.Length, ColumnCount = 7 };
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) raw.Cells.Add(new RawCell { Row = r, Col = c, Text = rows[r][c], Page = 1 });

        var target = Assert.Single(PerformanceTargetReader.Read(new RecognizedTable { Table = raw, Kind = TableKind.PerformanceTargets }));
        Assert.Equal("广州市镇（街）园区环保监督检查员经费（越秀区）", target.ProjectName);
        Assert.Equal((238.00m, 238.00m, "万元"), (target.FundsTotal!.Value, target.FundsAppropriation!.Value, target.FundsUnit));
        Assert.Equal(3, target.Indicators.Count);
        var first = target.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "项目专职环保员数量", "≤", "≦核定人数"), (first.Level1, first.Level2, first.Level3, first.Comparator, first.Printed));
        Assert.Null(first.Value);
        var third = target.Indicators[2];
        Assert.Equal(("效益指标", "社会效益", "≥", 90m, "%"), (third.Level1, third.Level2, third.Comparator, third.Value!.Value, third.Unit));
    }
}
