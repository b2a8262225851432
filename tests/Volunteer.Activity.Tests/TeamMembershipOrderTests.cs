using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;

namespace Volunteer.Activity.Tests;

/// <summary>A volunteer's joins and leaves of a team, delivered through the broker newest first.</summary>
public sealed class TeamMembershipOrderTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_leave_delivered_before_its_join_still_ends_the_membership()
    {
        var (team, union, volunteer) = await NewTeamAsync();
        var joinedAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var (joinedOn, leftOn) = (new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 1));

        await DeliverAsync(new TeamMemberLeft(team, union, volunteer, leftOn, joinedAt.AddMinutes(5)));
        await DeliverAsync(new TeamMemberJoined(team, union, volunteer, "volunteer", joinedOn, joinedAt));

        Assert.Empty(await CurrentMembersAsync(team));
    }

    [Fact]
    public async Task A_rejoin_delivered_before_the_leave_and_join_it_follows_keeps_the_volunteer_in()
    {
        var (team, union, volunteer) = await NewTeamAsync();
        var firstJoinedAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        // Left and rejoined on the same day: only roster's times tell the order.
        var (joinedOn, changedOn) = (new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 1));

        await DeliverAsync(new TeamMemberJoined(
            team, union, volunteer, "captain", changedOn, firstJoinedAt.AddMinutes(2)));
        await DeliverAsync(new TeamMemberLeft(team, union, volunteer, changedOn, firstJoinedAt.AddMinutes(1)));
        await DeliverAsync(new TeamMemberJoined(team, union, volunteer, "volunteer", joinedOn, firstJoinedAt));

        var member = Assert.Single(await CurrentMembersAsync(team));
        Assert.Equal((volunteer, "captain"), (member.VolunteerId, member.Role));
    }

    private async Task<(Guid Team, Guid Union, Guid Volunteer)> NewTeamAsync()
    {
        var world = await host.WorldAsync();
        var team = Guid.NewGuid();
        var union = Guid.Parse(world.City.Id);
        await DeliverAsync(new TeamFormed(team, union, "清远送医分队", "medical", DateTimeOffset.UtcNow));
        return (team, union, Guid.NewGuid());
    }

    // Each consumed before the next is sent: the order of delivery is the order of the calls.
    private async Task DeliverAsync<T>(T message) where T : class =>
        await host.WaitUntilConsumedAsync(await host.PublishAsync(message));

    private async Task<List<Teams.KnownTeamMember>> CurrentMembersAsync(Guid teamId)
    {
        using var scope = host.Services.CreateScope();
        var team = await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Teams.AsNoTracking()
            .Include(t => t.Members).SingleAsync(t => t.Id == teamId);
        return [.. team.CurrentMembers];
    }
}
