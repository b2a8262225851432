using Grpc.Core;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.EndToEnd.Tests.Campaign;

/// <summary>
/// The provincial union and its city education unions, created by the provincial admin. There is one
/// provincial union per platform, so every test asks for it with the same request id and gets the same one.
/// </summary>
internal static class UnionTree
{
    public static async Task<Union> ProvinceAsync(RosterService.RosterServiceClient roster, Metadata provincialAdmin) =>
        (await roster.CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = "e2e-province-440000",
            Name = "广东省教科文卫工会",
            Kind = UnionKind.Provincial,
            RegionCode = "440000",
            Targets = new UnionTargets { Teams = 100, People = 1000 },
        }, provincialAdmin)).Union;

    public static async Task<Union> CityAsync(
        RosterService.RosterServiceClient roster, Metadata provincialAdmin, string regionCode, string name)
    {
        var province = await ProvinceAsync(roster, provincialAdmin);
        return (await roster.CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = $"e2e-city-{regionCode}",
            ParentId = province.Id,
            Name = name,
            Kind = UnionKind.CityEducation,
            RegionCode = regionCode,
            Contact = new UnionContact { Name = "陈志强", Phone = "020-83123456" },
            Targets = new UnionTargets { Teams = 5, People = 50 },
        }, provincialAdmin)).Union;
    }
}
