using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests.Access;

/// <summary>
/// A create RPC's request_id is a key within the union the caller acts for: union B's admin repeating
/// union A's key gets B's own record (or a refusal), never A's.
/// </summary>
public sealed class ReplayAcrossUnionsTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_site_key_of_union_a_gives_union_b_its_own_site()
    {
        var unions = await TwoUnions.CreateAsync(host);
        var (world, client, key) = (unions.World, Plans.Client(host), Key());

        await SameKeyAsync(world, async (union, token) => (await client.RegisterSiteAsync(Site(union, key), token)).Site,
            site => (site.Id, site.UnionId));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => client.RegisterSiteAsync(Site(world.City.Id, key), world.OtherCityAdmin(host)).ResponseAsync);
    }

    [Fact]
    public async Task A_need_key_of_union_a_gives_union_b_its_own_need()
    {
        var unions = await TwoUnions.CreateAsync(host);
        var (world, client, key) = (unions.World, Plans.Client(host), Key());
        string SiteOf(string union) => union == world.City.Id ? unions.A.SiteId : unions.B.SiteId;

        await SameKeyAsync(world, async (union, token) => (await client.RegisterNeedAsync(Need(SiteOf(union), key), token)).Need,
            need => (need.Id, need.UnionId));
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.RegisterNeedAsync(Need(unions.A.SiteId, key), world.OtherCityAdmin(host)).ResponseAsync);
    }

    [Fact]
    public async Task An_activity_key_of_union_a_gives_union_b_its_own_activity()
    {
        var unions = await TwoUnions.CreateAsync(host);
        var (world, client, key) = (unions.World, Plans.Client(host), Key());
        var ours = Plans.Teaching(world);
        ours.RequestId = key;
        var mine = ours.Clone();
        mine.UnionId = world.OtherCity.Id;
        mine.TeamIds[0] = unions.B.TeamId;

        var first = (await client.PlanActivityAsync(ours, world.CityAdmin(host))).Activity;
        var again = (await client.PlanActivityAsync(ours, world.CityAdmin(host))).Activity;
        var theirs = (await client.PlanActivityAsync(mine, world.OtherCityAdmin(host))).Activity;

        Assert.Equal(first, again);
        Assert.NotEqual(first.Id, theirs.Id);
        Assert.Equal((world.OtherCity.Id, unions.B.TeamId), (theirs.UnionId, theirs.TeamIds.Single()));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.PlanActivityAsync(ours, world.OtherCityAdmin(host)).ResponseAsync);
        mine.TeamIds[0] = unions.A.TeamId;
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.PlanActivityAsync(mine, world.OtherCityAdmin(host)).ResponseAsync);
    }

    /// <summary>
    /// A's admin creates and repeats (getting the first record back); B's admin then uses the same key for
    /// B and gets a record of B's own.
    /// </summary>
    private async Task SameKeyAsync<T>(
        CampaignWorld world, Func<string, Metadata, Task<T>> create, Func<T, (string Id, string Union)> of)
    {
        var first = await create(world.City.Id, world.CityAdmin(host));
        var again = await create(world.City.Id, world.CityAdmin(host));
        var theirs = await create(world.OtherCity.Id, world.OtherCityAdmin(host));

        Assert.Equal(first, again);
        Assert.NotEqual(of(first).Id, of(theirs).Id);
        Assert.Equal(world.OtherCity.Id, of(theirs).Union);
    }

    // Guessable keys, as the demo's are.
    private static string Key() => $"req-{Random.Shared.Next(1_000_000)}";

    private static RegisterSiteRequest Site(string unionId, string key) => new()
    {
        RequestId = key, UnionId = unionId, Name = "连南县寨岗镇中心小学", Kind = SiteKind.School, RegionCode = "441826",
        Mode = AssistanceMode.Designated,
    };

    private static RegisterNeedRequest Need(string siteId, string key) => new()
    {
        RequestId = key, SiteId = siteId, Title = "初中英语", Domain = ServiceDomain.Education,
        WishedFrom = "2027-06-01", WishedTo = "2027-06-30", RiskStatement = "山区道路",
    };
}
