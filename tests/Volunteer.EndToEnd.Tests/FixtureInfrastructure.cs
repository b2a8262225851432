using Npgsql;
using Volunteer.Testing;

namespace Volunteer.EndToEnd.Tests;

/// <summary>
/// Where a fixture's platform finds PostgreSQL and RabbitMQ: by default the AppHost's local mode, servers of
/// its own in the fixture's data folder. With VOLUNTEER_E2E_INFRASTRUCTURE=external, the production path:
/// the test run's servers, started outside the AppHost and named by connection strings, on which the
/// services create their own databases. Each fixture gets a database-name prefix and a virtual host of its
/// own, so fixtures and concurrent runs on the same servers never meet.
/// </summary>
public static class FixtureInfrastructure
{
    public const string ModeVariable = "VOLUNTEER_E2E_INFRASTRUCTURE";

    public static bool IsExternal =>
        string.Equals(Environment.GetEnvironmentVariable(ModeVariable), "external", StringComparison.OrdinalIgnoreCase);

    /// <summary>The AppHost's configuration for the chosen mode.</summary>
    public static async Task<string[]> SettingsAsync(string dataDirectory)
    {
        // The AppHost keeps its generated secrets in the data folder in every mode.
        var dataFolder = $"Infrastructure:DataDirectory={dataDirectory}";
        if (!IsExternal)
        {
            return ["Infrastructure:Mode=local", dataFolder];
        }

        var servers = await TestServers.GetAsync();
        var server = new NpgsqlConnectionStringBuilder(servers.PostgresConnectionString);
        server.Remove("Database");
        return
        [
            "Infrastructure:Mode=external",
            dataFolder,
            $"ConnectionStrings:postgres={server.ConnectionString}",
            $"ConnectionStrings:messaging={await servers.RabbitMq.CreateVirtualHostAsync()}",
            $"Infrastructure:DatabaseNamePrefix=e2e_{Guid.NewGuid():N}_",
        ];
    }
}
