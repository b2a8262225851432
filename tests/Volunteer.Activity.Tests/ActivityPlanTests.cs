using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Auth;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

public sealed class ActivityPlanTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_planned_activity_is_a_draft_proposing_every_current_team_member_and_reads_back_the_same()
    {
        var world = await host.WorldAsync();
        var request = Plans.Teaching(world);
        request.RequestId = "plan-once";
        request.MeetingDays.Add("2027-05-12");
        request.DepartsOn = "2027-05-09";

        var planned = (await Plans.Client(host).PlanActivityAsync(request, world.CityAdmin(host))).Activity;
        var again = (await Plans.Client(host).PlanActivityAsync(request, world.CityAdmin(host))).Activity;
        var read = (await Plans.Client(host).GetActivityAsync(new GetActivityRequest { Id = planned.Id }, world.Captain(host))).Activity;

        Assert.Equal(ActivityStatus.Draft, planned.Status);
        Assert.Equal(planned, again);
        Assert.Equal(planned, read);
        Assert.Equal(2027, planned.CampaignYear);
        Assert.Equal("2027-05-09", planned.DepartsOn);
        Assert.Equal("2027-05-12", planned.ReturnsOn);
        Assert.Equal("2027-05-26", planned.RecordDueOn);
        Assert.Equal(new[] { world.CaptainId, world.VolunteerId, world.SecondVolunteerId, world.DoctorId, world.CadreId }.Order(),
            planned.Participants.Select(p => p.VolunteerId).Order());
        Assert.All(planned.Participants, p => Assert.Equal(ParticipantStatus.Proposed, p.Status));
    }

    [Fact]
    public async Task Bad_fields_are_all_named_and_nothing_is_written()
    {
        var world = await host.WorldAsync();
        var request = Plans.Teaching(world, startsOn: "2027-05-12", endsOn: "2027-05-10");
        request.Name = "";
        request.Form = ActivityForm.Unspecified;
        request.RegionCode = "4418";
        request.Budget.Amount = "-1";
        request.Budget.RecipientCost = "20";
        request.MeetingDays.Add("2027-06-01");
        request.RequestId = "bad-plan";

        var fields = await RpcAssert.InvalidFieldsAsync(() => Plans.Client(host).PlanActivityAsync(request, world.ProvinceAdmin).ResponseAsync);

        Assert.Equal(["budget.amount", "budget.recipient_cost", "ends_on", "form", "meeting_days[0]", "name", "region_code"], fields);
        // A malformed id is refused by the edge before the rest of the request is read.
        request.TeamIds.Add("not-a-team");
        Assert.Equal(["team_ids[1]"],
            await RpcAssert.InvalidFieldsAsync(() => Plans.Client(host).PlanActivityAsync(request, world.ProvinceAdmin).ResponseAsync));
        var list = await Plans.Client(host).ListActivitiesAsync(new ListActivitiesRequest { PageSize = 500 }, world.ProvinceAdmin);
        Assert.DoesNotContain(list.Activities, a => a.Name.Length == 0);
    }

    [Fact]
    public async Task Dates_outside_the_campaign_window_need_a_stated_exception()
    {
        var world = await host.WorldAsync();
        var winter = Plans.Teaching(world, startsOn: "2027-12-01", endsOn: "2027-12-02");

        Assert.Equal(["starts_on"], await RpcAssert.InvalidFieldsAsync(() => Plans.Client(host).PlanActivityAsync(winter, world.ProvinceAdmin).ResponseAsync));
        Assert.Equal(["ends_on"], await RpcAssert.InvalidFieldsAsync(
            () => Plans.Client(host).PlanActivityAsync(Plans.Teaching(world, "2027-10-30", "2027-11-02"), world.ProvinceAdmin).ResponseAsync));

        winter.OutsideWindowReason = "寒假支教，经省工会同意";
        var accepted = await Plans.PlanAsync(host, world, winter);
        Assert.Equal("寒假支教，经省工会同意", accepted.OutsideWindowReason);
    }

    [Fact]
    public async Task Only_admins_of_the_organising_unions_line_plan_and_cancel()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);

        var outside = await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => client.PlanActivityAsync(Plans.Teaching(world), world.OtherCityAdmin(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.PlanActivityAsync(Plans.Teaching(world), world.Captain(host)).ResponseAsync);
        var activity = await Plans.PlanAsync(host, world);
        // Another union's activity is as unknown as one that does not exist.
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.GetActivityAsync(new GetActivityRequest { Id = activity.Id }, world.OtherCityAdmin(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.CancelActivityAsync(new CancelActivityRequest { Id = activity.Id, Reason = "暴雨" }, world.OtherCityAdmin(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetActivityAsync(
            new GetActivityRequest { Id = activity.Id }, host.BearerToken(PlatformRoles.Volunteer, world.City.Id, Guid.NewGuid().ToString())).ResponseAsync);
        Assert.Equal("OUTSIDE_UNION_SCOPE", outside.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);
    }

    [Fact]
    public async Task Unknown_references_are_not_found()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var unknownTeam = Plans.Teaching(world);
        unknownTeam.TeamIds[0] = Guid.NewGuid().ToString();
        var unknownSite = Plans.Teaching(world);
        unknownSite.SiteId = Guid.NewGuid().ToString();

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.PlanActivityAsync(unknownTeam, world.ProvinceAdmin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.PlanActivityAsync(unknownSite, world.ProvinceAdmin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetActivityAsync(new GetActivityRequest { Id = Guid.NewGuid().ToString() }, world.ProvinceAdmin).ResponseAsync);
        Assert.Equal(["id"], await RpcAssert.InvalidFieldsAsync(() => client.GetActivityAsync(new GetActivityRequest { Id = "x" }, world.ProvinceAdmin).ResponseAsync));
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_is_possible_only_before_the_start()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Plans.PlanAsync(host, world);

        Assert.Equal(["reason"], await RpcAssert.InvalidFieldsAsync(
            () => client.CancelActivityAsync(new CancelActivityRequest { Id = activity.Id }, world.ProvinceAdmin).ResponseAsync));
        var cancelled = (await client.CancelActivityAsync(new CancelActivityRequest { Id = activity.Id, Reason = "台风预警" }, world.CityAdmin(host))).Activity;
        Assert.Equal(ActivityStatus.Cancelled, cancelled.Status);
        Assert.Equal("台风预警", cancelled.CancelReason);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.CancelActivityAsync(new CancelActivityRequest { Id = activity.Id, Reason = "再次" }, world.ProvinceAdmin).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.SubmitActivityAsync(new SubmitActivityRequest { Id = activity.Id }, world.ProvinceAdmin).ResponseAsync);
    }

    [Fact]
    public async Task The_campaign_calendar_is_the_programs_by_default()
    {
        var province = (await host.WorldAsync()).ProvinceAdmin;
        var campaign = (await Plans.Client(host).GetCampaignAsync(new GetCampaignRequest { Year = 2018 }, province)).Campaign;

        Assert.Equal((3, "2018-04-01", "2018-10-31", 11), (campaign.DeploymentMonth, campaign.ActivitiesFrom, campaign.ActivitiesTo, campaign.SummaryMonth));
        Assert.Equal(["year"], await RpcAssert.InvalidFieldsAsync(
            () => Plans.Client(host).GetCampaignAsync(new GetCampaignRequest(), province).ResponseAsync));
    }
}
