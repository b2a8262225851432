using Aspire.Hosting.ApplicationModel;
using Volunteer.Contracts.Events;
using Volunteer.EndToEnd.Tests.Campaign;
using Xunit.Abstractions;

namespace Volunteer.EndToEnd.Tests.Replicas;

/// <summary>
/// The platform at two replicas of each service: the demo story seeded while an activity replica is killed,
/// then counted from the databases; digests and expiry notices raced by both replicas; calls through the one
/// port of each service reaching both replicas.
/// </summary>
[Collection(ReplicatedPlatformCollection.Name)]
public sealed partial class TwoReplicasTests(ReplicatedPlatformFixture platform, ITestOutputHelper output)
{
    private const string Pending = "select count(*) from outbox_messages where sent_at is null";

    private static readonly string[] ProjectedTypes = [.. typeof(IProjectedEvent).Assembly.GetTypes()
        .Where(type => type.IsClass && typeof(IProjectedEvent).IsAssignableFrom(type))
        .Select(type => $"{type.FullName}, {type.Assembly.GetName().Name}")];

    private PlatformDatabases Databases => platform.Databases;

    [Fact]
    public async Task The_demo_story_seeded_while_an_activity_replica_died_has_every_event_projected_once()
    {
        Assert.StartsWith("activity-", platform.KilledReplica);
        Assert.Equal(KnownResourceStates.Running, platform.SeederStateAtKill);
        output.WriteLine($"Killed {platform.KilledReplica}; the seeder ran {platform.SeederRuns} time(s)");

        foreach (var database in PlatformDatabases.All)
        {
            await Wait.UntilAsync($"{database}'s outbox to be published", () => Databases.CountAsync(database, Pending),
                pending => pending == 0);
        }

        var written = new List<Guid>();
        foreach (var database in PlatformDatabases.All)
        {
            written.AddRange(await Databases.IdsAsync(database,
                "select id from outbox_messages where message_type = any($1)", [ProjectedTypes]));
        }

        var projected = await Wait.UntilAsync("reporting to project every event the services wrote",
            () => Databases.IdsAsync("reportingdb",
                "select message_id from projected_events where message_id is not null"),
            ids => ids.Count >= written.Count);
        Assert.Equal(projected.Count, projected.Distinct().Count());
        Assert.Equal(written.Order(), projected.Order());
        Assert.Equal(0, await Databases.CountAsync("activitydb",
            "select count(*) from outbox_messages where dead_lettered_at is not null"));
        await EveryCopyHasEveryRowAsync();
        // Activity asks roster by its service name, through the proxy in front of roster's replicas.
        foreach (var replica in platform.Traces.ServerSpansOf("roster").Where(s => s.Name.Contains("CheckEligibility"))
            .GroupBy(span => span.Instance))
        {
            output.WriteLine($"roster {replica.Key} answered {replica.Count()} eligibility checks");
        }
    }

    // Each a count of the same things as their owner holds them and as a consumer keeps them.
    private async Task EveryCopyHasEveryRowAsync()
    {
        var teams = await Databases.CountAsync("rosterdb", "select count(*) from teams");
        Assert.True(teams >= 8, $"{teams} teams");
        Assert.Equal(teams, await Databases.CountAsync("activitydb", "select count(*) from known_teams"));
        Assert.Equal(teams, await Databases.CountAsync("reportingdb", "select count(*) from teams"));
        var activities = await Databases.CountAsync("activitydb", "select count(*) from activities");
        Assert.Equal(activities, await Databases.CountAsync("reportingdb", "select count(*) from activities"));
    }
}
