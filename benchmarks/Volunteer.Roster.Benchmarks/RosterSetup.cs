using Grpc.Core;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Benchmarks;

/// <summary>The union tree volunteers belong to: the provincial union and every city education union under it.</summary>
internal static class RosterSetup
{
    public static async Task<IReadOnlyList<Union>> CreateCityUnionsAsync(RosterService.RosterServiceClient client, Metadata caller)
    {
        var province = (await client.CreateUnionAsync(new CreateUnionRequest
        {
            RequestId = "province", Kind = UnionKind.Provincial, RegionCode = "440000", Name = "广东省教科文卫工会",
            Targets = new UnionTargets { Teams = 100, People = 1000 },
        }, caller)).Union;
        var cities = new List<Union>();
        foreach (var (region, city) in RowPools.Cities)
        {
            cities.Add((await client.CreateUnionAsync(new CreateUnionRequest
            {
                RequestId = $"city-{region}", ParentId = province.Id, Kind = UnionKind.CityEducation, RegionCode = region,
                Name = $"{city}市教育工会",
            }, caller)).Union);
        }

        return cities;
    }
}
