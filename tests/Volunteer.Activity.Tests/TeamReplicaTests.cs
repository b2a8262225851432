using Grpc.Core;
using Volunteer.Contracts.Events;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>Roster's team events, delivered through the broker (also late and twice), shape who is proposed.</summary>
public sealed class TeamReplicaTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task Members_who_left_are_no_longer_proposed_duplicates_count_once_and_disbanded_teams_take_no_activities()
    {
        var world = await host.WorldAsync();
        var union = Guid.Parse(world.City.Id);
        var team = Guid.NewGuid();
        var (stays, leaves) = (Guid.NewGuid(), Guid.NewGuid());
        // The membership may arrive before the team itself.
        var joined = await host.PublishAsync(new TeamMemberJoined(team, union, stays, "captain", new DateOnly(2026, 1, 5)));
        await host.PublishAsync(new TeamMemberJoined(team, union, stays, "captain", new DateOnly(2026, 1, 5)), joined);
        await host.PublishAsync(new TeamFormed(team, union, "韶关送文艺分队", "culture", DateTimeOffset.UtcNow));
        await host.WaitUntilConsumedAsync(await host.PublishAsync(new TeamMemberJoined(team, union, leaves, "volunteer", new DateOnly(2026, 1, 5))));

        var request = Plans.Teaching(world);
        request.TeamIds[0] = team.ToString();
        var before = await Plans.PlanAsync(host, world, request);
        await host.WaitUntilConsumedAsync(await host.PublishAsync(new TeamMemberLeft(team, union, leaves, new DateOnly(2026, 6, 1))));
        var after = await Plans.PlanAsync(host, world, request);
        await host.WaitUntilConsumedAsync(await host.PublishAsync(new TeamDisbanded(team, union, DateTimeOffset.UtcNow)));

        Assert.Equal(new[] { stays, leaves }.Select(v => v.ToString()).Order(), before.Participants.Select(p => p.VolunteerId).Order());
        Assert.Equal([stays.ToString()], after.Participants.Select(p => p.VolunteerId));
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Plans.Client(host).PlanActivityAsync(request, world.ProvinceAdmin).ResponseAsync);
    }
}
