using Grpc.Net.Client;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing.Benchmarking;
using ServiceActivity = Volunteer.Activity.Activities.ServiceActivity;

namespace Volunteer.Activity.Benchmarks;

/// <summary>
/// Check-ins at 1, 2 and 3 instances of the activity service on one database and one broker, the calls
/// spread over them in turn. The instances run in this one process (TestServer): they share its cores as
/// replicas on one machine share the machine's, each with its own connection pool, relay and consumers.
/// </summary>
internal static class ReplicaCheckIns
{
    public const int MostReplicas = 3;
    private const int RunsPerCount = 3;

    /// <returns>The check-ins per second with 1, 2, … <see cref="MostReplicas"/> instances.</returns>
    public static async Task<IReadOnlyList<Sample>> RunAsync(
        ActivityBenchmarkHost first, IReadOnlyList<ServiceActivity> started)
    {
        var tokens = CheckInThroughput.Tokens(first, started);
        var hosts = new List<ActivityBenchmarkHost> { first };
        var channels = new List<GrpcChannel>();
        var samples = new List<Sample>();
        try
        {
            for (var count = 1; count <= MostReplicas; count++)
            {
                if (count > 1)
                {
                    hosts.Add(await StartReplicaAsync(first));
                }

                channels.Add(hosts[^1].CreateChannel());
                var client = new ActivityService.ActivityServiceClient(
                    new RoundRobinInvoker([.. channels.Select(channel => channel.CreateCallInvoker())]));
                // A day of the activities of its own per count, in runs of a part of the participants each.
                var day = started.SelectMany(a => a.Participants.Select(p =>
                    (Activity: a, p.VolunteerId, Day: a.StartsOn.AddDays(count - 1)))).ToList();
                var rates = new List<double>();
                foreach (var run in day.Chunk((day.Count + RunsPerCount - 1) / RunsPerCount))
                {
                    rates.Add((await CheckInThroughput.RunDayAsync(client, [.. run], tokens)).CheckInsPerSecond);
                }

                samples.Add(new Sample(rates));
            }
        }
        finally
        {
            channels.ForEach(channel => channel.Dispose());
            foreach (var replica in hosts.Skip(1))
            {
                await replica.DisposeAsync();
            }
        }

        return samples;
    }

    private static async Task<ActivityBenchmarkHost> StartReplicaAsync(ActivityBenchmarkHost first)
    {
        var replica = new ActivityBenchmarkHost(first);
        await replica.InitializeAsync();
        await replica.WaitUntilReadyAsync();
        return replica;
    }
}
