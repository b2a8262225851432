using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
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
        var joinedAt = DateTimeOffset.UtcNow;
        // The membership may arrive before the team itself.
        var joined = await host.PublishAsync(new TeamMemberJoined(team, union, stays, "captain", new DateOnly(2026, 1, 5), joinedAt));
        await host.PublishAsync(new TeamMemberJoined(team, union, stays, "captain", new DateOnly(2026, 1, 5), joinedAt), joined);
        await host.PublishAsync(new TeamFormed(team, union, "韶关送文艺分队", "culture", DateTimeOffset.UtcNow));
        await host.WaitUntilConsumedAsync(await host.PublishAsync(new TeamMemberJoined(team, union, leaves, "volunteer", new DateOnly(2026, 1, 5), joinedAt)));

        var request = Plans.Teaching(world);
        request.TeamIds[0] = team.ToString();
        var before = await Plans.PlanAsync(host, world, request);
        await host.WaitUntilConsumedAsync(await host.PublishAsync(new TeamMemberLeft(team, union, leaves, new DateOnly(2026, 6, 1), joinedAt.AddMinutes(1))));
        var after = await Plans.PlanAsync(host, world, request);
        await host.WaitUntilConsumedAsync(await host.PublishAsync(new TeamDisbanded(team, union, DateTimeOffset.UtcNow)));

        Assert.Equal(new[] { stays, leaves }.Select(v => v.ToString()).Order(), before.Participants.Select(p => p.VolunteerId).Order());
        Assert.Equal([stays.ToString()], after.Participants.Select(p => p.VolunteerId));
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Plans.Client(host).PlanActivityAsync(request, world.ProvinceAdmin).ResponseAsync);
    }

    [Fact]
    public async Task A_team_and_its_first_members_arriving_at_once_are_kept_without_a_database_error()
    {
        var world = await host.WorldAsync();
        var union = Guid.Parse(world.City.Id);
        var team = Guid.NewGuid();
        var members = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        var joinedAt = DateTimeOffset.UtcNow;
        await host.ClearStartUpLogsAsync();

        var published = await Task.WhenAll(members
            .Select(m => host.PublishAsync(
                new TeamMemberJoined(team, union, m, "volunteer", new DateOnly(2026, 1, 5), joinedAt)))
            .Append(host.PublishAsync(new TeamFormed(team, union, "清远送教分队", "education", joinedAt))));
        foreach (var messageId in published)
        {
            await host.WaitUntilConsumedAsync(messageId);
        }

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        Assert.Equal("清远送教分队", db.Teams.Single(t => t.Id == team).Name);
        var kept = db.Set<KnownTeamMember>().Where(m => m.TeamId == team).Select(m => m.VolunteerId).ToList();
        Assert.Equal(members.Order(), kept.Order());
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_skills_correction_overtaking_the_registration_is_kept()
    {
        var world = await host.WorldAsync();
        var volunteer = Guid.NewGuid();
        var union = Guid.Parse(world.City.Id);
        var registeredAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        await host.WaitUntilConsumedAsync(await host.PublishAsync(new VolunteerProfileChanged(
            volunteer, union, ["skills"], "中学教师", ["物理教学", "心理咨询"], false, null, registeredAt.AddMinutes(1))));
        await host.WaitUntilConsumedAsync(await host.PublishAsync(new VolunteerRegistered(
            volunteer, union, "陈志远", "male", "中学教师", ["物理教学"], [], false, registeredAt)));

        using var scope = host.Services.CreateScope();
        var known = await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Volunteers.FindAsync(volunteer);
        Assert.Equal(["物理教学", "心理咨询"], known!.Skills);
    }
}
