using System.Runtime.InteropServices;
using Volunteer.Testing;
using Volunteer.Testing.Benchmarking;

namespace Volunteer.Roster.Benchmarks;

/// <summary>The figures, aligned, for a person to read; nothing is judged.</summary>
internal static class Report
{
    public static void Header(BenchmarkSettings settings, string postgresVersion, int approvals, string loadBefore)
    {
        Console.WriteLine();
        Console.WriteLine("Roster service: bulk import throughput and search latency");
        var servers = string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestServers.PostgresVariable))
            ? "private ones started from this machine's binaries"
            : $"from {TestServers.PostgresVariable} and {TestServers.RabbitMqUriVariable}";
        Line("host:", "in-process TestServer, no network");
        Line("servers:", $"PostgreSQL {postgresVersion} and RabbitMQ, {servers}; a fresh database and virtual host");
        Line("machine:", $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; load average {loadBefore} before, {LoadAverage()} after");
        Line("roster:", $"{settings.Volunteers:N0} volunteers in {RowPools.Cities.Length} city unions; {approvals:N0} approved " +
            $"(every {BenchmarkSettings.ApproveEvery}th row), the rest pending");
    }

    public static void Load(ImportOutcome cold, IReadOnlyList<ImportOutcome> warmUp,
        IReadOnlyList<ImportOutcome> measured, ImportOutcome rest)
    {
        var all = measured.Concat(warmUp).Append(cold).Append(rest).ToList();
        var total = TimeSpan.FromTicks(all.Sum(o => o.Elapsed.Ticks));
        var rows = all.Sum(o => o.Rows);
        Console.WriteLine("import (ImportStaffVolunteers, client streaming, one call at a time; " +
            "the service commits each call in one transaction)");
        Line("first call:", $"{Call(cold)}  (fresh process: code still tier-0 JIT)");
        foreach (var (call, n) in warmUp.Select((o, i) => (o, i + 2)))
        {
            Line($"call {n}:", $"{Call(call)}  (warm-up, not counted)");
        }

        foreach (var (call, n) in measured.Select((o, i) => (o, i + 2 + warmUp.Count)))
        {
            Line($"call {n}:", $"{Call(call)}  (measured, after the outbox drained and vacuum (analyze))");
        }

        Line("later:", $"{rest.Rows:N0} rows in {rest.Calls} calls, {rest.Elapsed.TotalSeconds:F1} s = {rest.RowsPerSecond:N0} rows/s");
        Line("full load:",
            $"{rows:N0} rows in {all.Sum(o => o.Calls)} calls, {total.TotalSeconds:F1} s = {rows / total.TotalSeconds:N0} rows/s");
    }

    public static void Afterwards(TimeSpan vetting, int approvals, (TimeSpan Waited, long Pending) outbox)
    {
        Line("vetting:", $"{approvals:N0} approvals through VetStaffVolunteer, {BenchmarkSettings.VettingConcurrency} at once, {vetting.TotalSeconds:F1} s");
        Line("outbox:", outbox.Pending == 0
            ? $"drained {outbox.Waited.TotalSeconds:F1} s after vetting; then vacuum (analyze) before searching"
            : $"{outbox.Pending:N0} events still pending after {outbox.Waited.TotalSeconds:F0} s (the relay competes with the searches)");
    }

    public static void Baseline(Sample import, Sample copy) => Line("vs COPY:",
        $"measured calls median {import.Median:N0} rows/s ({import.Min:N0}–{import.Max:N0}); binary COPY of the same rows " +
        $"into a fresh table like staff_volunteers median {copy.Median:N0} rows/s ({copy.Min:N0}–{copy.Max:N0}); " +
        $"ratio {import.Median / copy.Median:F2}");

    public static void Searches(IReadOnlyList<LatencyFigures> figures)
    {
        Console.WriteLine($"search (ListStaffVolunteers as provincial admin, page_size {BenchmarkSettings.PageSize}, " +
            $"{BenchmarkSettings.MeasuredCalls} calls each, one at a time, after {BenchmarkSettings.WarmUpCalls} warm-up calls)");
        Console.WriteLine($"  {"query",-34}{"rows",6}{"median ms",12}{"p95 ms",10}");
        foreach (var f in figures)
        {
            Console.WriteLine($"  {f.Query.Label,-34}{f.Rows,6}{f.MedianMs,12:F2}{f.P95Ms,10:F2}");
        }
    }

    public static void Plan(LatencyFigures slowest, IReadOnlyList<string> lines)
    {
        Console.WriteLine($"slowest by p95: {slowest.Query.Label}; EXPLAIN (ANALYZE, BUFFERS) of its SQL as the service sent it:");
        foreach (var line in lines)
        {
            Console.WriteLine("  " + line);
        }
    }

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), to tell a busy machine's figures from a quiet one's.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Call(ImportOutcome call) =>
        $"{call.Rows:N0} rows, {call.Elapsed.TotalSeconds:F2} s = {call.RowsPerSecond,6:N0} rows/s";

    private static void Line(string label, string text) => Console.WriteLine($"  {label,-12}{text}");
}
