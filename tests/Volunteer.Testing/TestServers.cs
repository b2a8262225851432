using Npgsql;

namespace Volunteer.Testing;

/// <summary>
/// The PostgreSQL server and RabbitMQ node of this test run. <c>./volunteer.sh test</c> starts one pair
/// for all test projects and passes them in the environment; a test project run on its own starts a
/// private pair from the machine's binaries.
/// </summary>
public sealed record TestServers(string PostgresConnectionString, RabbitMqNode RabbitMq)
{
    public const string PostgresVariable = "VOLUNTEER_TEST_POSTGRES";
    public const string RabbitMqUriVariable = "VOLUNTEER_TEST_RABBITMQ_URI";
    public const string RabbitMqNodeVariable = "VOLUNTEER_TEST_RABBITMQ_NODE";
    public const string RabbitMqHomeVariable = "VOLUNTEER_TEST_RABBITMQ_HOME";

    private static readonly Lazy<Task<TestServers>> Shared = new(StartOrFindAsync);

    public static Task<TestServers> GetAsync() => Shared.Value;

    private static async Task<TestServers> StartOrFindAsync()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var rabbitUri = Environment.GetEnvironmentVariable(RabbitMqUriVariable);
        if (!string.IsNullOrEmpty(postgres) && !string.IsNullOrEmpty(rabbitUri))
        {
            return new TestServers(postgres, new RabbitMqNode(
                new Uri(rabbitUri),
                Environment.GetEnvironmentVariable(RabbitMqNodeVariable) ?? throw Missing(RabbitMqNodeVariable),
                Environment.GetEnvironmentVariable(RabbitMqHomeVariable) ?? throw Missing(RabbitMqHomeVariable)));
        }

        return await PrivateServers.StartAsync();
    }

    /// <summary>A fresh, empty database for one test class; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(PostgresConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = name }.ConnectionString;
    }

    private static InvalidOperationException Missing(string variable) =>
        new($"{variable} must be set together with {RabbitMqUriVariable}.");
}
