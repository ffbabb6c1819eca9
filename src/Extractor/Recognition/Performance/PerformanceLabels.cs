namespace Extractor.Recognition.Performance;

/// <summary>The printed labels of a performance-targets table (compared without spaces, full-width folded).</summary>
public static class PerformanceLabels
{
    public static readonly string[] ProjectName = { "项目名称", "项目(任务)名称", "项目名" };
    public static readonly string[] Department = { "主管部门及代码", "主管部门", "主管单位" };
    public static readonly string[] ImplementingUnit = { "实施单位", "项目实施单位", "预算单位", "单位名称" };
    public static readonly string[] FundsBlock = { "项目资金", "资金情况", "预算资金", "资金投入" };
    public static readonly string[] FundsTotal = { "年度资金总额", "资金总额", "年度资金总计", "合计" };
    public static readonly string[] FundsAppropriation = { "其中:财政拨款", "财政拨款", "其中:财政资金", "财政资金", "本级财政资金" };
    public static readonly string[] FundsOther = { "其他资金", "其他" };
    public static readonly string[] FundsCarryover = { "上年结转", "上年结余", "上年结转资金" };
    public static readonly string[] AnnualGoal = { "年度绩效目标", "年度目标", "绩效目标", "总体目标" };
    public static readonly string[] Level1 = { "一级指标" };
    public static readonly string[] Level2 = { "二级指标" };
    public static readonly string[] Level3 = { "三级指标", "指标内容", "指标名称" };
    public static readonly string[] Value = { "指标值", "目标值", "年度指标值", "指标目标值" };
    public static readonly string[] Nature = { "指标性质", "指标方向", "比较符", "运算符号" };
    public static readonly string[] Unit = { "度量单位", "计量单位", "单位" };
    public static readonly string[] FundsUnits = { "万元", "元", "亿元", "千元" };
}
