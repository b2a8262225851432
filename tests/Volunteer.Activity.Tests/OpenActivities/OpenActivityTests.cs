using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;
using Status = Volunteer.Activity.Activities.ActivityStatus;

namespace Volunteer.Activity.Tests.OpenActivities;

/// <summary>
/// A volunteer lists exactly the activities ExpressInterest accepts for them (their union's teams and those
/// of the unions above, not started, not cancelled), soonest first, with their own standing and no one else's.
/// Each test keeps to its own year, as the classes' tests share one database.
/// </summary>
public sealed partial class OpenActivityTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_volunteer_sees_the_open_activities_of_their_unions_line_and_interest_follows_the_same_rule()
    {
        var world = await host.WorldAsync();
        var (line, city) = (new UnionLine(host), Guid.Parse(world.City.Id));
        var county = await line.UnionAsync(city, "越秀区教育工会", "440104");
        var (provinceTeam, cityTeam) = (await line.TeamAsync(Guid.Parse(world.Province.Id)), Guid.Parse(world.TeamId));
        var otherCity = Guid.Parse(world.OtherCity.Id);
        var (countyTeam, otherTeam) = (await line.TeamAsync(county), await line.TeamAsync(otherCity));
        var ofProvince = await line.ActivityAsync(city, provinceTeam, new(2028, 5, 10), Status.Cleared);
        var ofCounty = await line.ActivityAsync(county, countyTeam, new(2028, 5, 15), Status.Submitted);
        var ofCity = await line.ActivityAsync(city, cityTeam, new(2028, 5, 20));
        var blocked = await line.ActivityAsync(city, cityTeam, new(2028, 6, 1), Status.Blocked);
        var ofOtherCity = await line.ActivityAsync(otherCity, otherTeam, new(2028, 5, 11));
        var started = await line.ActivityAsync(city, cityTeam, new(2028, 5, 12), Status.InProgress);
        var cancelled = await line.ActivityAsync(city, cityTeam, new(2028, 5, 13), Status.Cancelled);
        var ofCountyVolunteer = await line.VolunteerAsync(county);
        var ofCityVolunteer = await line.VolunteerAsync(city);

        var countySees = await OpenIn2028Async(ofCountyVolunteer);
        var citySees = await OpenIn2028Async(ofCityVolunteer);

        Assert.Equal([ofProvince, ofCounty, ofCity, blocked], countySees.Select(a => a.ActivityId));
        Assert.Equal([ofProvince, ofCity, blocked], citySees.Select(a => a.ActivityId));
        var first = countySees[0];
        Assert.Equal(("广州市教育工会", "2028-05-10", ActivityStatus.Cleared, ServiceDomain.Education, "山区道路"),
            (first.UnionName, first.StartsOn, first.Status, first.Domain, first.RiskStatement));
        Assert.Null(first.Interest);
        foreach (var open in citySees)
        {
            await ExpressAsync(world, open.ActivityId, ofCityVolunteer);
        }

        foreach (var unknown in new[] { ofCounty, ofOtherCity })
        {
            await RpcAssert.FailsAsync(StatusCode.NotFound, () => ExpressAsync(world, unknown, ofCityVolunteer));
        }

        foreach (var closed in new[] { started, cancelled })
        {
            await RpcAssert.FailsAsync(
                StatusCode.FailedPrecondition, () => ExpressAsync(world, closed, ofCityVolunteer));
        }
    }

    private Task ExpressAsync(CampaignWorld world, string activityId, string volunteerId) =>
        Plans.Client(host).ExpressInterestAsync(new() { ActivityId = activityId, VolunteerId = volunteerId },
            world.Volunteer(host, volunteerId)).ResponseAsync;

    private async Task<List<OpenActivity>> OpenIn2028Async(string volunteerId) =>
        [.. (await ListAsync(volunteerId, new() { From = "2028-01-01", To = "2028-12-31" })).Activities];

    private async Task<ListOpenActivitiesResponse> ListAsync(string volunteerId, ListOpenActivitiesRequest request) =>
        await Plans.Client(host).ListOpenActivitiesAsync(
            request, (await host.WorldAsync()).Volunteer(host, volunteerId));
}
