using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;
using Volunteer.Testing;

namespace Volunteer.Safety.Benchmarks;

/// <summary>
/// Times the clearance of an activity of 500 participants against 50 policies (in memory, and as the
/// service does it after an input changes: load, evaluate, compare, save), then counts coverage queries
/// per second through the gRPC API. In-process (TestServer) against real PostgreSQL and RabbitMQ.
/// </summary>
internal static class Program
{
    private const int CoverageCalls = 400;
    private const int CoverageConcurrency = 4;

    public static async Task Main()
    {
        Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ, then the safety service ...");
        await TestServers.GetAsync();
        await using var host = new SafetyBenchmarkHost();
        await host.InitializeAsync();
        await host.WaitUntilReadyAsync();
        var (activity, participants) = await InScope(host, sp => Scenario.SeedAsync(sp.GetRequiredService<SafetyDbContext>()));

        var verdict = await InScope(host, async sp =>
        {
            await sp.GetRequiredService<ClearanceEvaluation>().RecomputeAsync([activity], CancellationToken.None);
            await sp.GetRequiredService<SafetyDbContext>().SaveChangesAsync();
            return (await sp.GetRequiredService<SafetyDbContext>().Activities.FindAsync(activity))!;
        });
        var rules = new ClearanceRules(Options.Create(new ClearanceOptions()));
        var facts = InMemoryFacts(participants);
        var days = new ActivityDays(Scenario.Starts, Scenario.Starts.AddDays(2), Scenario.Starts.AddDays(-1), Scenario.Starts.AddDays(3), false);
        var pure = await Timings.MeasureAsync(20, 200, () => Task.FromResult(rules.Evaluate(days, new PlanFacts(true, true), facts)));
        var full = await Timings.MeasureAsync(5, 50, () => InScope(host, async sp =>
        {
            await sp.GetRequiredService<ClearanceEvaluation>().RecomputeAsync([activity], CancellationToken.None);
            return await sp.GetRequiredService<SafetyDbContext>().SaveChangesAsync();
        }));

        var client = new SafetyService.SafetyServiceClient(host.CreateChannel());
        var caller = host.BearerToken(PlatformRoles.ProvincialAdmin, subject: "benchmark");
        var one = await CoverageRateAsync(client, caller, participants, 1, "2027-05-01", "2027-05-31");
        var hundred = await CoverageRateAsync(client, caller, participants, 100, "2027-05-01", "2027-05-31");
        var yearLong = await CoverageRateAsync(client, caller, participants, 10, "2027-01-01", "2027-12-31");

        Console.WriteLine();
        Console.WriteLine($"Safety service on {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
        Console.WriteLine($"clearance: 1 activity, {Scenario.Participants} participants, {Scenario.Policies} policies, " +
            $"{Scenario.OtherInsured:N0} other insured rows; verdict cleared={verdict.Cleared}, {ClearanceVerdict.Deserialize(verdict.ClearanceReasons).Count} reasons");
        Console.WriteLine($"  rules only (in memory):            {pure}");
        Console.WriteLine($"  recompute as after an input change: {full}  (load, evaluate, compare, save)");
        Console.WriteLine($"coverage (GetCoverage as provincial admin, {CoverageCalls} calls, {CoverageConcurrency} at a time)");
        Console.WriteLine($"  1 volunteer x 31 days:   {one,8:N0} queries/s");
        Console.WriteLine($"  100 volunteers x 31 days: {hundred,7:N0} queries/s");
        Console.WriteLine($"  10 volunteers x 365 days: {yearLong,7:N0} queries/s");
    }

    private static async Task<double> CoverageRateAsync(
        SafetyService.SafetyServiceClient client, Metadata caller, List<Guid> participants, int volunteers, string from, string to)
    {
        var next = 0;
        async Task Worker()
        {
            while (Interlocked.Increment(ref next) <= CoverageCalls)
            {
                var offset = Random.Shared.Next(participants.Count - volunteers);
                var request = new GetCoverageRequest { From = from, To = to };
                request.VolunteerIds.AddRange(participants.Skip(offset).Take(volunteers).Select(p => p.ToString()));
                await client.GetCoverageAsync(request, caller);
            }
        }

        await Worker(); // warm-up: the first call's JIT and connection are not measured
        next = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, CoverageConcurrency).Select(_ => Worker()));
        return CoverageCalls / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    // The same shape as the seeded world, for timing the rules without the database.
    private static List<ParticipantFacts> InMemoryFacts(List<Guid> participants) =>
        [.. participants.Select((id, i) => new ParticipantFacts(id,
            i % 25 == 0
                ? [new CoverPeriod(Guid.Empty, new(2027, 1, 1), new(2027, 12, 31), false)]
                : [new CoverPeriod(Guid.Empty, new(2027, 1, 1), new(2027, 12, 31), false), new CoverPeriod(Guid.NewGuid(), new(2027, 5, 9), new(2027, 5, 13), true)],
            [.. TrainingKinds.ProgramRequires.Select(kind => new TrainingTaken(kind, new DateOnly(2027, 1, 10)))]))];

    private static async Task<T> InScope<T>(SafetyBenchmarkHost host, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
