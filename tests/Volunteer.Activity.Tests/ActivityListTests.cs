using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

public sealed class ActivityListTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task Lists_page_to_the_end_in_planning_order_and_filter_by_form_status_dates_team_and_subtree()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var planned = new List<string>();
        foreach (var month in new[] { "05", "06", "07", "08", "09" })
        {
            planned.Add((await Plans.PlanAsync(host, world, Plans.Teaching(world, $"2027-{month}-10", $"2027-{month}-11"))).Id);
        }

        var medical = Plans.Teaching(world, "2027-07-01", "2027-07-02");
        medical.Form = ActivityForm.Medical;
        var medicalId = (await Plans.PlanAsync(host, world, medical)).Id;
        await client.CancelActivityAsync(new CancelActivityRequest { Id = planned[0], Reason = "改期" }, world.ProvinceAdmin);

        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await client.ListActivitiesAsync(new ListActivitiesRequest { PageSize = 2, PageToken = token, UnionSubtreeOf = world.City.Id }, world.CityAdmin(host));
            seen.AddRange(page.Activities.Select(a => a.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal([.. planned, medicalId], seen);
        Assert.Equal([medicalId], await IdsAsync(new ListActivitiesRequest { Form = ActivityForm.Medical }, world));
        Assert.Equal([planned[0]], await IdsAsync(new ListActivitiesRequest { Status = ActivityStatus.Cancelled }, world));
        Assert.Equal([planned[1], planned[2], medicalId], await IdsAsync(new ListActivitiesRequest { From = "2027-06-11", To = "2027-07-10" }, world));
        Assert.Equal(6, (await IdsAsync(new ListActivitiesRequest { TeamId = world.TeamId }, world)).Count);
        Assert.Empty(await IdsAsync(new ListActivitiesRequest { SiteId = Guid.NewGuid().ToString() }, world));
        Assert.Empty((await client.ListActivitiesAsync(new ListActivitiesRequest(), world.OtherCityAdmin(host))).Activities);
        Assert.Equal(6, (await client.ListActivitiesAsync(new ListActivitiesRequest(), world.Captain(host))).Activities.Count);
    }

    [Fact]
    public async Task Lists_refuse_bad_filters_foreign_subtrees_and_volunteers()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);

        Assert.Equal(["from", "page_size", "page_token"], await RpcAssert.InvalidFieldsAsync(() => client.ListActivitiesAsync(
            new ListActivitiesRequest { From = "2027/05/01", PageSize = -1, PageToken = "@@" }, world.ProvinceAdmin).ResponseAsync));
        // The edge reads the ids a request names before anything else.
        Assert.Equal(["team_id"], await RpcAssert.InvalidFieldsAsync(() => client.ListActivitiesAsync(
            new ListActivitiesRequest { From = "2027/05/01", TeamId = "x" }, world.ProvinceAdmin).ResponseAsync));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.ListActivitiesAsync(
            new ListActivitiesRequest { UnionSubtreeOf = world.City.Id }, world.OtherCityAdmin(host)).ResponseAsync);
        // Another union's team is refused too, as unknown, rather than answered with an empty page.
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ListActivitiesAsync(
            new ListActivitiesRequest { TeamId = world.TeamId }, world.OtherCityAdmin(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.ListActivitiesAsync(
            new ListActivitiesRequest(), world.Volunteer(host, world.VolunteerId)).ResponseAsync);
    }

    [Fact]
    public async Task Activities_past_their_recording_deadline_are_listed_as_overdue_until_recorded_or_cancelled()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var past = Plans.Teaching(world, "2026-05-11", "2026-05-12");
        var overdue = await Plans.PlanAsync(host, world, past);
        var cancelled = await Plans.PlanAsync(host, world, past);
        await client.CancelActivityAsync(new CancelActivityRequest { Id = cancelled.Id, Reason = "取消" }, world.ProvinceAdmin);
        await Plans.PlanAsync(host, world);

        var earlier = await Plans.PlanAsync(host, world, Plans.Teaching(world, "2026-04-20", "2026-04-21"));
        var first = await client.ListOverdueActivitiesAsync(new ListOverdueActivitiesRequest { UnionSubtreeOf = world.Province.Id, PageSize = 1 }, world.ProvinceAdmin);
        var second = await client.ListOverdueActivitiesAsync(new ListOverdueActivitiesRequest { PageSize = 1, PageToken = first.NextPageToken }, world.ProvinceAdmin);

        Assert.Equal([earlier.Id], first.Activities.Select(a => a.Id));
        Assert.Equal([overdue.Id], second.Activities.Select(a => a.Id));
        Assert.Equal("", second.NextPageToken);
        Assert.Equal(("2026-05-05", "2026-05-26"), (first.Activities[0].RecordDueOn, second.Activities[0].RecordDueOn));
        Assert.Equal(["page_token"], await RpcAssert.InvalidFieldsAsync(
            () => client.ListOverdueActivitiesAsync(new ListOverdueActivitiesRequest { PageToken = first.NextPageToken + "x" }, world.ProvinceAdmin).ResponseAsync));
        Assert.Empty((await client.ListOverdueActivitiesAsync(new ListOverdueActivitiesRequest(), world.OtherCityAdmin(host))).Activities);
    }

    private async Task<List<string>> IdsAsync(ListActivitiesRequest request, CampaignWorld world) =>
        [.. (await Plans.Client(host).ListActivitiesAsync(request, world.ProvinceAdmin)).Activities.Select(a => a.Id)];
}
