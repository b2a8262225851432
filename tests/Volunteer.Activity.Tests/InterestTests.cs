using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.Activity.Tests.Access;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Auth;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>
/// Volunteers express and withdraw interest in open activities of their union's teams, for themselves only;
/// the activity's leads see who is interested and whether they are on a team already.
/// </summary>
public sealed class InterestTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_volunteer_of_the_union_expresses_interest_the_leads_see_it_and_it_is_withdrawn()
    {
        var world = await host.WorldAsync();
        var activity = await Plans.PlanAsync(host, world);
        var outsider = await KnownVolunteerAsync(Guid.Parse(world.City.Id));
        var client = Plans.Client(host);

        var expressed = (await client.ExpressInterestAsync(Express(activity.Id, outsider, " 可承担物理实验课 "),
            world.Volunteer(host, outsider))).Interest;
        var repeated = (await client.ExpressInterestAsync(Express(activity.Id, outsider, "另一说明"),
            world.Volunteer(host, outsider))).Interest;
        await client.ExpressInterestAsync(
            Express(activity.Id, world.VolunteerId, ""), world.Volunteer(host, world.VolunteerId));
        var seenByCaptain = await client.ListInterestsAsync(new() { ActivityId = activity.Id }, world.Captain(host));
        var seenByAdmin = await client.ListInterestsAsync(new() { ActivityId = activity.Id }, world.CityAdmin(host));
        var withdrawn = (await client.WithdrawInterestAsync(new() { ActivityId = activity.Id, VolunteerId = outsider },
            world.Volunteer(host, outsider))).Interest;
        var after = await client.ListInterestsAsync(new() { ActivityId = activity.Id }, world.CityAdmin(host));

        Assert.Equal("可承担物理实验课", expressed.Note);
        Assert.Equal(expressed, repeated);
        Assert.Equal(seenByCaptain, seenByAdmin);
        var interested = seenByCaptain.Interests.ToDictionary(i => i.VolunteerId);
        Assert.False(interested[outsider].TeamMember);
        Assert.True(interested[world.VolunteerId].TeamMember);
        Assert.Equal(ParticipantStatus.Proposed, interested[world.VolunteerId].ParticipantStatus);
        Assert.NotNull(withdrawn.WithdrawTime);
        Assert.Equal([world.VolunteerId], after.Interests.Select(i => i.VolunteerId));
    }

    [Fact]
    public async Task Other_unions_other_people_and_other_captains_are_answered_as_unknown()
    {
        var unions = await TwoUnions.CreateAsync(host);
        var (world, activity) = (unions.World, unions.A.ActivityId);
        var client = Plans.Client(host);
        var ofOtherUnion = unions.B.VolunteerId;

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ExpressInterestAsync(
            Express(activity, ofOtherUnion, ""), world.Volunteer(host, ofOtherUnion)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ExpressInterestAsync(
            Express(activity, world.SecondVolunteerId, ""), world.Volunteer(host, world.VolunteerId)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ListInterestsAsync(
            new() { ActivityId = activity }, world.OtherCityAdmin(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ListInterestsAsync(new() { ActivityId = activity },
            host.BearerToken(PlatformRoles.TeamCaptain, world.OtherCity.Id, ofOtherUnion)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.ListInterestsAsync(
            new() { ActivityId = activity }, world.Volunteer(host, world.VolunteerId)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.WithdrawInterestAsync(
            new() { ActivityId = activity, VolunteerId = world.SecondVolunteerId },
            world.Volunteer(host, world.SecondVolunteerId)).ResponseAsync);
    }

    private static ExpressInterestRequest Express(string activityId, string volunteerId, string note) =>
        new() { ActivityId = activityId, VolunteerId = volunteerId, Note = note };

    // A volunteer of the union on none of its teams, as roster's registration event leaves them here.
    private async Task<string> KnownVolunteerAsync(Guid union)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        var volunteer = new KnownVolunteer { Id = Guid.CreateVersion7(), UnionId = union, Skills = ["物理教学"] };
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync();
        return volunteer.Id.ToString();
    }
}
