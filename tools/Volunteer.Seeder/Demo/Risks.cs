namespace Volunteer.Seeder.Demo;

/// <summary>The risks volunteers are told of, and the safety plan that answers them.</summary>
public static class Risks
{
    public static string Statement(ActivitySpec spec) => spec.Online
        ? "线上活动，注意用眼与用电安全"
        : "山区道路弯多坡陡，雨季有塌方和中暑风险；请听从领队安排";

    public static IReadOnlyList<string> Foreseen(ActivitySpec spec) => spec.Online
        ? ["长时间用眼疲劳", "设备用电安全"]
        : ["山区道路交通事故", "雨季山体塌方", "夏季中暑", "食物中毒"];

    public static IReadOnlyList<string> Measures(ActivitySpec spec) => spec.Online
        ? ["每节课后休息十分钟", "使用合格电源设备"]
        : ["租用有资质车辆，专职司机，不走夜路", "出发前查看天气预警，遇暴雨改期", "备防暑药品，午间避开高温时段", "集中在卫生院食堂就餐"];

    public static string MedicalFacility(ActivitySpec spec) =>
        spec.Site is { } site ? $"{site.Name[..site.Name.IndexOf(site.Town, StringComparison.Ordinal)]}人民医院" : "广东省人民医院";
}
