using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Volunteer.Testing;

namespace Volunteer.EndToEnd.Tests.Replicas;

/// <summary>
/// Two replicas of each service (identity too), the demo campaign seeded on a few teams, and one activity replica killed
/// while the seeder runs: ready once the seeder has finished (run again if the kill cut one of its calls,
/// as an operator would; every step picks up from what is there).
/// </summary>
public sealed class ReplicatedPlatformFixture : PlatformFixture
{
    private static readonly TimeSpan SeedingLimit = TimeSpan.FromMinutes(8);

    public override int Replicas => 2;

    // Twice the processes of a single-instance platform to start on the same cores.
    protected override TimeSpan StartupLimit => TimeSpan.FromMinutes(12);

    protected override bool SeedsDemo => true;

    // Every step of the demo story, on enough teams that the kill lands while events flow.
    protected override IEnumerable<string> Settings => ["Seeder:Teams=8", $"Replicas:identity={Replicas}"];

    /// <summary>The activity replica killed while the seeder ran.</summary>
    public string KilledReplica { get; private set; } = "";

    /// <summary>What the seeder was doing when the replica died.</summary>
    public string? SeederStateAtKill { get; private set; }

    /// <summary>How often the seeder ran until it finished.</summary>
    public int SeederRuns { get; private set; }

    internal PlatformDatabases Databases => new(App);

    protected override async Task OnStartedAsync()
    {
        using var limit = new CancellationTokenSource(SeedingLimit);
        foreach (var service in Services.Append("identity"))
        {
            await ReplicaProcesses.WaitHealthyAsync(App, service, Replicas, limit.Token);
        }

        // Past the roster step: activities are being planned, and events flow between all services.
        await Eventually.GetAsync(() => Databases.CountAsync("activitydb", "select count(*) from activities"),
            planned => planned > 0, SeedingLimit);
        KilledReplica = await ReplicaProcesses.KillOneAsync(App, "activity", limit.Token);
        SeederStateAtKill = (await App.ResourceNotifications.WaitForResourceAsync("seeder", _ => true, limit.Token))
            .Snapshot.State?.Text;
        for (SeederRuns = 1; await SeederEndAsync(limit.Token) != KnownResourceStates.Finished; SeederRuns++)
        {
            if (SeederRuns == 2)
            {
                throw new InvalidOperationException("The demo seeder failed twice.");
            }

            await App.ResourceCommands.ExecuteCommandAsync("seeder", "seed-demo", cancellationToken: limit.Token);
            await App.ResourceNotifications.WaitForResourceAsync("seeder", KnownResourceStates.Running, limit.Token);
        }
    }

    private async Task<string> SeederEndAsync(CancellationToken cancellationToken) =>
        (await App.ResourceNotifications.WaitForResourceAsync("seeder",
            update => KnownResourceStates.TerminalStates.Contains(update.Snapshot.State?.Text), cancellationToken))
        .Snapshot.State!.Text;
}
