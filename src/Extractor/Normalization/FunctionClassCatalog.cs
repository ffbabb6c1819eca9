namespace Extractor.Normalization;

/// <summary>The 支出功能分类 类 names of DOMAIN.md section 4: item names of two-sided tables map onto their codes.</summary>
public static class FunctionClassCatalog
{
    static readonly (string Code, string Name)[] Classes =
    {
        ("201", "一般公共服务"), ("202", "外交"), ("203", "国防"), ("204", "公共安全"), ("205", "教育"), ("206", "科学技术"),
        ("207", "文化旅游体育与传媒"), ("207", "文化体育与传媒"), ("208", "社会保障和就业"), ("209", "社会保险基金"),
        ("210", "卫生健康"), ("210", "医疗卫生与计划生育"), ("211", "节能环保"), ("212", "城乡社区"), ("213", "农林水"),
        ("214", "交通运输"), ("215", "资源勘探工业信息等"), ("215", "资源勘探信息等"), ("216", "商业服务业等"),
        ("217", "金融"), ("219", "援助其他地区"), ("220", "自然资源海洋气象等"), ("220", "国土海洋气象等"),
        ("221", "住房保障"), ("222", "粮油物资储备"), ("223", "国有资本经营预算"), ("224", "灾害防治及应急管理"),
        ("227", "预备费"), ("229", "其他"), ("230", "转移性"), ("231", "债务还本"), ("232", "债务付息"), ("233", "债务发行费用"),
    };

    /// <summary>The 类 code of a printed item name such as "一、一般公共服务支出" or "(七)社会保障和就业支出", or null.</summary>
    public static string? CodeOf(string? name)
    {
        var key = PrintedText.LabelKey(name);
        if (!key.EndsWith("支出")) return null;
        key = key[..^2];
        foreach (var (code, n) in Classes)
            if (key == n) return code;
        return null;
    }
}
