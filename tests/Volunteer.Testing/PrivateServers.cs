using System.Net.Sockets;
using Npgsql;

namespace Volunteer.Testing;

/// <summary>
/// Starts PostgreSQL and RabbitMQ for this test process with the repository's infra scripts (the
/// same ones the AppHost runs), in a temporary folder, and stops them when the process exits.
/// </summary>
internal static class PrivateServers
{
    private const string Password = "test-password";

    public static async Task<TestServers> StartAsync()
    {
        var root = TemporaryDirectory.Create("volunteer-tests-");
        var pgPort = PrivateRabbitMq.FreePort();
        var postgres = ServerProcess.Start("postgres.sh", new Dictionary<string, string>
        {
            ["VOLUNTEER_PG_PORT"] = pgPort.ToString(),
            ["VOLUNTEER_PG_DATA"] = Path.Combine(root, "postgres"),
            ["VOLUNTEER_PG_PASSWORD"] = Password,
        }, Path.Combine(root, "postgres.log"));
        var rabbitMqStarting = PrivateRabbitMq.StartAsync(Path.Combine(root, "rabbitmq"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll(postgres, rabbitMqStarting, root);

        var connectionString = $"Host=127.0.0.1;Port={pgPort};Username=postgres;Password={Password};Database=postgres";
        await WaitForPostgresAsync(connectionString);
        return new TestServers(connectionString, (await rabbitMqStarting).Node);
    }

    // Both servers shut down side by side, then their files go.
    private static void StopAll(ServerProcess postgres, Task<PrivateRabbitMq> rabbitMq, string root)
    {
        postgres.RequestStop();
        if (rabbitMq.IsCompletedSuccessfully)
        {
            rabbitMq.Result.Stop();
        }

        postgres.WaitForExit();
        TemporaryDirectory.Delete(root);
    }

    private static async Task WaitForPostgresAsync(string connectionString)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (Exception e) when ((e is NpgsqlException or SocketException) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
