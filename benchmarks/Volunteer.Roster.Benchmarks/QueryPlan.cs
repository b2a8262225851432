using System.Text.RegularExpressions;
using Grpc.Core;
using Npgsql;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// Runs a query once more through the service with its SQL recorded, then has PostgreSQL explain each
/// volunteer query with the same parameters (custom plans, as the service's unprepared commands get).
/// </summary>
internal static class QueryPlan
{
    public static async Task<IReadOnlyList<string>> ExplainAsync(
        RosterBenchmarkHost host, RosterService.RosterServiceClient client, Metadata caller, SearchQuery query)
    {
        host.Commands.Start();
        await client.ListStaffVolunteersAsync(query.Request, caller);
        var commands = host.Commands.Stop();

        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(host.DatabaseConnectionString);
        await connection.OpenAsync();
        foreach (var command in commands.Where(c => c.Sql.Contains("staff_volunteers", StringComparison.Ordinal)))
        {
            lines.Add("SQL: " + Shorten(command.Sql));
            lines.Add("parameters: " + string.Join(", ", command.Parameters.Select(p => $"{p.ParameterName}={p.Value}")));
            await using var explain = new NpgsqlCommand("explain (analyze, buffers) " + command.Sql, connection);
            // A parameter belongs to one command, so each explain gets its own copies.
            explain.Parameters.AddRange(command.Parameters.Select(p => p.Clone()).ToArray());
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add("  " + reader.GetString(0));
            }
        }

        return lines;
    }

    /// <summary>On one line, with a long select list (every volunteer column) summarised: the plan is about the rest.</summary>
    private static string Shorten(string sql)
    {
        var oneLine = string.Join(' ', sql.Split('\n', StringSplitOptions.TrimEntries));
        return Regex.Replace(oneLine, "^SELECT (?<columns>[^()]+?) FROM", m =>
        {
            var count = m.Groups["columns"].Value.Split(',').Length;
            return count > 6 ? $"SELECT <{count} columns> FROM" : m.Value;
        });
    }
}
