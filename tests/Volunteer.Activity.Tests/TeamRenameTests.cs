using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;

namespace Volunteer.Activity.Tests;

/// <summary>Roster's renames reach the team copy through the broker, whatever order they arrive in.</summary>
public sealed class TeamRenameTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task The_newest_name_is_kept_when_renames_overtake_the_formation_and_each_other_and_come_twice()
    {
        var world = await host.WorldAsync();
        var (team, union) = (Guid.NewGuid(), Guid.Parse(world.City.Id));
        var formedAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var latest = new TeamRenamed(team, union, "连州送教二队", "连州送教一队", formedAt.AddMinutes(2));
        var latestId = await host.PublishAsync(latest);
        await host.PublishAsync(new TeamRenamed(team, union, "连州送教一队", "连州送教分队", formedAt.AddMinutes(1)));
        await host.PublishAsync(latest, latestId);
        // One at a time, in order: once the formation is consumed, so is everything before it.
        await host.WaitUntilConsumedAsync(
            await host.PublishAsync(new TeamFormed(team, union, "连州送教分队", "education", formedAt)));

        Assert.Equal("连州送教二队", await NameAsync(team));

        await host.WaitUntilConsumedAsync(await host.PublishAsync(
            new TeamRenamed(team, union, "连州送教三队", "连州送教二队", formedAt.AddMinutes(3))));

        Assert.Equal("连州送教三队", await NameAsync(team));
    }

    private async Task<string?> NameAsync(Guid team)
    {
        using var scope = host.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Teams.FindAsync(team))?.Name;
    }
}
