using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;
using Volunteer.Testing.Benchmarking;

namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// Loads a roster through the import RPC, timing calls of 10,000 rows against a binary COPY of the same rows,
/// then times typical searches on
/// it. In-process (TestServer) against real PostgreSQL and RabbitMQ; see BenchmarkSettings for the knobs.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (BenchmarkSettings.Parse(args) is not { } settings)
        {
            Console.Error.WriteLine(BenchmarkSettings.Usage);
            return 2;
        }

        var loadBefore = Report.LoadAverage();
        Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ, then the roster service ...");
        await TestServers.GetAsync();
        await using var host = new RosterBenchmarkHost();
        await host.InitializeAsync();
        await host.WaitUntilReadyAsync();
        var client = new RosterService.RosterServiceClient(host.CreateChannel());
        // Tokens live ten minutes; a fresh one per phase outlasts any phase.
        Metadata Caller() => host.BearerToken(PlatformRoles.ProvincialAdmin, subject: "benchmark");
        var cities = await RosterSetup.CreateCityUnionsAsync(client, Caller());

        Console.WriteLine($"Importing {settings.Volunteers:N0} volunteers ...");
        var cold = await BulkImport.RunAsync(client, Caller, cities, 0, BenchmarkSettings.MeasuredImportRows);
        var measurement = new ImportVersusCopy(client, Caller, cities, host.DatabaseConnectionString);
        var (import, copy) = await measurement.RunAsync(cold.Rows);
        var rest = await BulkImport.RunAsync(
            client, Caller, cities, measurement.NextRow, settings.Volunteers - measurement.NextRow);
        var toApprove = measurement.Measured.Concat(measurement.WarmUp).Append(cold).Append(rest)
            .SelectMany(o => o.ToApprove).ToList();

        Console.WriteLine($"Approving {toApprove.Count:N0} of them ...");
        var vetting = await Vetting.ApproveAsync(client, Caller, toApprove);
        var outbox = await DatabaseChores.WaitForOutboxAsync(host.DatabaseConnectionString, TimeSpan.FromMinutes(5));
        await DatabaseChores.VacuumAnalyzeAsync(host.DatabaseConnectionString);

        Console.WriteLine("Searching ...");
        var caller = Caller();
        var figures = new List<LatencyFigures>();
        foreach (var query in await SearchQueries.BuildAsync(client, caller, cities))
        {
            figures.Add(await SearchLatency.MeasureAsync(client, caller, query));
        }

        var slowest = figures.MaxBy(f => f.P95Ms)!;
        var plan = await QueryPlan.ExplainAsync(host, client, caller, slowest.Query);

        Report.Header(settings, await DatabaseChores.ServerVersionAsync(host.DatabaseConnectionString), toApprove.Count, loadBefore);
        Report.Load(cold, measurement.WarmUp, measurement.Measured, rest);
        Report.Afterwards(vetting, toApprove.Count, outbox);
        Report.Baseline(import, copy);
        Report.Searches(figures);
        Report.Plan(slowest, plan);
        BenchLine.Print("import", "rows/s", import, "binary COPY", copy, "≥ 0.25");
        // The private servers, if this run started them, stop when the process exits.
        return 0;
    }
}
