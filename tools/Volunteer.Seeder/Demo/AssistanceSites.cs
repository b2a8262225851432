using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>
/// Assistance sites in the province's designated counties: a school, a village and a township health
/// centre per county, registered by the county's education union (designated assistance), and the same
/// three for each directly affiliated union in the county it is paired with (paired assistance).
/// </summary>
public static class AssistanceSites
{
    private static readonly Dictionary<string, (string County, string[] Towns)> Counties = new()
    {
        ["440232"] = ("乳源瑶族自治县", ["必背镇", "游溪镇"]), ["440233"] = ("新丰县", ["黄礤镇", "马头镇"]),
        ["441826"] = ("连南瑶族自治县", ["大麦山镇", "香坪镇"]), ["441825"] = ("连山壮族瑶族自治县", ["太保镇", "永和镇"]),
        ["441621"] = ("紫金县", ["蓝塘镇", "龙窝镇"]), ["441624"] = ("和平县", ["大坝镇", "热水镇"]),
        ["441424"] = ("五华县", ["华城镇", "横陂镇"]), ["441427"] = ("蕉岭县", ["蓝坊镇", "广福镇"]),
        ["440825"] = ("徐闻县", ["下桥镇", "曲界镇"]), ["441523"] = ("陆河县", ["河口镇", "新田镇"]),
        ["445381"] = ("罗定市", ["罗镜镇", "太平镇"]), ["441781"] = ("阳春市", ["春湾镇", "八甲镇"]),
    };

    private static readonly string[] Villages = ["新联村", "石坑村", "东风村", "坪山村", "上坪村", "龙口村"];

    public static IReadOnlyList<string> CountyCodes => [.. Counties.Keys];

    public static IReadOnlyList<SiteSpec> For(DemoRoster demo)
    {
        var sites = new List<SiteSpec>();
        foreach (var (code, index) in Counties.Keys.Select((c, i) => (c, i)))
        {
            sites.AddRange(Three($"county-{code}", code, index, AssistanceMode.Designated));
        }

        var affiliated = demo.Unions.Where(u => u.Kind == UnionKind.DirectlyAffiliated).ToList();
        foreach (var (union, index) in affiliated.Select((u, i) => (u, i)))
        {
            var code = Counties.Keys.ElementAt(index % Counties.Count);
            sites.AddRange(Three(union.Key, code, index + 1, AssistanceMode.Paired));
        }

        return sites;
    }

    private static IEnumerable<SiteSpec> Three(string unionKey, string code, int index, AssistanceMode mode)
    {
        var (county, towns) = Counties[code];
        var town = towns[index % towns.Length];
        var prefix = $"{unionKey}-site";
        yield return new($"{prefix}-school", unionKey, $"{county}{town}中心小学", SiteKind.School, code, mode, town);
        yield return new($"{prefix}-village", unionKey, $"{county}{town}{Villages[index % Villages.Length]}", SiteKind.Village, code, mode, town);
        yield return new($"{prefix}-clinic", unionKey, $"{county}{town}卫生院", SiteKind.Clinic, code, mode, town);
    }
}
