using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Auth;
using Volunteer.Testing;
using Volunteer.Testing.Benchmarking;

namespace Volunteer.Activity.Benchmarks;

/// <summary>
/// Check-ins per second and list latency on a campaign of 10,000 activities, in-process (TestServer)
/// against real PostgreSQL and RabbitMQ. Prints figures; asserts nothing.
/// </summary>
internal static class Program
{
    /// <param name="args">"replicas": check-ins at 1, 2 and 3 instances of the service instead.</param>
    public static async Task<int> Main(string[] args)
    {
        Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ, then the activity service ...");
        var servers = await TestServers.GetAsync();
        await using var host = new ActivityBenchmarkHost();
        await host.InitializeAsync();
        await host.WaitUntilReadyAsync();
        var client = new ActivityService.ActivityServiceClient(host.CreateChannel());

        Console.WriteLine($"Writing a campaign of {CampaignSeed.Activities:N0} activities ...");
        var seed = await CampaignSeed.WriteAsync(host.Services);
        if (args.Contains("replicas"))
        {
            return await ReplicasAsync(host, seed);
        }

        Console.WriteLine("Checking in and out, and in at the baseline ...");
        await using var minimal = await MinimalCheckInServer.StartAsync(servers);
        using var minimalChannel = minimal.CreateChannel();
        var (calls, checkIns, checkOuts, baseline) = await CheckInThroughput.RunAsync(
            host, client, new ActivityService.ActivityServiceClient(minimalChannel), seed.Started);

        Console.WriteLine("Listing ...");
        var province = host.BearerToken(PlatformRoles.ProvincialAdmin, subject: "benchmark");
        var city = host.BearerToken(PlatformRoles.UnionAdmin, seed.Cities[3].ToString(), "city-admin");
        var deepToken = "";
        for (var page = 0; page < 20; page++)
        {
            deepToken = (await client.ListActivitiesAsync(
                new ListActivitiesRequest { PageSize = 50, PageToken = deepToken }, province)).NextPageToken;
        }

        var figures = new[]
        {
            await ListLatency.MeasureAsync(
                client, "province, first page", new ListActivitiesRequest { PageSize = 50 }, province),
            await ListLatency.MeasureAsync(client, "province, page 21",
                new ListActivitiesRequest { PageSize = 50, PageToken = deepToken }, province),
            await ListLatency.MeasureAsync(
                client, "city admin, own subtree", new ListActivitiesRequest { PageSize = 50 }, city),
            await ListLatency.MeasureAsync(client, "status in progress",
                new ListActivitiesRequest { PageSize = 50, Status = ActivityStatus.InProgress }, province),
            await ListLatency.MeasureAsync(client, "form + mode + May", new ListActivitiesRequest
            {
                PageSize = 50, Form = ActivityForm.Medical, Mode = AssistanceMode.Designated,
                From = "2018-05-01", To = "2018-05-31",
            }, province),
            await ListLatency.MeasureAsync(client, "one team",
                new ListActivitiesRequest { PageSize = 50, TeamId = seed.Teams[7].ToString() }, province),
        };

        Console.WriteLine();
        Console.WriteLine($"Activity service benchmark ({Environment.ProcessorCount} cores, "
            + $"{CampaignSeed.Activities:N0} activities, {CampaignSeed.InProgress} in progress)");
        Console.WriteLine($"  load average {File.ReadAllText("/proc/loadavg").Trim()} at the end");
        Console.WriteLine($"  check-ins and check-outs: {CampaignSeed.MeasuredDays} runs of {calls:N0} calls each, "
            + $"{CheckInThroughput.Concurrency} at once:");
        Console.WriteLine($"    check-ins  median {checkIns.Median:N0}/s ({checkIns.Min:N0}-{checkIns.Max:N0})");
        Console.WriteLine($"    check-outs median {checkOuts.Median:N0}/s ({checkOuts.Min:N0}-{checkOuts.Max:N0})");
        Console.WriteLine($"    baseline check-ins (one insert per call) median {baseline.Median:N0}/s "
            + $"({baseline.Min:N0}-{baseline.Max:N0})");
        Console.WriteLine($"  ListActivities, page size 50, {ListLatency.MeasuredCalls} calls each "
            + $"after {ListLatency.WarmUpCalls} warm-up:");
        foreach (var (name, median, p95, rows) in figures)
        {
            Console.WriteLine($"    {name,-26} median {median,6:N2} ms   p95 {p95,6:N2} ms   ({rows} rows)");
        }

        BenchLine.Print("check-ins", "calls/s", checkIns, "≥ 2000");
        BenchLine.Print("check-outs", "calls/s", checkOuts, "-");
        // The target is a rate; the ratio to one insert per call on the same cores says how far it is reachable.
        BenchLine.Print("check-ins-vs-minimal", "calls/s", checkIns, "minimal gRPC insert", baseline, "-");
        return 0;
    }

    private static async Task<int> ReplicasAsync(ActivityBenchmarkHost host, CampaignSeed seed)
    {
        Console.WriteLine($"Checking in at 1 to {ReplicaCheckIns.MostReplicas} instances ...");
        var samples = await ReplicaCheckIns.RunAsync(host, seed.Started);
        Console.WriteLine($"Activity instances on {Environment.ProcessorCount} cores, "
            + $"{CheckInThroughput.Concurrency} calls at once; "
            + $"load average {File.ReadAllText("/proc/loadavg").Trim()} at the end");
        for (var count = 1; count <= samples.Count; count++)
        {
            var name = count == 1 ? "check-ins-1-replica" : $"check-ins-{count}-replicas";
            BenchLine.Print(name, "calls/s", samples[count - 1], "-");
        }

        return 0;
    }
}
