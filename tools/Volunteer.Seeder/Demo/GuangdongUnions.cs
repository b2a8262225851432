using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>
/// The campaign's union tree as the program describes it: the provincial union, the education unions
/// of Guangdong's 21 prefecture-level cities, county education unions in designated assistance
/// counties, and directly affiliated grassroots unions (universities, hospitals, institutes, culture).
/// </summary>
public static class GuangdongUnions
{
    public const string ProvinceKey = "province";

    private static readonly (string Code, string City)[] Cities =
    [
        ("440100", "广州"), ("440200", "韶关"), ("440300", "深圳"), ("440400", "珠海"), ("440500", "汕头"),
        ("440600", "佛山"), ("440700", "江门"), ("440800", "湛江"), ("440900", "茂名"), ("441200", "肇庆"),
        ("441300", "惠州"), ("441400", "梅州"), ("441500", "汕尾"), ("441600", "河源"), ("441700", "阳江"),
        ("441800", "清远"), ("441900", "东莞"), ("442000", "中山"), ("445100", "潮州"), ("445200", "揭阳"),
        ("445300", "云浮"),
    ];

    // Counties of the province's designated poverty-alleviation work, under their cities.
    private static readonly (string Code, string Name)[] Counties =
    [
        ("440232", "乳源瑶族自治县"), ("440233", "新丰县"), ("441826", "连南瑶族自治县"), ("441825", "连山壮族瑶族自治县"),
        ("441621", "紫金县"), ("441624", "和平县"), ("441424", "五华县"), ("441427", "蕉岭县"),
        ("440825", "徐闻县"), ("441523", "陆河县"), ("445381", "罗定市"), ("441781", "阳春市"),
    ];

    private static readonly (string Code, string Name)[] DirectlyAffiliated =
    [
        ("440100", "中山大学工会"), ("440100", "华南理工大学工会"), ("440100", "暨南大学工会"), ("440100", "华南师范大学工会"),
        ("440100", "广州中医药大学工会"), ("440100", "南方医科大学工会"), ("440100", "广东省人民医院工会"),
        ("440100", "广东省中医院工会"), ("440100", "广东省科学院工会"), ("440100", "广东省农业科学院工会"),
        ("440100", "广东省文化馆工会"), ("440100", "广东省立中山图书馆工会"), ("440600", "佛山科学技术学院工会"),
        ("440800", "广东海洋大学工会"),
    ];

    public static IReadOnlyList<UnionSpec> All() =>
    [
        new(ProvinceKey, null, "广东省教科文卫工会", UnionKind.Provincial, "440000", 100, 1000),
        .. Cities.Select(c => new UnionSpec(CityKey(c.Code), ProvinceKey, $"{c.City}市教育工会", UnionKind.CityEducation, c.Code, 3, 30)),
        .. Counties.Select(c => new UnionSpec($"county-{c.Code}", CityKey(c.Code[..4] + "00"), $"{c.Name}教育工会",
            UnionKind.CountyEducation, c.Code, 1, 10)),
        .. DirectlyAffiliated.Select((u, i) => new UnionSpec($"affiliated-{i:D2}", ProvinceKey, u.Name,
            UnionKind.DirectlyAffiliated, u.Code, 2, 20)),
    ];

    private static string CityKey(string code) => $"city-{code}";
}
