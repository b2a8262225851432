using System.Diagnostics;
using Npgsql;

namespace Volunteer.Roster.Benchmarks;

/// <summary>What the benchmark does to the service's database between loading and searching.</summary>
internal static class DatabaseChores
{
    /// <summary>
    /// Waits until the outbox relay has published every Registered and Vetted event, so the relay does
    /// not share the CPU with the searches being measured. Gives up after the timeout.
    /// </summary>
    /// <returns>How long it took and how many events were still pending at the end.</returns>
    public static async Task<(TimeSpan Waited, long Pending)> WaitForOutboxAsync(string connectionString, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from outbox_messages where sent_at is null", connection);
        while (true)
        {
            var pending = (long)(await count.ExecuteScalarAsync())!;
            if (pending == 0 || stopwatch.Elapsed > timeout)
            {
                return (stopwatch.Elapsed, pending);
            }

            await Task.Delay(500);
        }
    }

    /// <summary>
    /// Vacuumed tables and fresh planner statistics, as autovacuum leaves them some minutes after a bulk
    /// load; without this the figures would depend on whether autovacuum happened to run yet.
    /// </summary>
    public static async Task VacuumAnalyzeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("vacuum (analyze)", connection) { CommandTimeout = 600 };
        await analyze.ExecuteNonQueryAsync();
    }

    public static async Task<string> ServerVersionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection.PostgreSqlVersion.ToString();
    }
}
