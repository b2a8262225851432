using Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Tests.OpenActivities;

public sealed partial class OpenActivityTests
{
    [Fact]
    public async Task Their_own_interest_follows_express_and_withdraw_and_no_one_elses_is_shown()
    {
        var world = await host.WorldAsync();
        var activity = await Plans.PlanAsync(host, world, Plans.Teaching(world, "2029-05-10", "2029-05-12"));
        var newcomer = await new UnionLine(host).VolunteerAsync(Guid.Parse(world.City.Id));
        var client = Plans.Client(host);
        await ExpressAsync(world, activity.Id, world.SecondVolunteerId);

        var before = await StandingAsync(newcomer, activity.Id);
        await ExpressAsync(world, activity.Id, newcomer);
        var expressed = await StandingAsync(newcomer, activity.Id);
        await client.WithdrawInterestAsync(
            new() { ActivityId = activity.Id, VolunteerId = newcomer }, world.Volunteer(host, newcomer));
        var withdrawn = await StandingAsync(newcomer, activity.Id);
        var member = await StandingAsync(world.VolunteerId, activity.Id);

        Assert.Null(before.Interest);
        Assert.Equal((false, ParticipantStatus.Unspecified), (before.TeamMember, before.Participation));
        Assert.Equal(newcomer, expressed.Interest.VolunteerId);
        Assert.NotNull(expressed.Interest.ExpressTime);
        Assert.Null(expressed.Interest.WithdrawTime);
        Assert.Equal(expressed.Interest.ExpressTime, withdrawn.Interest.ExpressTime);
        Assert.NotNull(withdrawn.Interest.WithdrawTime);
        Assert.Null(member.Interest);
        Assert.Equal((true, ParticipantStatus.Proposed), (member.TeamMember, member.Participation));
    }

    [Fact]
    public async Task Pages_run_soonest_first_to_the_end_and_a_domain_narrows_them()
    {
        var world = await host.WorldAsync();
        var (line, city, team) = (new UnionLine(host), Guid.Parse(world.City.Id), Guid.Parse(world.TeamId));
        List<(int Day, string Id)> planned = [];
        foreach (var day in new[] { 20, 3, 3, 11, 3 })
        {
            planned.Add((day, await line.ActivityAsync(city, team, new(2030, 5, day))));
        }

        var medical = await line.ActivityAsync(city, team, new(2030, 5, 1), domain: Sites.ServiceDomain.Medical);
        var volunteer = await line.VolunteerAsync(city);
        var window = new ListOpenActivitiesRequest { From = "2030-01-01", To = "2030-12-31", PageSize = 2 };
        List<OpenActivity> seen = [];
        var pages = 0;
        do
        {
            var page = await ListAsync(volunteer, window);
            (window.PageToken, pages) = (page.NextPageToken, pages + 1);
            seen.AddRange(page.Activities);
        }
        while (window.PageToken != "");
        var medicalOnly = await ListAsync(volunteer, new() { From = "2030-01-01", Domain = ServiceDomain.Medical });

        Assert.Equal(3, pages);
        var soonestFirst = planned.OrderBy(p => p.Day).ThenBy(p => Guid.Parse(p.Id)).Select(p => p.Id).Prepend(medical);
        Assert.Equal(soonestFirst, seen.Select(a => a.ActivityId));
        Assert.Equal([medical], medicalOnly.Activities.Select(a => a.ActivityId));
    }

    private async Task<OpenActivity> StandingAsync(string volunteerId, string activityId) =>
        (await ListAsync(volunteerId, new() { From = "2029-01-01", To = "2029-12-31" })).Activities
            .Single(a => a.ActivityId == activityId);
}
