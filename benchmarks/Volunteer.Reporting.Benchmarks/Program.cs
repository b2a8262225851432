using System.Diagnostics;
using Volunteer.Reporting.Digests;
using Volunteer.Testing;
using Volunteer.Testing.Benchmarking;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>
/// Province-wide digest generation at 1× and 100× (and any other scale asked for) a campaign of 100
/// teams / 1,000 volunteers / 2,000 activities, each scale on its own fresh database seeded in bulk.
/// Then reporting's projections against direct consumption. Prints; asserts nothing. Arguments: the scales
/// to run (default 1 100); "digests" or "projections" runs that part alone.
/// </summary>
internal static class Program
{
    private const int Runs = 5;
    private static readonly DateOnly SummaryDay = new(2026, 11, 1), MonthDay = new(2026, 6, 1);

    public static async Task Main(string[] args)
    {
        var given = args.Where(a => char.IsAsciiDigit(a[0])).Select(int.Parse).ToArray();
        int[] scales = given.Length > 0 ? given : [1, 100];
        Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ ...");
        await TestServers.GetAsync();
        if (!args.Contains("projections"))
        {
            await DigestsAsync(scales);
        }

        if (!args.Contains("digests"))
        {
            await ProjectionThroughput.RunAsync();
        }
    }

    private static async Task DigestsAsync(int[] scales)
    {
        Console.WriteLine("Province-wide digest production (compose + claim + store + outbox), "
            + $"{Runs} runs each after one warm-up; times in ms.");
        Console.WriteLine($"{Environment.ProcessorCount} cores; load average {LoadAverage()} at the start.");
        Console.WriteLine($"{"scale",5} {"activities",10} {"rows",10} {"seed s",7} | "
            + $"{"summary median",14} {"min",6} {"max",6} | {"monthly median",14} {"min",6} {"max",6}");
        var samples = new Dictionary<(string Kind, int Scale), Sample>();
        foreach (var scale in scales)
        {
            await using var host = new ReportingBenchmarkHost();
            await host.InitializeAsync();
            await host.WaitUntilReadyAsync();
            var seedClock = Stopwatch.StartNew();
            var rows = await CampaignSeed.SeedAsync(host.DatabaseConnectionString, scale);
            var seeded = seedClock.Elapsed.TotalSeconds;
            // Warms the connection pool and EF's query cache.
            await DigestTiming.MeasureAsync(host, DigestKinds.Monthly, MonthDay);
            var summary = await Sample.OfAsync(Runs,
                () => DigestTiming.MeasureAsync(host, DigestKinds.CampaignSummary, SummaryDay));
            var monthly = await Sample.OfAsync(Runs,
                () => DigestTiming.MeasureAsync(host, DigestKinds.Monthly, MonthDay));
            Console.WriteLine($"{scale + "x",5} {2_000 * scale,10:N0} {rows,10:N0} {seeded,7:F1} | "
                + $"{summary.Median,14:F0} {summary.Min,6:F0} {summary.Max,6:F0} | "
                + $"{monthly.Median,14:F0} {monthly.Min,6:F0} {monthly.Max,6:F0}");
            samples[(DigestKinds.CampaignSummary, scale)] = summary;
            samples[(DigestKinds.Monthly, scale)] = monthly;
        }

        Console.WriteLine($"Load average {LoadAverage()} at the end.");
        DigestGrowth.Print(samples);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
