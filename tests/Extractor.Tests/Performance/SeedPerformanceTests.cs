using Extractor.Model;
using Extractor.Recognition;
using Extractor.Tests.Narrative;

namespace Extractor.Tests.Performance;

/// <summary>单位公开表 10 of the seed, read by hand.</summary>
public class SeedPerformanceTests
{
    static readonly PerformanceTarget Target = Assert.Single(PerformanceTargetReader.Read(SeedText.PerformanceTable()));

    [Fact]
    public void ProjectDepartmentAndUnit()
    {
        Assert.Equal("“12345”政务服务热线运维经费", Target.ProjectName);
        Assert.Equal("166", Target.DepartmentCode);
        Assert.Equal("景德镇市政务服务数据管理局", Target.Department);
        Assert.Equal("景德镇市12345政务服务便民热线管理中心", Target.ImplementingUnit);
        Assert.Equal(210, Target.Provenance.Line);
    }

    [Fact]
    public void FundsAsPrintedIncludingTheZeroAppropriation()
    {
        Assert.Equal(118m, Target.FundsTotal);
        Assert.Equal(0m, Target.FundsAppropriation);
        Assert.Equal(0m, Target.FundsOther);
        Assert.Equal(0m, Target.FundsCarryover);
        Assert.Equal("万元", Target.FundsUnit);
    }

    [Fact]
    public void AnnualGoalIsTheRowBelowItsLabel()
    {
        Assert.StartsWith("保障“12345”一号式受理热线", Target.AnnualGoal);
        Assert.EndsWith("全面提升政府形象和服务水平。", Target.AnnualGoal);
    }

    /// <summary>Every indicator: 一级, 二级, 三级, comparator, value, unit, printed, line. The table prints 14 rows.</summary>
    public static readonly (string L1, string L2, string L3, string Cmp, decimal Value, string Unit, string Printed, int Line)[] Expected =
    {
        ("成本指标", "经济成本指标", "软硬件运维费以及升级改造费", "≤", 86.366m, "万元", "≤86.366万元", 219),
        ("成本指标", "经济成本指标", "通信服务费", "≤", 12.234m, "万元", "≤12.234万元", 220),
        ("成本指标", "经济成本指标", "网络安全费", "≤", 19.4m, "万元", "≤19.4万元", 221),
        ("产出指标", "数量指标", "来电接听数", "≥", 230000m, "个", "≥230000个", 222),
        ("产出指标", "数量指标", "工单回访数", "≥", 100000m, "个", "≥100000个", 223),
        ("产出指标", "数量指标", "语音时长", "≥", 198000m, "分钟", "≥198000分钟", 224),
        ("产出指标", "数量指标", "短信发送数", "≤", 1080000m, "条", "≤1080000条", 225),
        ("产出指标", "质量指标", "接听来电率", "≥", 98m, "%", "≥98%", 226),
        ("产出指标", "时效指标", "快速交办处理率", "=", 100m, "%", "=100%", 227),
        ("效益指标", "社会效益指标", "热线接通率", "≥", 98m, "%", "≥98%", 228),
        ("效益指标", "社会效益指标", "平均处理时长", "≤", 480m, "秒", "≤480秒", 229),
        ("效益指标", "社会效益指标", "15秒接通率", "≥", 90m, "%", "≥90%", 230),
        ("效益指标", "社会效益指标", "工单回访率", "=", 100m, "%", "=100%", 231),
        ("满意度指标", "服务对象满意度", "市民对“12345”政务热线服务的满意度", "≥", 90m, "%", "≥90%", 232),
    };

    [Fact]
    public void EveryIndicatorWithCarriedDownLevelsComparatorValueAndUnit()
    {
        var got = Target.Indicators.Select(i => (i.Level1!, i.Level2!, i.Level3!, i.Comparator!, i.Value!.Value, i.Unit!, i.Printed, i.Provenance.Line!.Value)).ToList();
        Assert.Equal(Expected.Length, got.Count);
        for (var k = 0; k < got.Count; k++) Assert.Equal(Expected[k], got[k]);
    }

    [Fact]
    public void TheShiftedRowIsASecondLevelIndicatorUnder产出指标()
    {
        var row = Target.Indicators.Single(i => i.Level3 == "快速交办处理率");
        Assert.Equal(("产出指标", "时效指标"), (row.Level1, row.Level2));
        Assert.Equal(2, row.Provenance.Column); // where the value was actually printed
    }
}
