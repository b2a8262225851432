using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

public sealed class SiteAndNeedTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_site_is_registered_once_per_request_id_and_listed_within_the_callers_scope_to_the_end()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var request = Site(world);
        request.RequestId = "site-once";

        var site = (await client.RegisterSiteAsync(request, world.CityAdmin(host))).Site;
        var again = (await client.RegisterSiteAsync(request, world.CityAdmin(host))).Site;
        for (var i = 0; i < 2; i++)
        {
            await client.RegisterSiteAsync(Site(world), world.ProvinceAdmin);
        }

        var seen = new List<Site>();
        var token = "";
        do
        {
            var page = await client.ListSitesAsync(new ListSitesRequest { PageSize = 2, PageToken = token }, world.CityAdmin(host));
            seen.AddRange(page.Sites);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(site, again);
        Assert.Equal((SiteKind.School, AssistanceMode.Designated, "李校长"), (site.Kind, site.Mode, site.Contact.Name));
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct().Count());
        Assert.Contains(site, seen);
        Assert.True(seen.Count >= 3);
        Assert.Empty((await client.ListSitesAsync(new ListSitesRequest(), world.OtherCityAdmin(host))).Sites);
    }

    [Fact]
    public async Task Site_registration_names_bad_fields_and_refuses_other_unions_and_captains()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var bad = new RegisterSiteRequest { UnionId = world.City.Id, RegionCode = "44", Contact = new SiteContact { Phone = new string('1', 31) } };

        Assert.Equal(["contact.phone", "kind", "mode", "name", "region_code"],
            await RpcAssert.InvalidFieldsAsync(() => client.RegisterSiteAsync(bad, world.ProvinceAdmin).ResponseAsync));
        // An id the edge cannot read is refused before anything else is looked at.
        bad.UnionId = "x";
        Assert.Equal(["union_id"], await RpcAssert.InvalidFieldsAsync(() => client.RegisterSiteAsync(bad, world.ProvinceAdmin).ResponseAsync));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.RegisterSiteAsync(Site(world), world.OtherCityAdmin(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.RegisterSiteAsync(Site(world), world.Captain(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.ListSitesAsync(new ListSitesRequest(), world.Captain(host)).ResponseAsync);
    }

    [Fact]
    public async Task A_need_is_verified_before_teams_are_ranked_with_reasons_and_one_is_confirmed()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var site = (await client.RegisterSiteAsync(Site(world), world.CityAdmin(host))).Site;
        var need = (await client.RegisterNeedAsync(Need(site), world.CityAdmin(host))).Need;

        var early = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.SuggestTeamsAsync(new SuggestTeamsRequest { NeedId = need.Id }, world.CityAdmin(host)).ResponseAsync);
        Assert.Contains("已登记（REGISTERED）", early.Status.Detail);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.VerifyNeedAsync(new VerifyNeedRequest { NeedId = need.Id }, world.OtherCityAdmin(host)).ResponseAsync);
        var verified = (await client.VerifyNeedAsync(new VerifyNeedRequest { NeedId = need.Id }, world.CityAdmin(host))).Need;
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.VerifyNeedAsync(new VerifyNeedRequest { NeedId = need.Id }, world.CityAdmin(host)).ResponseAsync);

        var suggestion = Assert.Single((await client.SuggestTeamsAsync(new SuggestTeamsRequest { NeedId = need.Id }, world.CityAdmin(host))).Suggestions);
        Assert.Equal(world.TeamId, suggestion.TeamId);
        Assert.Equal("成员具备所需2项技能中的2项", suggestion.Reasons[0]);
        Assert.Equal(40 + 30 + 5 + 10, suggestion.Score);
        Assert.Equal(["期望时段内无其他活动", "与服务点同一省", "今年已开展0项活动"], suggestion.Reasons.Skip(1));

        var matched = (await client.ConfirmMatchAsync(new ConfirmMatchRequest { NeedId = need.Id, TeamId = world.TeamId }, world.CityAdmin(host))).Need;
        Assert.Equal((NeedStatus.Verified, NeedStatus.Matched, world.TeamId), (verified.Status, matched.Status, matched.MatchedTeamId));
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.ConfirmMatchAsync(new ConfirmMatchRequest { NeedId = need.Id, TeamId = world.TeamId }, world.CityAdmin(host)).ResponseAsync);
    }

    [Fact]
    public async Task A_team_already_busy_in_the_wished_period_scores_lower_and_says_so()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var site = (await client.RegisterSiteAsync(Site(world), world.CityAdmin(host))).Site;
        var need = (await client.RegisterNeedAsync(Need(site, 2027), world.CityAdmin(host))).Need;
        await client.VerifyNeedAsync(new VerifyNeedRequest { NeedId = need.Id }, world.CityAdmin(host));
        await Plans.PlanAsync(host, world, Plans.Teaching(world, "2027-05-20", "2027-05-21"));

        var suggestion = Assert.Single((await client.SuggestTeamsAsync(new SuggestTeamsRequest { NeedId = need.Id }, world.ProvinceAdmin)).Suggestions);

        Assert.Contains("期望时段内已有1项活动", suggestion.Reasons);
        Assert.True(suggestion.Score < 80);
    }

    [Fact]
    public async Task Needs_are_listed_by_site_and_status_to_the_end_within_scope()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var site = (await client.RegisterSiteAsync(Site(world), world.CityAdmin(host))).Site;
        var needs = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            needs.Add((await client.RegisterNeedAsync(Need(site), world.CityAdmin(host))).Need.Id);
        }

        await client.VerifyNeedAsync(new VerifyNeedRequest { NeedId = needs[1] }, world.CityAdmin(host));
        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await client.ListNeedsAsync(new ListNeedsRequest { SiteId = site.Id, PageSize = 2, PageToken = token }, world.CityAdmin(host));
            seen.AddRange(page.Needs.Select(n => n.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(needs, seen);
        var awaiting = await client.ListNeedsAsync(new ListNeedsRequest { SiteId = site.Id, Status = NeedStatus.Registered }, world.ProvinceAdmin);
        Assert.Equal([needs[0], needs[2]], awaiting.Needs.Select(n => n.Id));
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.ListNeedsAsync(new ListNeedsRequest { SiteId = site.Id }, world.OtherCityAdmin(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.ListNeedsAsync(new ListNeedsRequest(), world.Captain(host)).ResponseAsync);
    }

    [Fact]
    public async Task Need_registration_names_bad_fields()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var site = (await client.RegisterSiteAsync(Site(world), world.CityAdmin(host))).Site;
        var bad = Need(site);
        bad.Title = "";
        bad.WishedTo = "2028-04-01";
        bad.Skills.Add("");
        bad.RiskStatement = "";

        Assert.Equal(["risk_statement", "skills[2]", "title", "wished_to"], await RpcAssert.InvalidFieldsAsync(() => client.RegisterNeedAsync(bad, world.CityAdmin(host)).ResponseAsync));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.RegisterNeedAsync(Need(new Site { Id = Guid.NewGuid().ToString() }), world.CityAdmin(host)).ResponseAsync);
    }

    private static RegisterSiteRequest Site(CampaignWorld world) => new()
    {
        UnionId = world.City.Id,
        Name = "连山县太保镇中心小学",
        Kind = SiteKind.School,
        RegionCode = "441825",
        Mode = AssistanceMode.Designated,
        Contact = new SiteContact { Name = "李校长", Phone = "0763-6621234" },
    };

    // The default year has no activities of the team in other tests; the busy test plans one in 2027.
    private static RegisterNeedRequest Need(Site site, int year = 2028) => new()
    {
        SiteId = site.Id,
        Title = "初三物理实验课",
        Domain = ServiceDomain.Education,
        Skills = { "物理教学", "急救" },
        WishedFrom = $"{year}-05-01",
        WishedTo = $"{year}-05-31",
        RiskStatement = "山区道路，雨季注意交通安全",
    };
}
