using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>Sites and needs change by update mask; a contact's values stay out of the history.</summary>
public sealed class SiteAndNeedEditTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_site_edit_keeps_the_fact_of_a_contact_change_but_not_its_values()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var site = (await client.RegisterSiteAsync(NewSite(world), world.CityAdmin(host))).Site;

        var edited = (await client.UpdateSiteAsync(new UpdateSiteRequest
        {
            Id = site.Id, Etag = site.Etag, UpdateMask = new FieldMask { Paths = { "name", "contact" } },
            Site = new SiteChanges
            {
                Name = "连山县太保镇第二小学", Contact = new SiteContact { Name = "张校长", Phone = "0763-6620000" },
            },
        }, world.CityAdmin(host))).Site;

        Assert.Equal(("连山县太保镇第二小学", "0763-6620000", site.RegionCode),
            (edited.Name, edited.Contact.Phone, edited.RegionCode));
        var changes = Assert.Single((await client.ListEditHistoryAsync(
            new ListEditHistoryRequest { SiteId = site.Id }, world.CityAdmin(host))).Edits).Changes;
        Assert.Contains(changes, c => c is { Path: "name", Before: "连山县太保镇中心小学", After: "连山县太保镇第二小学" });
        Assert.All(changes.Where(c => c.Path.StartsWith("contact.", StringComparison.Ordinal)),
            c => Assert.Equal((true, "", ""), (c.Personal, c.Before, c.After)));
        Assert.Equal(2, changes.Count(c => c.Personal));
        await RpcAssert.FailsAsync(StatusCode.Aborted, () => client.UpdateSiteAsync(new UpdateSiteRequest
        {
            Id = site.Id, Etag = site.Etag, UpdateMask = new FieldMask { Paths = { "name" } },
            Site = new SiteChanges { Name = "旧读数" },
        }, world.CityAdmin(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.UpdateSiteAsync(new UpdateSiteRequest
        {
            Id = site.Id, UpdateMask = new FieldMask { Paths = { "name" } }, Site = new SiteChanges { Name = "越权" },
        }, world.OtherCityAdmin(host)).ResponseAsync);
    }

    [Fact]
    public async Task A_verified_need_that_changes_is_verified_again_and_a_matched_one_is_refused()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var site = (await client.RegisterSiteAsync(NewSite(world), world.CityAdmin(host))).Site;
        var need = (await client.RegisterNeedAsync(new RegisterNeedRequest
        {
            SiteId = site.Id, Title = "初三物理实验课", Domain = ServiceDomain.Education, WishedFrom = "2028-05-01",
            WishedTo = "2028-05-31", RiskStatement = "山区道路",
        }, world.CityAdmin(host))).Need;
        await client.VerifyNeedAsync(new VerifyNeedRequest { NeedId = need.Id }, world.CityAdmin(host));
        var retitle = new UpdateNeedRequest
        {
            Id = need.Id, UpdateMask = new FieldMask { Paths = { "title", "skills" } },
            Need = new NeedChanges { Title = "初三化学实验课", Skills = { "化学教学" } },
        };

        var edited = (await client.UpdateNeedAsync(retitle, world.CityAdmin(host))).Need;
        Assert.Equal(("初三化学实验课", NeedStatus.Registered), (edited.Title, edited.Status));
        Assert.Equal(["化学教学"], edited.Skills);
        await client.VerifyNeedAsync(new VerifyNeedRequest { NeedId = need.Id }, world.CityAdmin(host));
        await client.ConfirmMatchAsync(
            new ConfirmMatchRequest { NeedId = need.Id, TeamId = world.TeamId }, world.CityAdmin(host));
        retitle.Need.Title = "对接之后";
        var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.UpdateNeedAsync(retitle, world.CityAdmin(host)).ResponseAsync);
        var violations = refused.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations;
        Assert.Equal("NEED_NOT_EDITABLE", Assert.Single(violations).Type);
        var kept = Assert.Single((await client.ListEditHistoryAsync(
            new ListEditHistoryRequest { NeedId = need.Id }, world.ProvinceAdmin)).Edits);
        Assert.Contains(kept.Changes, c => c is { Path: "status", Before: "Verified", After: "Registered" });
    }

    internal static RegisterSiteRequest NewSite(CampaignWorld world) => new()
    {
        UnionId = world.City.Id, Name = "连山县太保镇中心小学", Kind = SiteKind.School, RegionCode = "441825",
        Mode = AssistanceMode.Designated, Contact = new SiteContact { Name = "李校长", Phone = "0763-6621234" },
    };
}
