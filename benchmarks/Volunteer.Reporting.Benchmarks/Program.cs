using System.Diagnostics;
using Volunteer.Reporting.Digests;
using Volunteer.Testing;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>
/// Province-wide digest generation at 1×, 10× and 100× a campaign of 100 teams / 1,000 volunteers /
/// 2,000 activities, each scale on its own fresh database seeded in bulk. Prints; asserts nothing.
/// Arguments: the scales to run (default 1 10 100).
/// </summary>
internal static class Program
{
    private const int Runs = 5;

    public static async Task Main(string[] args)
    {
        int[] scales = args.Length > 0 ? [.. args.Select(int.Parse)] : [1, 10, 100];
        Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ ...");
        await TestServers.GetAsync();
        Console.WriteLine($"Province-wide digest production (compose + claim + store + outbox), {Runs} runs each after one warm-up; times in ms.");
        Console.WriteLine($"{"scale",5} {"activities",10} {"rows",10} {"seed s",7} | {"summary median",14} {"min",6} {"max",6} | {"monthly median",14} {"min",6} {"max",6}");
        foreach (var scale in scales)
        {
            await using var host = new ReportingBenchmarkHost();
            await host.InitializeAsync();
            await host.WaitUntilReadyAsync();
            var seedClock = Stopwatch.StartNew();
            var rows = await CampaignSeed.SeedAsync(host.DatabaseConnectionString, scale);
            var seeded = seedClock.Elapsed.TotalSeconds;
            // Warms the connection pool and EF's query cache.
            await DigestTiming.MeasureAsync(host, DigestKinds.Monthly, new DateOnly(2026, 6, 1), 1);
            var summary = await DigestTiming.MeasureAsync(host, DigestKinds.CampaignSummary, new DateOnly(2026, 11, 1), Runs);
            var monthly = await DigestTiming.MeasureAsync(host, DigestKinds.Monthly, new DateOnly(2026, 6, 1), Runs);
            Console.WriteLine($"{scale + "x",5} {2_000 * scale,10:N0} {rows,10:N0} {seeded,7:F1} | {Median(summary),14:F0} {summary.Min(),6:F0} {summary.Max(),6:F0} | {Median(monthly),14:F0} {monthly.Min(),6:F0} {monthly.Max(),6:F0}");
        }

        await ProjectionThroughput.RunAsync();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
